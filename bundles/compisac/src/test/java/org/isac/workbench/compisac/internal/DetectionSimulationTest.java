package org.isac.workbench.compisac.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectionSimulationTest {

    @Test
    void wilsonIntervalMatchesItsClosedForm() {
        // 50 of 100 at z = 2.5758: centre 0.5, half-width z·√(0.25/100 + z²/40000)/(1 + z²/100)
        double z = 2.5758293035489004;
        double half = z * Math.sqrt(0.0025 + z * z / 40_000) / (1 + z * z / 100);
        double[] ci = DetectionSimulation.wilson(50, 100);
        assertEquals(0.5 - half, ci[0], 1e-15);
        assertEquals(0.5 + half, ci[1], 1e-15);
        // it stays inside [0, 1] and is not empty at the edges, unlike p ± z·se
        double[] none = DetectionSimulation.wilson(0, 1000);
        assertEquals(0, none[0], 1e-15);
        assertTrue(none[1] > 0.005 && none[1] < 0.01, "upper end " + none[1]);
        double[] all = DetectionSimulation.wilson(1000, 1000);
        assertEquals(1, all[1], 1e-15);
        assertTrue(all[0] < 0.995);
    }
}
