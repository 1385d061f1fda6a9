package org.isac.workbench.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isac.workbench.simulation.Measurement;
import org.isac.workbench.beamforming.internal.ZeroForcingBeamformer;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.internal.RayleighFading;
import org.isac.workbench.channel.internal.SingleSlopePathLoss;
import org.isac.workbench.geometry.internal.PoissonPointProcess;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

/** Residual clutter (Remark 1) in both simulators. */
class ClutterTest {

    private static NetworkParameters point(double clutterDensity) {
        return new NetworkParameters(16, 8, 2, 2, 1, 1, 4, 2, 80, 1e-5, clutterDensity, 1, 15);
    }

    @Test
    void clutterOnlyAddsInterferenceRealizationByRealization() {
        // clutter has streams of its own, so the same seed gives the same topology, fading and precoders
        double[] clean = new double[NetworkRealization.SAMPLES];
        double[] cluttered = new double[NetworkRealization.SAMPLES];
        GammaNetworkRealization gamma = new GammaNetworkRealization();
        int lower = 0;
        for (int r = 0; r < 200; r++) {
            gamma.simulate(point(0), 1, 0, r, clean);
            gamma.simulate(point(2e-3), 1, 0, r, cluttered);
            assertEquals(clean[NetworkRealization.COMM], cluttered[NetworkRealization.COMM], 0);
            assertTrue(cluttered[NetworkRealization.RADAR] <= clean[NetworkRealization.RADAR]);
            lower += cluttered[NetworkRealization.RADAR] < clean[NetworkRealization.RADAR] ? 1 : 0;
        }
        assertTrue(lower > 100, "clutter present in most realizations at 2e-3 per m²: " + lower);
        PhysicalNetworkRealization physical = new PhysicalNetworkRealization(new PoissonPointProcess(),
                ChannelModel.iid(new RayleighFading(), true), new SingleSlopePathLoss(), new ZeroForcingBeamformer(), 150, 0.5,
                Measurement.all());
        for (int r = 0; r < 3; r++) {
            physical.simulate(point(0), 2, 0, r, clean);
            physical.simulate(point(2e-3), 2, 0, r, cluttered);
            assertEquals(clean[NetworkRealization.COMM], cluttered[NetworkRealization.COMM], 0);
            assertTrue(cluttered[NetworkRealization.RADAR] < clean[NetworkRealization.RADAR]);
        }
    }

    @Test
    void noClutterDrawsNothing() {
        assertEquals(0, Clutter.power(point(0), RandomStreams.of(0, 0, 0), 100, 0, s -> 1), 0);
    }
}
