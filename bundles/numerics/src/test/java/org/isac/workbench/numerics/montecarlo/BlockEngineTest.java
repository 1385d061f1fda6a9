package org.isac.workbench.numerics.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.junit.jupiter.api.Test;

/**
 * The engine's promise: the merged statistics depend only on the task, bit for bit, whichever threads, shards or
 * stores computed its blocks, and a stopping rule stops at the same block everywhere.
 */
class BlockEngineTest {

    /** 1 000 realizations in blocks of 64: 16 blocks, the last one of 40. */
    private static final BlockEngine.Task TASK = new BlockEngine.Task("point 3", 1000, 64, 2, StopRule.NEVER);

    /** A block store in memory that counts what it is asked. */
    private static class MapStore implements BlockStore {
        final Map<Long, RunningStatistics[]> blocks = new HashMap<>();

        @Override
        public RunningStatistics[] find(Block block) {
            return blocks.get(block.index());
        }

        @Override
        public void put(Block block, RunningStatistics[] slots) {
            assertTrue(blocks.put(block.index(), slots) == null, "block " + block.index() + " kept twice");
        }
    }

    /** Two samples per realization from its own stream: a Gaussian and, for two thirds of them, an exponential. */
    private static BlockKernel kernel(AtomicLong realizationsRun) {
        return (block, slots, halt) -> {
            for (long r = block.first(); r < block.first() + block.count(); r++) {
                if (halt.getAsBoolean()) {
                    return false;
                }
                var random = RandomStreams.of(7, 3, r);
                slots[0].add(random.nextGaussian());
                if (r % 3 != 0) {
                    slots[1].add(random.nextExponential());
                }
                realizationsRun.incrementAndGet();
            }
            return true;
        };
    }

    private static BlockEngine.Outcome run(BlockEngine.Task task, int threads, BlockPlan plan, AtomicLong counter) {
        return BlockEngine.run(task, () -> kernel(counter), threads, plan, BlockEngine.Progress.NONE, () -> false);
    }

    private static void assertSameBits(RunningStatistics[] expected, RunningStatistics[] actual) {
        assertEquals(expected.length, actual.length);
        for (int s = 0; s < expected.length; s++) {
            assertEquals(expected[s].count(), actual[s].count(), "slot " + s + " count");
            assertEquals(Double.doubleToRawLongBits(expected[s].mean()), Double.doubleToRawLongBits(actual[s].mean()),
                    "slot " + s + " mean");
            assertEquals(Double.doubleToRawLongBits(expected[s].sumOfSquaredDeviations()),
                    Double.doubleToRawLongBits(actual[s].sumOfSquaredDeviations()), "slot " + s + " deviations");
        }
    }

    @Test
    void theSameBitsOnAnyNumberOfThreads() {
        RunningStatistics[] one = run(TASK, 1, BlockPlan.LOCAL, new AtomicLong()).merged();
        assertEquals(1000, one[0].count());
        assertEquals(666, one[1].count());
        for (int threads : new int[] {2, 3, 8}) {
            assertSameBits(one, run(TASK, threads, BlockPlan.LOCAL, new AtomicLong()).merged());
        }
    }

    @Test
    void shardsMergedGiveTheBitsOfOneRunAndEachBlockIsComputedOnce() {
        RunningStatistics[] whole = run(TASK, 1, BlockPlan.LOCAL, new AtomicLong()).merged();
        MapStore parts = new MapStore();
        AtomicLong computed = new AtomicLong();
        for (int shard = 0; shard < 4; shard++) {
            BlockEngine.Outcome outcome = run(TASK, 2, BlockPlan.shard(shard, 4, parts), computed);
            assertTrue(outcome.partial());
        }
        assertEquals(1000, computed.get(), "every realization once over the four shards");
        assertEquals(16, parts.blocks.size());
        AtomicLong merged = new AtomicLong();
        assertSameBits(whole, run(TASK, 1, BlockPlan.stored(parts), merged).merged());
        assertEquals(0, merged.get(), "a merge computes nothing");
    }

    @Test
    void aMergeWithABlockMissingFailsNamingTheBlock() {
        MapStore parts = new MapStore();
        run(TASK, 1, BlockPlan.shard(0, 2, parts), new AtomicLong());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> run(TASK, 1, BlockPlan.stored(parts), new AtomicLong()));
        assertTrue(missing.getMessage().contains("of point 3") && missing.getMessage().contains("is missing"),
                missing.getMessage());
    }

    @Test
    void aStoppingRuleStopsAtTheSameBlockEverywhere() {
        // stop once the Gaussian's mean is known to 0.1 (95 %): a few hundred realizations
        StopRule precise = (merged, done) -> merged[0].count() > 1
                && 1.96 * merged[0].estimate().standardError() <= 0.1;
        BlockEngine.Task task = new BlockEngine.Task("point 3", 100_000, 64, 2, precise);
        BlockEngine.Outcome one = run(task, 1, BlockPlan.LOCAL, new AtomicLong());
        assertTrue(one.realizations() < 100_000 && one.realizations() % 64 == 0, "stopped at " + one.realizations());
        assertEquals(one.realizations(), one.merged()[0].count());
        for (int threads : new int[] {2, 5}) {
            BlockEngine.Outcome many = run(task, threads, BlockPlan.LOCAL, new AtomicLong());
            assertEquals(one.realizations(), many.realizations());
            assertSameBits(one.merged(), many.merged());
        }
        // shards ignore the rule (they cannot see the other shards' blocks); the merge applies it
        MapStore parts = new MapStore();
        BlockEngine.Task capped = new BlockEngine.Task("point 3", 2048, 64, 2, precise);
        run(capped, 1, BlockPlan.shard(0, 2, parts), new AtomicLong());
        run(capped, 1, BlockPlan.shard(1, 2, parts), new AtomicLong());
        assertEquals(32, parts.blocks.size());
        BlockEngine.Outcome merged = run(capped, 1, BlockPlan.stored(parts), new AtomicLong());
        assertEquals(one.realizations(), merged.realizations());
        assertSameBits(one.merged(), merged.merged());
    }

    @Test
    void aCancelledRunKeepsItsFinishedBlocksAndAResumeComputesOnlyTheRest() {
        RunningStatistics[] whole = run(TASK, 1, BlockPlan.LOCAL, new AtomicLong()).merged();
        AtomicInteger kept4 = new AtomicInteger();
        MapStore journal = new MapStore() {
            @Override
            public void put(Block block, RunningStatistics[] slots) {
                super.put(block, slots);
                kept4.incrementAndGet();
            }
        };
        AtomicLong first = new AtomicLong();
        // cancelled once four blocks are kept, whichever threads ran them
        BlockEngine.Outcome cancelled = BlockEngine.run(TASK, () -> kernel(first), 2, BlockPlan.local(journal),
                BlockEngine.Progress.NONE, () -> kept4.get() >= 4);
        assertFalse(cancelled.complete());
        int kept = journal.blocks.size();
        assertTrue(kept >= 4 && kept < 16, "blocks kept: " + kept);
        long keptRealizations = journal.blocks.values().stream().mapToLong(s -> s[0].count()).sum();
        AtomicLong second = new AtomicLong();
        BlockEngine.Outcome resumed = run(TASK, 2, BlockPlan.local(journal), second);
        assertTrue(resumed.complete());
        assertEquals(1000 - keptRealizations, second.get(), "the resumed run computes only the missing blocks");
        assertSameBits(whole, resumed.merged());
    }

    @Test
    void blocksComputedElsewhereArriveLaterWhileThisProcessComputesOthers() {
        MapStore computed = new MapStore();
        RunningStatistics[] whole = run(TASK, 1, BlockPlan.local(computed), new AtomicLong()).merged();
        for (int threads : new int[] {1, 2}) {
            // even blocks are another process's, each delivered at its third poll; block 4's process leaves, so that
            // block comes back to this process
            Map<Long, Integer> polls = new HashMap<>();
            BlockStore elsewhere = new BlockStore() {
                @Override
                public RunningStatistics[] find(Block block) {
                    return block.index() % 2 == 0 ? LATER : null;
                }

                @Override
                public RunningStatistics[] poll(Block block, long waitMillis) {
                    int asked = polls.merge(block.index(), 1, Integer::sum);
                    if (block.index() == 4) {
                        return null;
                    }
                    return asked < 3 ? LATER : computed.blocks.get(block.index());
                }

                @Override
                public void put(Block block, RunningStatistics[] slots) {
                    assertTrue(block.index() % 2 == 1 || block.index() == 4, "kept here: " + block.index());
                }
            };
            AtomicLong here = new AtomicLong();
            BlockEngine.Outcome outcome = run(TASK, threads, BlockPlan.local(elsewhere), here);
            assertSameBits(whole, outcome.merged());
            assertEquals(7 * 64 + 40 + 64, here.get(), "the odd blocks (the last, 15, of 40) and block 4, here");
        }
    }

    @Test
    void aKernelFailureReachesTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        BlockKernel failing = (block, slots, halt) -> {
            if (calls.incrementAndGet() == 3) {
                throw new ArithmeticException("realization diverged");
            }
            slots[0].add(1);
            return true;
        };
        for (int threads : new int[] {1, 2}) {
            calls.set(0);
            ArithmeticException failure = assertThrows(ArithmeticException.class, () -> BlockEngine.run(TASK,
                    () -> failing, threads, BlockPlan.LOCAL, BlockEngine.Progress.NONE, () -> false));
            assertEquals("realization diverged", failure.getMessage());
        }
    }

    @Test
    void progressCountsRealizationsInBlockOrder() {
        StringBuilder seen = new StringBuilder();
        BlockEngine.run(new BlockEngine.Task("t", 150, 64, 2, StopRule.NEVER), () -> kernel(new AtomicLong()), 2,
                BlockPlan.LOCAL, (done, cap) -> seen.append(done).append('/').append(cap).append(' '), () -> false);
        assertEquals("64/150 128/150 150/150 ", seen.toString());
    }
}
