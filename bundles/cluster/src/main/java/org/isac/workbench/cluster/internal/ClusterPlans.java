package org.isac.workbench.cluster.internal;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.BlockStore;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * The plans of a run spread over a cluster. Every member walks the run's blocks in order and claims the unclaimed
 * ones ({@code putIfAbsent} on the run's claims map); a block's statistics go to the run's results map. The
 * coordinator merges in block order: a block claimed elsewhere is waited for, and a block whose claimant has left
 * the cluster is claimed again and computed, so a member killed mid-run loses nothing, and the result is the same,
 * bit for bit, as on one machine (blocks do not depend on who computes them). A member that joins takes blocks from
 * then on.
 */
final class ClusterPlans {

    /** The run's maps: claims, results, and the tasks the coordinator is done with. */
    record RunMaps(IMap<String, String> claims, IMap<String, String> results, IMap<String, String> over) {

        static RunMaps of(HazelcastInstance hz, String run) {
            return new RunMaps(hz.getMap("isac-claims-" + run), hz.getMap("isac-results-" + run),
                    hz.getMap("isac-over-" + run));
        }

        void destroy() {
            claims.destroy();
            results.destroy();
            over.destroy();
        }
    }

    private ClusterPlans() {
    }

    /**
     * A member's part: blocks it claims are computed here and published; blocks already published are passed over;
     * a task the coordinator is done with is left.
     *
     * @param done counts the blocks of this run computed here
     * @param published told after each of them
     */
    static BlockPlan member(String run, RunMaps maps, String me, AtomicLong done, Runnable published) {
        BlockStore store = new BlockStore() {
            @Override
            public RunningStatistics[] find(Block block) {
                String text = maps.results().get(BlockText.key(run, block));
                return text == null ? null : BlockText.decode(block, text);
            }

            @Override
            public void put(Block block, RunningStatistics[] slots) {
                maps.results().put(BlockText.key(run, block), BlockText.encode(block, slots));
                done.incrementAndGet();
                published.run();
            }
        };
        return new BlockPlan(store, new BlockPlan.Claims() {
            @Override
            public boolean claim(Block block) {
                return maps.claims().putIfAbsent(BlockText.key(run, block), me) == null;
            }

            @Override
            public boolean over(String task) {
                return maps.over().containsKey(BlockText.taskKey(run, task));
            }
        }, true, false);
    }

    /**
     * The coordinator's store: its journal first, then the cluster. A block claimed by a live member is
     * {@link BlockStore#LATER}: the engine goes on with later blocks and polls for it when it needs it.
     */
    static final class Coordinator implements BlockStore, AutoCloseable {

        private final HazelcastInstance hz;
        private final String run;
        private final RunMaps maps;
        private final String me;
        private final BlockStore journal;
        private final AtomicLong done;
        private final Runnable published;
        private final List<String> tasks = new ArrayList<>();
        private final Object changes = new Object();
        private long version;
        private final UUID resultsListener;
        private final UUID membershipListener;

        Coordinator(HazelcastInstance hz, String run, RunMaps maps, BlockStore journal, AtomicLong done,
                Runnable published) {
            this.hz = hz;
            this.run = run;
            this.maps = maps;
            this.me = hz.getCluster().getLocalMember().getUuid().toString();
            this.journal = journal;
            this.done = done;
            this.published = published;
            this.resultsListener = maps.results().addEntryListener(new ResultListener(), false);
            this.membershipListener = hz.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    changed();
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    changed();
                }
            });
        }

        /** @return the plan: every block the cluster has not is computed here, in block order */
        BlockPlan plan() {
            return new BlockPlan(this, block -> true, false, false);
        }

        @Override
        public RunningStatistics[] find(Block block) {
            startTask(block.task());
            RunningStatistics[] kept = journal.find(block);
            if (kept != null) {
                maps.results().putIfAbsent(BlockText.key(run, block), BlockText.encode(block, kept));
                return kept;
            }
            return poll(block, 0);
        }

        /**
         * The block's statistics when the cluster has them; null when it is claimed here (it was free, or its claimant
         * left the cluster); LATER while a member computes it, after waiting for it at most the given time.
         */
        @Override
        public RunningStatistics[] poll(Block block, long waitMillis) {
            String key = BlockText.key(run, block);
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            while (true) {
                long seen = version();
                String text = maps.results().get(key);
                if (text != null) {
                    RunningStatistics[] slots = BlockText.decode(block, text);
                    journal.put(block, slots);
                    return slots;
                }
                String claimant = maps.claims().putIfAbsent(key, me);
                if (claimant == null || claimant.equals(me)) {
                    return null;
                }
                if (!alive(claimant)) {
                    if (maps.claims().replace(key, claimant, me)) {
                        return null;
                    }
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return LATER;
                }
                awaitChange(seen, left);
            }
        }

        @Override
        public void put(Block block, RunningStatistics[] slots) {
            journal.put(block, slots);
            maps.results().put(BlockText.key(run, block), BlockText.encode(block, slots));
            done.incrementAndGet();
            published.run();
        }

        /** A new task: the one before it needs nothing more from the members (tasks run one after another). */
        private void startTask(String task) {
            String previous = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
            if (!task.equals(previous) && !tasks.contains(task)) {
                if (previous != null) {
                    maps.over().putIfAbsent(BlockText.taskKey(run, previous), "");
                }
                tasks.add(task);
            }
        }

        private boolean alive(String member) {
            for (Member m : hz.getCluster().getMembers()) {
                if (m.getUuid().toString().equals(member)) {
                    return true;
                }
            }
            return false;
        }

        private void changed() {
            synchronized (changes) {
                version++;
                changes.notifyAll();
            }
        }

        private long version() {
            synchronized (changes) {
                return version;
            }
        }

        /** Waits until a result arrives or the membership changes after {@code seen}, at most the given time. */
        private void awaitChange(long seen, long nanos) {
            synchronized (changes) {
                if (version == seen) {
                    try {
                        changes.wait(Math.max(1, nanos / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the cluster run was interrupted", e);
                    }
                }
            }
        }

        @Override
        public void close() {
            for (String task : tasks) {
                maps.over().putIfAbsent(BlockText.taskKey(run, task), "");
            }
            maps.results().removeEntryListener(resultsListener);
            hz.getCluster().removeMembershipListener(membershipListener);
        }

        /** Results arriving wake the waiting coordinator. */
        private final class ResultListener implements EntryAddedListener<String, String>,
                EntryUpdatedListener<String, String> {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
                changed();
            }

            @Override
            public void entryUpdated(EntryEvent<String, String> event) {
                changed();
            }
        }
    }
}
