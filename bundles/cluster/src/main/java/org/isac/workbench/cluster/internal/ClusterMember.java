package org.isac.workbench.cluster.internal;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.InMemoryXmlConfig;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.isac.workbench.experiment.BlockRuns;
import org.isac.workbench.experiment.BlockSpread;
import org.isac.workbench.experiment.RunIdentity;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.BlockStore;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * This workbench as a member of a cluster of workbenches: an embedded Hazelcast member, started only when the
 * configuration {@value #PID} exists (a {@code .cfg} in the plugins folder). Runs started here with
 * {@code cluster=true} are offered to the other members ({@link BlockSpread}); runs offered by others are taken
 * part in, with this workbench's own providers, or refused with the providers that differ.
 */
// immediate: a configured workbench joins its cluster when it starts, not when a command first asks
@Component(service = {BlockSpread.class, ClusterMember.class}, configurationPid = ClusterMember.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = ClusterMember.Config.class)
public final class ClusterMember implements BlockSpread {

    static final String PID = "org.isac.workbench.cluster";
    @ObjectClassDefinition(name = "ISAC Workbench cluster", description = "a Hazelcast member that shares runs with "
            + "the other workbenches of the cluster; Hazelcast Community Edition has no authentication or encryption")
    public @interface Config {
        @AttributeDefinition(name = "Cluster name", description = "members of other names do not join")
        String name() default "isac";

        @AttributeDefinition(name = "Members", description = "comma-separated host[:port] of the members to contact")
        String members() default "127.0.0.1:5701";

        @AttributeDefinition(name = "Bind address", description = "the address this member listens on; loopback "
                + "unless you name another")
        String bind() default "127.0.0.1";

        @AttributeDefinition(name = "Port", description = "the first port tried (the next 20 when taken)")
        int port() default 5701;
    }

    private final ComponentRegistry registry;
    /** Null when the member could not start ({@link #failure} says why). */
    private final HazelcastInstance hz;
    private final String failure;
    private final IMap<String, String> runs;
    /** Which member coordinates each run, so that a run whose coordinator left is withdrawn. */
    private final IMap<String, String> coordinators;
    private final IMap<String, String> refusals;
    private final IMap<String, String> blocksDone;
    private final String me;
    private final AtomicLong done = new AtomicLong();
    private final ExecutorService participations = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "isac-cluster-run");
        thread.setDaemon(true);
        return thread;
    });
    /** The runs this member takes part in, with their cancel flags. */
    private final Map<String, AtomicBoolean> taking = new ConcurrentHashMap<>();
    private final String name;

    /**
     * Joins the cluster. A configuration it cannot use, or a member that cannot start (a port taken, an unknown
     * address), does not fail the component: the member stays registered and every use of it fails with the reason,
     * so that commands say why at once instead of waiting for a member that never comes.
     */
    @Activate
    public ClusterMember(@Reference ComponentRegistry registry, BundleContext context, Config config) {
        this.registry = registry;
        this.name = config.name();
        HazelcastInstance started = null;
        String reason = null;
        try {
            started = start(config, bundles(context));
        } catch (RuntimeException unusable) {
            reason = unusable.getMessage();
            System.err.println("isac-workbench: cluster: " + reason);
        }
        hz = started;
        failure = reason;
        if (hz == null) {
            me = null;
            runs = null;
            coordinators = null;
            refusals = null;
            blocksDone = null;
            return;
        }
        me = hz.getCluster().getLocalMember().getUuid().toString();
        runs = hz.getMap("isac-runs");
        coordinators = hz.getMap("isac-run-coordinators");
        refusals = hz.getMap("isac-refusals");
        blocksDone = hz.getMap("isac-blocks-done");
        runs.addEntryListener(new RunListener(), true);
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                withdrawRunsOf(event.getMember().getUuid().toString());
            }
        });
        for (Map.Entry<String, String> run : runs.entrySet()) {
            take(run.getKey(), run.getValue());
        }
    }

    /** @return a Hazelcast member of the configured cluster */
    private static HazelcastInstance start(Config config, String bundles) {
        ClusterXml xml = new ClusterXml(config.name(), ClusterXml.list(config.members()), config.bind(),
                config.port(), Runtime.getRuntime().availableProcessors(), bundles);
        if (!xml.loopback()) {
            System.err.println("isac-workbench: warning: the cluster listens on " + config.bind() + ", not a loopback "
                    + "address: Hazelcast Community Edition has no authentication or encryption, so whoever reaches "
                    + "it can join the cluster and read its runs");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Hazelcast looks its services up through the context class loader: its own bundle's
        Thread.currentThread().setContextClassLoader(Hazelcast.class.getClassLoader());
        try {
            InMemoryXmlConfig hazelcastConfig = new InMemoryXmlConfig(xml.xml());
            hazelcastConfig.setClassLoader(Hazelcast.class.getClassLoader());
            return Hazelcast.newHazelcastInstance(hazelcastConfig);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** @throws IllegalStateException with the reason when this member could not start */
    void requireStarted() {
        if (hz == null) {
            throw new IllegalStateException("cluster: this workbench could not join its cluster: " + failure);
        }
    }

    @Deactivate
    void stop() {
        taking.values().forEach(flag -> flag.set(true));
        participations.shutdownNow();
        if (hz != null) {
            hz.shutdown();
        }
    }

    @Override
    public Session start(RunIdentity run, BlockStore journal) {
        requireStarted();
        String id = "run-" + UUID.randomUUID();
        ClusterPlans.RunMaps maps = ClusterPlans.RunMaps.of(hz, id);
        ClusterPlans.Coordinator coordinator = new ClusterPlans.Coordinator(hz, id, maps, journal, done,
                this::publishDone);
        UUID refusalListener = refusals.addEntryListener((EntryAddedListener<String, String>) event -> {
            if (event.getKey().startsWith(id + "|")) {
                System.err.println("isac-workbench: warning: " + event.getValue());
            }
        }, true);
        coordinators.put(id, me);
        runs.put(id, run.toJson());
        return new Session() {
            @Override
            public BlockPlan plan() {
                return coordinator.plan();
            }

            @Override
            public void close() {
                coordinator.close();
                runs.remove(id);
                coordinators.remove(id);
                refusals.removeEntryListener(refusalListener);
                // the coordinator has printed them; a long-lived cluster keeps no refusals of past runs
                for (String key : refusals.keySet()) {
                    if (key.startsWith(id + "|")) {
                        refusals.remove(key);
                    }
                }
                maps.destroy();
            }
        };
    }

    /** Takes part in a run offered by another member, on a thread of its own. */
    private void take(String id, String identity) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (taking.putIfAbsent(id, cancelled) != null) {
            return;
        }
        participations.submit(() -> {
            try {
                RunIdentity run = RunIdentity.fromJson(identity);
                List<String> differences = run.differencesHere(registry);
                if (!differences.isEmpty()) {
                    refusals.put(id + "|" + me, "cluster member " + address() + " refuses the run of "
                            + run.scenario() + ": " + String.join("; ", differences) + " (the run vs this member)");
                    return;
                }
                AtomicLong blocks = new AtomicLong();
                BlockPlan plan = ClusterPlans.member(id, ClusterPlans.RunMaps.of(hz, id), me, blocks, () -> {
                    done.incrementAndGet();
                    publishDone();
                });
                BlockRuns.participate(registry, run, plan, cancelled::get);
                System.err.println("isac:cluster: took part in the run of " + run.scenario() + ": " + blocks.get()
                        + " blocks");
            } catch (Exception failed) {
                if (!cancelled.get()) {
                    // its unfinished claims go back to the coordinator, which would otherwise wait for them
                    ClusterPlans.RunMaps maps = ClusterPlans.RunMaps.of(hz, id);
                    for (Map.Entry<String, String> claim : maps.claims().entrySet()) {
                        if (me.equals(claim.getValue()) && !maps.results().containsKey(claim.getKey())) {
                            maps.claims().remove(claim.getKey(), me);
                        }
                    }
                    refusals.put(id + "|" + me, "cluster member " + address() + " failed in the run and left it: "
                            + failed.getMessage());
                }
            } finally {
                taking.remove(id);
            }
        });
    }

    /** A coordinator left the cluster: its runs are withdrawn, which ends every member's part in them. */
    private void withdrawRunsOf(String coordinator) {
        for (Map.Entry<String, String> run : coordinators.entrySet()) {
            if (run.getValue().equals(coordinator)) {
                runs.remove(run.getKey());
                coordinators.remove(run.getKey());
            }
        }
    }

    private void publishDone() {
        blocksDone.put(me, Long.toString(done.get()));
    }

    /** @return this member's address, host:port */
    String address() {
        requireStarted();
        return address(hz.getCluster().getLocalMember());
    }

    private static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    /** @return the cluster's name */
    String name() {
        return name;
    }

    /** @return one line per member: address, cores, bundles, blocks computed, and whether it is this member */
    List<String[]> members() {
        requireStarted();
        List<String[]> rows = new ArrayList<>();
        for (Member member : hz.getCluster().getMembers()) {
            String uuid = member.getUuid().toString();
            rows.add(new String[] {address(member), String.valueOf(member.getAttribute("isac.cores")),
                    String.valueOf(member.getAttribute("isac.bundles")), blocksDone.getOrDefault(uuid, "0"),
                    uuid.equals(me) ? "this workbench" : ""});
        }
        return rows;
    }

    /** @return the refusals and failures members reported, newest runs included */
    List<String> refusals() {
        return new ArrayList<>(refusals.values());
    }

    /** @return the installed bundles as "N bundles #digest": equal on members with the same bundle set */
    private static String bundles(BundleContext context) {
        TreeSet<String> names = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            names.add(bundle.getSymbolicName() + " " + bundle.getVersion());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", names).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return names.size() + " bundles #" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Runs offered and withdrawn by coordinators. */
    private final class RunListener implements EntryAddedListener<String, String>,
            EntryRemovedListener<String, String> {
        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            if (!isLocalCoordinator(event)) {
                take(event.getKey(), event.getValue());
            }
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            AtomicBoolean flag = taking.get(event.getKey());
            if (flag != null) {
                flag.set(true);
            }
        }

        private boolean isLocalCoordinator(EntryEvent<String, String> event) {
            return event.getMember() != null && event.getMember().getUuid().toString().equals(me);
        }
    }
}
