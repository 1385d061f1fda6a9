package org.isac.workbench.numerics.montecarlo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Which blocks this process computes, and where finished blocks are kept and found. For each block in order the
 * engine asks the store first; a block the store does not have is computed here when the plan's claims take it, and
 * otherwise belongs to another process: a partial plan passes over it, a whole plan fails.
 *
 * <ul>
 * <li>{@link #local} computes every block that the store does not already have (a resumed run finds the blocks its
 * interrupted predecessor finished);</li>
 * <li>{@link #shard} computes only the blocks of shard I of N, every block up to the realization cap (a stopping
 * target is applied when the shards are merged), and keeps them in the store: a partial plan;</li>
 * <li>{@link #stored} computes nothing: every block comes from the store (a merge of shards), and a block missing
 * from it is an error;</li>
 * <li>other claims share blocks out as they go, for example between the members of a cluster.</li>
 * </ul>
 *
 * @param store where finished blocks are found and kept
 * @param claims which of the blocks the store does not have are computed here
 * @param partial whether this process sees only its part of each task, so that its results are not the task's (a
 *        partial plan does not apply stopping rules)
 * @param everyBlockHere whether every block the store does not have is computed here and the store is a cache only,
 *        as for a local run (journaled or not): code that cannot run in blocks may then ignore the plan
 */
public record BlockPlan(BlockStore store, Claims claims, boolean partial, boolean everyBlockHere) {

    /** Decides which blocks this process computes. */
    @ConsumerType
    public interface Claims {

        /**
         * @param block a block the store does not have
         * @return whether this process computes it
         */
        boolean claim(Block block);

        /**
         * @param task a task's key
         * @return whether the task needs no more blocks from this process, so that a partial plan stops walking it
         *         (for example: its coordinator has stopped it); false by default
         */
        default boolean over(String task) {
            return false;
        }
    }

    /** Every block here, nothing kept. */
    public static final BlockPlan LOCAL = local(BlockStore.NONE);

    public BlockPlan {
        if (store == null || claims == null) {
            throw new IllegalArgumentException("a block plan needs a store (BlockStore.NONE for none) and claims");
        }
    }

    /** @return every block here, found in or kept to the store */
    public static BlockPlan local(BlockStore store) {
        return new BlockPlan(store, block -> true, false, true);
    }

    /**
     * @param shard this process's shard, 0 ≤ shard &lt; shards
     * @param shards how many shards share the blocks
     * @return shard I of N, kept to the store
     */
    public static BlockPlan shard(int shard, int shards, BlockStore store) {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard: must be I/N with 0 <= I < N, got " + shard + "/" + shards);
        }
        return new BlockPlan(store, block -> shardOf(block, shards) == shard, true, false);
    }

    /** @return every block from the store */
    public static BlockPlan stored(BlockStore store) {
        return new BlockPlan(store, block -> false, false, false);
    }

    /**
     * @param block a block
     * @param shards how many shards share the blocks
     * @return the shard that computes it: round-robin by index, starting at a shard that depends on the task, so
     *         that small tasks do not all land on shard 0
     */
    public static int shardOf(Block block, int shards) {
        return Math.floorMod(block.index() + block.task().hashCode(), shards);
    }
}
