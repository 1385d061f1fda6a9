package org.isac.workbench.numerics.montecarlo;

import org.isac.workbench.numerics.stat.RunningStatistics;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where finished blocks are kept and found again: a resume journal, the partial results of shards, a cluster's
 * collected results. Called from the engine's coordinating thread only.
 */
@ConsumerType
public interface BlockStore {

    /** Keeps nothing. */
    BlockStore NONE = new BlockStore() {
        @Override
        public RunningStatistics[] find(Block block) {
            return null;
        }

        @Override
        public void put(Block block, RunningStatistics[] slots) {
        }
    };

    /**
     * What {@link #find} answers for a block another process is computing: the engine goes on with the blocks after
     * it and asks again with {@link #poll} when it needs this one.
     */
    RunningStatistics[] LATER = new RunningStatistics[0];

    /**
     * @param block a block of the run
     * @return its finished statistics; null when this store does not have it; {@link #LATER} when another process
     *         is computing it
     */
    RunningStatistics[] find(Block block);

    /**
     * Asks again for a block {@link #find} answered {@link #LATER}.
     *
     * @param block the block
     * @param waitMillis how long to wait for it at most, 0 for not at all
     * @return its statistics; {@link #LATER} when it is still being computed elsewhere; null when this process is
     *         now to compute it (for example because the process computing it has gone)
     */
    default RunningStatistics[] poll(Block block, long waitMillis) {
        throw new IllegalStateException("this store answers no block LATER, so it is never polled");
    }

    /**
     * @param block a block this store does not have, although the run needs it
     * @return where it should have come from, as the end of an error message (for example {@code : it is shard 2 of
     *         4's, whose part was not given}); empty by default
     */
    default String whereIs(Block block) {
        return "";
    }

    /**
     * Keeps a block just computed.
     *
     * @param block the block
     * @param slots its statistics, not changed afterwards
     */
    void put(Block block, RunningStatistics[] slots);
}
