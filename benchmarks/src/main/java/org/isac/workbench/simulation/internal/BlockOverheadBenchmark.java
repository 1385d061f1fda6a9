package org.isac.workbench.simulation.internal;

import java.util.concurrent.TimeUnit;
import org.isac.workbench.numerics.montecarlo.BlockEngine;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.StopRule;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What cutting a run into blocks costs: the gamma simulator's {@value #REALIZATIONS} realizations (M = 16, K = 8) in
 * blocks of its default size (4 096: 16 blocks) against one block holding them all. On one thread the difference of
 * the two times, over the 16 blocks, is the engine's overhead per block; the gamma simulator has the cheapest blocks
 * of the workbench (about a tenth of a second), so its ratio bounds the others'. On two threads the 16 blocks share
 * the threads and the single block cannot: that pair shows the speed-up blocks give.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class BlockOverheadBenchmark {

    /** Realizations per call. */
    static final int REALIZATIONS = 65_536;

    /** Realizations per block: the default, or all in one. */
    @Param({"4096", "65536"})
    public int blockSize;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private long next;

    @Benchmark
    public Object run() {
        NetworkParameters p = new NetworkParameters(16, 8, 8, 2, 1, 1, 4, 2, 80, 1e-5);
        // a point of its own per call: no block of one call is a block of another
        RunSettings settings = new RunSettings(1, next++, REALIZATIONS, 0, threads);
        return MonteCarloRunner.run(GammaNetworkRealization::new, p, settings, blockSize, BlockPlan.LOCAL,
                RunProgress.NONE, () -> false);
    }

    /**
     * The engine alone: {@value #EMPTY_BLOCKS} blocks of one realization whose kernel does nothing, so the time per
     * call over that count is the engine's own cost per block (hand-out, statistics, merge, progress).
     */
    @Benchmark
    @OperationsPerInvocation(EMPTY_BLOCKS)
    public Object emptyBlocks() {
        BlockEngine.Task task = new BlockEngine.Task("empty " + next++, EMPTY_BLOCKS, 1, 2, StopRule.NEVER);
        return BlockEngine.run(task, () -> (block, slots, halt) -> {
            slots[0].add(block.first());
            return true;
        }, threads, BlockPlan.LOCAL, BlockEngine.Progress.NONE, () -> false);
    }

    /** Empty blocks per call of {@link #emptyBlocks()}. */
    static final int EMPTY_BLOCKS = 1024;
}
