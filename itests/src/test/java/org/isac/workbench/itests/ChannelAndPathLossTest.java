package org.isac.workbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.registry.RegistryListener;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The physical simulator uses the channel model and the path loss the user selects: Rician K = 0 is Rayleigh bit
 * for bit, a strong line of sight lowers the zero-forcing rate, another path-loss law changes the results, and the
 * equivalent-gain simulator refuses what it cannot represent.
 */
class ChannelAndPathLossTest {

    /** M = 16, K = 4 users, J = 2, the specification's defaults. */
    private static final NetworkParameters POINT = new NetworkParameters(16, 8, 4, 2, 1, 1, 4, 2, 80, 1e-5);

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    ComponentRegistry registry;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurationAdmin;

    @AfterEach
    void defaults() {
        registry.clearSelection(ChannelModel.CONCERN);
        registry.clearSelection(PathLoss.CONCERN);
    }

    private Map<String, Estimate> physical(long realizations) {
        return registry.named(NetworkSimulator.CONCERN, "physical", NetworkSimulator.class).simulate(POINT,
                new RunSettings(3, 0, realizations, 0, 2), RunProgress.NONE, () -> false);
    }

    /**
     * Configures the Rician model, waits for its service to carry the new setting and for the registry to list it
     * again (the service is re-registered with the setting, and the registry hears of it in its own time: service
     * listeners are called in no fixed order), and selects it.
     */
    private void rician(double k) throws Exception {
        String filter = "(&(" + IsacProvider.NAME + "=rician)(kFactor=" + k + "))";
        CountDownLatch reconfigured = new CountDownLatch(1);
        ServiceListener listener = event -> reconfigured.countDown();
        Object changes = new Object();
        ServiceRegistration<RegistryListener> registryChanges = context.registerService(RegistryListener.class,
                new RegistryListener() {
                    @Override
                    public void activeProviderChanged(String concern, ProviderInfo previous, ProviderInfo current,
                            String reason) {
                        providersChanged(concern);
                    }

                    @Override
                    public void providersChanged(String concern) {
                        synchronized (changes) {
                            changes.notifyAll();
                        }
                    }
                }, null);
        context.addServiceListener(listener, filter);
        try {
            Configuration configuration = configurationAdmin.getConfiguration(
                    "org.isac.workbench.channel_model.rician", "?");
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("kFactor", k);
            configuration.update(properties);
            // already so (an earlier test's value), or told by the service event that carries it
            assertTrue(context.getServiceReferences((String) null, filter) != null
                    || reconfigured.await(10, TimeUnit.SECONDS), "rician not reconfigured within 10 s");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            synchronized (changes) {
                while (!listsRician() && System.nanoTime() < deadline) {
                    changes.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
            assertTrue(listsRician(), "the registry does not list rician again within 10 s");
        } finally {
            context.removeServiceListener(listener);
            registryChanges.unregister();
        }
        registry.select(ChannelModel.CONCERN, "rician");
    }

    private boolean listsRician() {
        return registry.providers(ChannelModel.CONCERN).stream().anyMatch(p -> p.name().equals("rician"));
    }

    @Test
    void ricianWithoutLineOfSightIsRayleighAndAStrongOneLowersTheRate() throws Exception {
        Map<String, Estimate> rayleigh = physical(8);
        rician(0);
        assertEquals(rayleigh, physical(8), "K = 0 must reproduce Rayleigh bit for bit");
        // K = 10: the users' channels share a strong line-of-sight part, so zero-forcing separates them worse.
        // Same seed, so the two runs share their topologies; the drop must exceed 3 combined standard errors.
        registry.clearSelection(ChannelModel.CONCERN);
        Estimate rayleighRate = physical(40).get("comm-rate");
        rician(10);
        Estimate lineOfSight = physical(40).get("comm-rate");
        assertTrue(lineOfSight.mean() < rayleighRate.mean() - 3 * Math.hypot(lineOfSight.standardError(),
                rayleighRate.standardError()), "Rician K = 10 " + lineOfSight + " vs Rayleigh " + rayleighRate);
        // the equivalent-gain simulator cannot represent it, and says so
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> registry.named(
                NetworkSimulator.CONCERN, "gamma", NetworkSimulator.class).simulate(POINT, new RunSettings(1, 0, 10, 0,
                        1), RunProgress.NONE, () -> false));
        assertTrue(refused.getMessage().contains("the active channel model 'rician'"), refused.getMessage());
    }

    /** A dual-slope law (exponent 2 up to 100 m, then the scenario's), registered at run time as a plugin would. */
    static final class DualSlope implements PathLoss {
        @Override
        public double gain(double distance, double exponent) {
            return distance <= 100 ? Math.pow(Math.max(distance, 1), -2) : 1e-4 * Math.pow(distance / 100, -exponent);
        }
    }

    @Test
    void anotherPathLossChangesThePhysicalResults() {
        Map<String, Estimate> singleSlope = physical(8);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(IsacProvider.CONCERN, PathLoss.CONCERN);
        properties.put(IsacProvider.NAME, "dual-slope");
        properties.put(IsacProvider.DESCRIPTION, "a test law");
        ServiceRegistration<PathLoss> registration = context.registerService(PathLoss.class, new DualSlope(),
                properties);
        try {
            registry.select(PathLoss.CONCERN, "dual-slope");
            Map<String, Estimate> dualSlope = physical(8);
            assertNotEquals(singleSlope.get("comm-rate").mean(), dualSlope.get("comm-rate").mean());
            assertNotEquals(singleSlope.get("radar-rate").mean(), dualSlope.get("radar-rate").mean());
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> registry.named(
                    NetworkSimulator.CONCERN, "gamma", NetworkSimulator.class).simulate(POINT, new RunSettings(1, 0, 10,
                            0, 1), RunProgress.NONE, () -> false));
            assertTrue(refused.getMessage().contains("the active path loss 'dual-slope'"), refused.getMessage());
        } finally {
            registration.unregister();
        }
    }
}
