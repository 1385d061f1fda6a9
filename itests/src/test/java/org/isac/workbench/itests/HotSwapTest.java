package org.isac.workbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.random.RandomGenerator;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Hot-swap through the OSGi service registry, inside a framework: a provider registered at run time (as a
 * plugin bundle's component would be) is listed, selected and handed to consumers; when it goes away,
 * consumers fall back to the default.
 */
class HotSwapTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    ComponentRegistry registry;

    /** A fading model whose every power gain is 1: easy to tell from Rayleigh's. */
    static final class ConstantFading implements Fading {
        @Override
        public void sampleCoefficients(RandomGenerator random, double[] re, double[] im, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                re[i] = 1;
                im[i] = 0;
            }
        }

        @Override
        public void samplePowerGains(RandomGenerator random, double[] gains, int offset, int count) {
            java.util.Arrays.fill(gains, offset, offset + count, 1);
        }

        @Override
        public double powerGainSecondMoment() {
            return 1;
        }
    }

    @AfterEach
    void followTheDefaultAgain() {
        registry.clearSelection(Fading.CONCERN);
    }

    @Test
    void aProviderRegisteredAtRunTimeIsSelectedAndFallsBackWhenItLeaves() {
        assertEquals("rayleigh", registry.activeInfo(Fading.CONCERN).orElseThrow().name());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(IsacProvider.CONCERN, Fading.CONCERN);
        properties.put(IsacProvider.NAME, "constant");
        properties.put(IsacProvider.DESCRIPTION, "|h|^2 = 1, a test provider");
        ConstantFading constant = new ConstantFading();
        ServiceRegistration<Fading> registration = context.registerService(Fading.class, constant, properties);
        try {
            assertTrue(registry.providers(Fading.CONCERN).stream().anyMatch(p -> p.name().equals("constant")));
            // listed, but the default stays active until the user selects it
            assertEquals("rayleigh", registry.activeInfo(Fading.CONCERN).orElseThrow().name());
            registry.select(Fading.CONCERN, "constant");
            assertSame(constant, registry.active(Fading.CONCERN, Fading.class));
            double[] gains = new double[4];
            registry.active(Fading.CONCERN, Fading.class).samplePowerGains(RandomGenerator.of("L64X128MixRandom"),
                    gains, 0, 4);
            assertEquals(4.0, gains[0] + gains[1] + gains[2] + gains[3]);
        } finally {
            registration.unregister();
        }
        // the selected provider left: consumers get the default again, and the selection is remembered
        assertEquals("rayleigh", registry.activeInfo(Fading.CONCERN).orElseThrow().name());
        assertEquals("constant", registry.selection(Fading.CONCERN).orElseThrow());
        assertEquals("Rayleigh", registry.active(Fading.CONCERN, Fading.class).getClass().getSimpleName()
                .replace("Fading", ""));
    }
}
