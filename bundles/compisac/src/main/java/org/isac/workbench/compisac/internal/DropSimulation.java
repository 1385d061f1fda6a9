package org.isac.workbench.compisac.internal;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.isac.workbench.numerics.montecarlo.BlockEngine;
import org.isac.workbench.numerics.montecarlo.BlockKernel;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.StopRule;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;

/**
 * The schemes of Fig. 2(b)–(c) over random drops, in blocks of drops ({@link BlockEngine}): each drop's problem is
 * solved by every scheme with the drop's own stream, the same at every point (so RPA's split does not move with the
 * abscissa). Per scheme, the statistics of the sum rate over the feasible drops and over all drops (an infeasible one
 * counted as zero), and the reason the first infeasible drop gives (found again from the blocks, which record where it
 * is, so that a merge of shards writes it too).
 */
final class DropSimulation {

    /** Drops per block: each is one allocation per scheme. */
    static final int BLOCK = 8;
    /** Slots per scheme: feasible sum rates, all drops' sum rates, the first drop with a reason for infeasibility. */
    private static final int PER_SCHEME = 3;

    /**
     * Per scheme, the results over the drops.
     *
     * @param feasible the sum rate over the feasible drops
     * @param allDrops the sum rate over all drops, an infeasible one counted as zero
     * @param reason why the first infeasible drop (with a reason) is infeasible, empty when none is
     */
    record Result(RunningStatistics feasible, RunningStatistics allDrops, String reason) {
    }

    private DropSimulation() {
    }

    /**
     * @param schemes the schemes compared
     * @param problemOfDrop the point's problem on drop d
     * @param drops how many drops
     * @param seed the run's seed (a drop's stream is (seed, 0, drop))
     * @param key the point's task key, unique within the run
     * @param threads worker threads (the result does not depend on them)
     * @param plan which blocks of drops run here, and where finished ones are kept
     * @param progress told of the drops passed
     * @param cancelled polled between drops
     * @return per scheme its result; null when cancelled before the end
     */
    static List<Result> run(List<PowerAllocator> schemes, IntFunction<PowerAllocationProblem> problemOfDrop,
            int drops, long seed, String key, int threads, BlockPlan plan, BlockEngine.Progress progress,
            BooleanSupplier cancelled) {
        BlockEngine.Task task = new BlockEngine.Task(key, drops, BLOCK, PER_SCHEME * schemes.size(), StopRule.NEVER,
                true);
        BlockEngine.Outcome outcome = BlockEngine.run(task, () -> kernel(schemes, problemOfDrop, seed), threads, plan,
                progress, cancelled);
        if (!outcome.complete()) {
            return null;
        }
        return IntStream.range(0, schemes.size()).mapToObj(m -> new Result(
                outcome.merged()[PER_SCHEME * m], outcome.merged()[PER_SCHEME * m + 1],
                reason(schemes.get(m), m, outcome.blocks(), problemOfDrop, seed))).toList();
    }

    private static BlockKernel kernel(List<PowerAllocator> schemes, IntFunction<PowerAllocationProblem> problemOfDrop,
            long seed) {
        return (block, slots, halt) -> {
            for (long d = block.first(); d < block.first() + block.count(); d++) {
                if (halt.getAsBoolean()) {
                    return false;
                }
                PowerAllocationProblem problem = problemOfDrop.apply((int) d);
                for (int m = 0; m < schemes.size(); m++) {
                    PowerAllocation a = schemes.get(m).allocate(problem, RandomStreams.of(seed, 0, d));
                    slots[PER_SCHEME * m + 1].add(a.feasible() ? a.sumRate() : 0);
                    if (a.feasible()) {
                        slots[PER_SCHEME * m].add(a.sumRate());
                    } else if (a.reason() != null && slots[PER_SCHEME * m + 2].count() == 0) {
                        slots[PER_SCHEME * m + 2].add(d); // one sample: its mean is the drop
                    }
                }
            }
            return true;
        };
    }

    /** The first infeasible drop with a reason is in the first block that recorded one; solved again for its text. */
    private static String reason(PowerAllocator scheme, int m, List<RunningStatistics[]> blocks,
            IntFunction<PowerAllocationProblem> problemOfDrop, long seed) {
        for (RunningStatistics[] block : blocks) {
            RunningStatistics first = block[PER_SCHEME * m + 2];
            if (first.count() > 0) {
                int drop = (int) first.mean();
                return scheme.allocate(problemOfDrop.apply(drop), RandomStreams.of(seed, 0, drop)).reason();
            }
        }
        return "";
    }
}
