package org.isac.workbench.numerics.montecarlo;

/**
 * Which blocks this process computes, and where finished blocks are kept and found.
 *
 * <ul>
 * <li>{@link #local} computes every block that the store does not already have (a resumed run finds the blocks its
 * interrupted predecessor finished);</li>
 * <li>{@link #shard} computes only the blocks of shard I of N, every block up to the realization cap (a stopping
 * target is applied when the shards are merged), and keeps them in the store;</li>
 * <li>{@link #stored} computes nothing: every block comes from the store (a merge of shards), and a block missing
 * from it is an error.</li>
 * </ul>
 *
 * @param shard this process's shard, 0 ≤ shard &lt; shards
 * @param shards how many shards share the blocks (1: all of them here)
 * @param computes whether this process computes blocks at all
 * @param store where finished blocks are found and kept
 */
public record BlockPlan(int shard, int shards, boolean computes, BlockStore store) {

    /** Every block here, nothing kept. */
    public static final BlockPlan LOCAL = local(BlockStore.NONE);

    public BlockPlan {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard: must be I/N with 0 <= I < N, got " + shard + "/" + shards);
        }
        if (store == null) {
            throw new IllegalArgumentException("a block plan needs a store (BlockStore.NONE for none)");
        }
    }

    /** @return every block here, found in or kept to the store */
    public static BlockPlan local(BlockStore store) {
        return new BlockPlan(0, 1, true, store);
    }

    /** @return shard I of N, kept to the store */
    public static BlockPlan shard(int shard, int shards, BlockStore store) {
        return new BlockPlan(shard, shards, true, store);
    }

    /** @return every block from the store */
    public static BlockPlan stored(BlockStore store) {
        return new BlockPlan(0, 1, false, store);
    }

    /** @return whether blocks are shared out, so that this process sees only its part of each task */
    public boolean sharded() {
        return shards > 1;
    }

    /**
     * @param block a block
     * @return whether this process computes it when the store does not have it: its shard's blocks go round-robin
     *         by index, starting at a shard that depends on the task, so that small tasks do not all land on shard 0
     */
    public boolean owns(Block block) {
        return computes && Math.floorMod(block.index() + block.task().hashCode(), shards) == shard;
    }
}
