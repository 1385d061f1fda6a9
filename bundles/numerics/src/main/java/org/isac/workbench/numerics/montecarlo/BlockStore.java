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
     * @param block a block of the run
     * @return its finished statistics, or null when this store does not have it
     */
    RunningStatistics[] find(Block block);

    /**
     * Keeps a block just computed.
     *
     * @param block the block
     * @param slots its statistics, not changed afterwards
     */
    void put(Block block, RunningStatistics[] slots);
}
