package org.isac.workbench.numerics.montecarlo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * Runs a task's blocks and merges them in block order. Threads take blocks in index order, at most a few ahead of the
 * merged prefix; each block's statistics are kept to the plan's store when the calling thread receives it (so an
 * interrupted run loses at most the blocks under way), and merged when every block before it is. The stopping rule is evaluated
 * after each merged block, so the result depends only on the task, never on the thread count, on which blocks came
 * from a store, or on the order in which blocks finished.
 */
public final class BlockEngine {

    /** Blocks handed out per thread beyond the merged prefix: keeps threads busy, bounds work past a stop. */
    private static final int AHEAD_PER_THREAD = 4;
    /** How long a wait for a block computed elsewhere lasts before local work is looked at again. */
    private static final long POLL_MILLIS = 20;
    /** Marks a block of another shard. */
    private static final RunningStatistics[] ELSEWHERE = new RunningStatistics[0];
    /** Marks a block that a plan computing nothing did not find: an error once the merge needs it. */
    private static final RunningStatistics[] MISSING = new RunningStatistics[0];

    /** Progress in realizations. */
    @FunctionalInterface
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = (done, cap) -> {
        };

        /**
         * @param done realizations of the blocks passed so far, in block order
         * @param cap the task's realization cap
         */
        void passed(long done, long cap);
    }

    /**
     * One Monte Carlo task.
     *
     * @param key unique within the run, part of every block's identity
     * @param realizations the cap, ≥ 1
     * @param blockSize realizations per block (the last block may be smaller), ≥ 1
     * @param slots statistics per block, ≥ 1
     * @param stop evaluated at block boundaries (not for a shard: shards run to the cap, the merge stops)
     * @param keepBlocks whether the outcome also lists each merged block's statistics, in block order (for what a
     *        merge cannot tell, such as the first block where something happened)
     */
    public record Task(String key, long realizations, int blockSize, int slots, StopRule stop, boolean keepBlocks) {

        /** A task whose outcome holds the merged statistics only. */
        public Task(String key, long realizations, int blockSize, int slots, StopRule stop) {
            this(key, realizations, blockSize, slots, stop, false);
        }

        public Task {
            if (key == null || key.isEmpty() || realizations < 1 || blockSize < 1 || slots < 1 || stop == null) {
                throw new IllegalArgumentException("task " + key + ": needs a key, realizations >= 1 (got "
                        + realizations + "), block size >= 1 (got " + blockSize + "), slots >= 1 (got " + slots
                        + ") and a stop rule");
            }
        }

        /** @return how many blocks the cap makes */
        public long blocks() {
            return (realizations + blockSize - 1) / blockSize;
        }

        /** @return block j */
        public Block block(long j) {
            long first = j * blockSize;
            return new Block(key, j, first, (int) Math.min(blockSize, realizations - first));
        }
    }

    /**
     * @param merged the merged statistics of the blocks passed
     * @param realizations how many realizations the blocks passed hold (for a partial plan, other processes' blocks
     *        included)
     * @param complete false when the run was cancelled before its end
     * @param partial true when this process saw only its part of the blocks, so that merged is not the task's result
     * @param blocks with {@link Task#keepBlocks}, each merged block's statistics in block order; else empty
     */
    public record Outcome(RunningStatistics[] merged, long realizations, boolean complete, boolean partial,
            List<RunningStatistics[]> blocks) {
    }

    private BlockEngine() {
    }

    /**
     * @param task the task
     * @param kernels makes one kernel per thread
     * @param threads worker threads, ≥ 1
     * @param plan which blocks to compute, and the store
     * @param progress called after each block passed, on the calling thread
     * @param cancelled polled between realizations
     * @return the merged statistics
     * @throws IllegalStateException when the plan computes nothing and the store lacks a block, or on an interrupt
     */
    public static Outcome run(Task task, Supplier<BlockKernel> kernels, int threads, BlockPlan plan,
            Progress progress, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, got " + threads);
        }
        return new Run(task, kernels, threads, plan, cancelled).execute(progress);
    }

    /** One execution's state, confined to the calling thread except for the workers' queue and halt flag. */
    private static final class Run {
        private final Task task;
        private final BlockPlan plan;
        private final BooleanSupplier cancelled;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final BooleanSupplier halt;
        private final ExecutorService pool;
        private final CompletionService<Finished> completion;
        private final BlockingQueue<BlockKernel> idle = new LinkedBlockingQueue<>();
        private final Map<Long, RunningStatistics[]> ready = new HashMap<>();
        private final int ahead;
        /** Blocks considered beyond the one awaited while that one is being computed elsewhere. */
        private final int aheadWhileWaiting;
        private BlockKernel inline;
        private long considered;
        private int running;
        private boolean interrupted;

        private record Finished(Block block, RunningStatistics[] slots) {
        }

        Run(Task task, Supplier<BlockKernel> kernels, int threads, BlockPlan plan, BooleanSupplier cancelled) {
            this.task = task;
            this.plan = plan;
            this.cancelled = cancelled;
            this.halt = () -> stopped.get() || cancelled.getAsBoolean();
            if (threads == 1) {
                inline = kernels.get();
                pool = null;
                completion = null;
                ahead = 1;
                aheadWhileWaiting = AHEAD_PER_THREAD;
            } else {
                for (int t = 0; t < threads; t++) {
                    idle.add(kernels.get());
                }
                pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread thread = new Thread(r, "isac-monte-carlo");
                    thread.setDaemon(true);
                    return thread;
                });
                completion = new ExecutorCompletionService<>(pool);
                ahead = AHEAD_PER_THREAD * threads;
                aheadWhileWaiting = ahead;
            }
        }

        Outcome execute(Progress progress) {
            RunningStatistics[] merged = fresh(task.slots());
            List<RunningStatistics[]> kept = new ArrayList<>();
            long blocks = task.blocks();
            long done = 0;
            boolean complete = true;
            try {
                for (long j = 0; j < blocks && complete; j++) {
                    if (plan.partial() && plan.claims().over(task.key())) {
                        break; // another process has what this task needs
                    }
                    while (considered < blocks && considered < j + ahead) {
                        consider(task.block(considered++));
                    }
                    RunningStatistics[] slots = await(task.block(j));
                    if (slots == null) {
                        complete = false; // cancelled
                        break;
                    }
                    if (slots != ELSEWHERE) {
                        for (int s = 0; s < merged.length; s++) {
                            merged[s].merge(slots[s]);
                        }
                        if (task.keepBlocks()) {
                            kept.add(slots);
                        }
                    }
                    done += task.block(j).count();
                    progress.passed(done, task.realizations());
                    if (!plan.partial() && task.stop().satisfied(merged, done)) {
                        break;
                    }
                }
            } finally {
                stopped.set(true);
                drain();
            }
            return new Outcome(merged, done, complete && !cancelled.getAsBoolean(), plan.partial(), List.copyOf(kept));
        }

        /**
         * @return block j's statistics (null: cancelled; ELSEWHERE: another shard's), waiting for it; while it is
         *         being computed by another process, this one goes on with the blocks after it
         */
        private RunningStatistics[] await(Block block) {
            while (true) {
                if (!ready.containsKey(block.index())) {
                    receive(); // under way here
                    continue;
                }
                RunningStatistics[] slots = ready.get(block.index());
                if (slots == MISSING) {
                    throw new IllegalStateException("block " + block.index() + " of " + task.key() + " (realizations "
                            + block.first() + " to " + (block.first() + block.count() - 1) + ") is missing"
                            + plan.store().whereIs(block));
                }
                if (slots != BlockStore.LATER) {
                    return ready.remove(block.index());
                }
                if (cancelled.getAsBoolean()) {
                    return null; // no longer waiting for another process's block
                }
                if (considered < task.blocks() && considered < block.index() + aheadWhileWaiting) {
                    consider(task.block(considered++));
                    continue;
                }
                if (running > 0) {
                    receive(POLL_MILLIS);
                }
                RunningStatistics[] again = plan.store().poll(block, running > 0 ? 0 : POLL_MILLIS);
                if (again == null) {
                    ready.remove(block.index());
                    start(block); // its process is gone: computed here
                } else if (again != BlockStore.LATER) {
                    ready.put(block.index(), checked(block, again));
                }
            }
        }

        /** Finds a block in the store, or starts it (inline with one thread), or marks it another shard's. */
        private void consider(Block block) {
            RunningStatistics[] found = plan.store().find(block);
            if (found == BlockStore.LATER) {
                ready.put(block.index(), BlockStore.LATER);
            } else if (found != null) {
                ready.put(block.index(), checked(block, found));
            } else if (plan.claims().claim(block)) {
                start(block);
            } else if (plan.partial()) {
                ready.put(block.index(), ELSEWHERE);
            } else {
                // an error only if the merge gets there: a stopping rule may end the task before
                ready.put(block.index(), MISSING);
            }
        }

        private RunningStatistics[] checked(Block block, RunningStatistics[] found) {
            if (found.length != task.slots()) {
                throw new IllegalStateException("block " + block.index() + " of " + task.key() + " has "
                        + found.length + " statistics, the task " + task.slots());
            }
            return found;
        }

        /** Computes a block here: at once with one thread, else on the pool. */
        private void start(Block block) {
            if (pool == null) {
                keep(block, compute(inline, block));
            } else {
                completion.submit(() -> {
                    BlockKernel kernel = idle.take();
                    try {
                        return new Finished(block, compute(kernel, block));
                    } finally {
                        idle.add(kernel);
                    }
                });
                running++;
            }
        }

        private RunningStatistics[] compute(BlockKernel kernel, Block block) {
            RunningStatistics[] slots = fresh(task.slots());
            return kernel.run(block, slots, halt) ? slots : null;
        }

        /** Stores a computed block; a cancelled one (null) is marked so that the merge stops there. */
        private void keep(Block block, RunningStatistics[] slots) {
            if (slots != null) {
                plan.store().put(block, slots);
            }
            ready.put(block.index(), slots);
        }

        /** Waits for the next finished block. */
        private void receive() {
            receive(-1);
        }

        /** Waits for the next finished block, at most the given time (negative: as long as it takes). */
        private void receive(long millis) {
            try {
                Future<Finished> next = millis < 0 ? completion.take()
                        : completion.poll(millis, TimeUnit.MILLISECONDS);
                if (next == null) {
                    return;
                }
                Finished finished = next.get();
                running--;
                keep(finished.block(), finished.slots());
            } catch (InterruptedException e) {
                // commands cancel through their flag, not by interrupts: an interrupt is someone stopping the thread
                interrupted = true;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the simulation was interrupted", e);
            } catch (ExecutionException e) {
                running--;
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        /** Lets the blocks under way end (they halt within a realization) and keeps those that finished. */
        private void drain() {
            if (pool == null) {
                return;
            }
            try {
                while (running > 0 && !interrupted) {
                    Finished finished = completion.take().get();
                    running--;
                    if (finished.slots() != null) {
                        plan.store().put(finished.block(), finished.slots());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the run has already failed or ended; the first failure is the one reported
            } finally {
                pool.shutdownNow();
            }
        }

        private static RunningStatistics[] fresh(int slots) {
            RunningStatistics[] statistics = new RunningStatistics[slots];
            for (int s = 0; s < slots; s++) {
                statistics[s] = new RunningStatistics();
            }
            return statistics;
        }
    }
}
