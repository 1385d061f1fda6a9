package org.isac.workbench.cluster.internal;

import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.Clusters;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code isac:cluster}: the cluster's members (address, cores, bundle set, blocks computed) and the refusals they
 * reported; {@code isac:cluster serve}: keeps a workbench started with {@code -c} in the cluster until Ctrl-C or a
 * kill, taking part in the runs the other members start.
 */
@Component(service = ClusterCommand.class)
@GogoCommand(scope = "isac", function = "cluster")
public final class ClusterCommand {

    private static final String NOT_CONFIGURED = "isac:cluster: this workbench is in no cluster; put a file "
            + Clusters.CONFIGURATION + " (name=, members=, bind=, port=) into the plugins folder (see the README)";

    private final ServiceTracker<ClusterMember, ClusterMember> members;
    private final boolean configured;

    @Activate
    public ClusterCommand(BundleContext context) {
        members = new ServiceTracker<>(context, ClusterMember.class, null);
        members.open();
        configured = Clusters.configured(context);
    }

    @Deactivate
    void close() {
        members.close();
    }

    /** @return the member, waited for while a configured workbench is still joining its cluster */
    private ClusterMember member() throws InterruptedException {
        ClusterMember m = configured ? members.waitForService(Clusters.JOIN_MILLIS) : members.getService();
        if (m == null) {
            throw new IllegalStateException(configured ? "isac:cluster: the cluster did not start within "
                    + Clusters.JOIN_MILLIS / 1000 + " s (is the port free, the members list right?)"
                    : NOT_CONFIGURED);
        }
        return m;
    }

    @Descriptor("the cluster's members: address, cores, bundles, blocks computed")
    public String cluster() throws InterruptedException {
        ClusterMember m = member();
        StringBuilder out = new StringBuilder("cluster '" + m.name() + "', this workbench " + m.address() + "\n");
        out.append(String.format("%-22s %-6s %-28s %-7s %s%n", "MEMBER", "CORES", "BUNDLES", "BLOCKS", "NOTE"));
        for (String[] row : m.members()) {
            out.append(String.format("%-22s %-6s %-28s %-7s %s%n", (Object[]) row));
        }
        List<String> refusals = m.refusals();
        refusals.forEach(r -> out.append("note: ").append(r).append('\n'));
        return out.toString().stripTrailing();
    }

    @Descriptor("stay in the cluster, taking part in its runs, until Ctrl-C or a kill")
    public String cluster(@Descriptor("serve") String action) throws InterruptedException {
        if (!action.equals("serve")) {
            throw new IllegalArgumentException("isac:cluster: unknown action '" + action + "'; known: serve");
        }
        ClusterMember m = member();
        System.err.println("isac:cluster: serving as " + m.address() + " in cluster '" + m.name()
                + "'; Ctrl-C stops");
        try (Cancellation cancellation = Cancellation.open()) {
            while (!cancellation.getAsBoolean() && members.getService() != null) {
                synchronized (this) {
                    wait(500);
                }
            }
        }
        return "isac:cluster: left the cluster";
    }
}
