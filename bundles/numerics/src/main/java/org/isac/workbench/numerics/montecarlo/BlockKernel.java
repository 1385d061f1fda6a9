package org.isac.workbench.numerics.montecarlo;

import java.util.function.BooleanSupplier;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Computes blocks of one task. A kernel may keep buffers between calls, so the engine gives each thread its own;
 * its samples must depend only on the realization indices (streams derived from seed, point and realization), never
 * on which kernel or thread runs a block.
 */
@ConsumerType
@FunctionalInterface
public interface BlockKernel {

    /**
     * @param block the realizations to run
     * @param slots receives the samples, one fresh statistics object per slot, added in realization order
     * @param cancelled polled between realizations
     * @return true when the block is complete, false when it was cancelled (its slots are then discarded)
     */
    boolean run(Block block, RunningStatistics[] slots, BooleanSupplier cancelled);
}
