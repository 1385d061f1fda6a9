package org.isac.workbench.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the cluster a command's {@code cluster=true} spreads its run over: the {@link BlockSpread} service, waited for
 * while a workbench whose plugins folder configures a cluster is still joining it (Hazelcast takes seconds).
 */
public final class Clusters {

    /** The cluster's configuration in the plugins folder (the cluster feature's configuration PID). */
    public static final String CONFIGURATION = "org.isac.workbench.cluster.cfg";
    /** How long a configured workbench may take to join its cluster. */
    public static final long JOIN_MILLIS = 60_000;

    private Clusters() {
    }

    /**
     * @param context a bundle's context
     * @return whether this workbench's plugins folder configures a cluster
     */
    public static boolean configured(BundleContext context) {
        String plugins = context.getProperty("isac.launch.plugins");
        return plugins != null && Files.isRegularFile(Path.of(plugins, CONFIGURATION));
    }

    /**
     * @param context a bundle's context
     * @return the cluster
     * @throws IllegalArgumentException naming {@code cluster} when this workbench is in no cluster, or its member did
     *         not start in time
     * @throws InterruptedException when the wait is interrupted
     */
    public static BlockSpread await(BundleContext context) throws InterruptedException {
        boolean configured = configured(context);
        ServiceTracker<BlockSpread, BlockSpread> tracker = new ServiceTracker<>(context, BlockSpread.class, null);
        tracker.open();
        try {
            BlockSpread cluster = configured ? tracker.waitForService(JOIN_MILLIS) : tracker.getService();
            if (cluster == null) {
                throw new IllegalArgumentException("cluster: " + (configured ? "the cluster did not start within "
                        + JOIN_MILLIS / 1000 + " s" : "this workbench is in no cluster; put a file " + CONFIGURATION
                        + " into the plugins folder (see the README)"));
            }
            return cluster;
        } finally {
            tracker.close();
        }
    }
}
