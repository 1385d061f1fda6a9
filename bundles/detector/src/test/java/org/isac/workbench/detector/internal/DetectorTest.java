package org.isac.workbench.detector.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

class DetectorTest {

    private final GlrtDetector glrt = new GlrtDetector();
    private final EnergyDetector energy = new EnergyDetector();

    @Test
    void glrtThresholdAndRequiredNoncentralityMatchTheSpecification() {
        // 30-digit values of the specification (section 2): δ(L=3, 1e-6) and λ_min(ξ = 0.7)
        double delta = glrt.threshold(3, 100, 1e-6);
        assertEquals(19.129168188604843, delta, 4e-15 * delta);
        assertEquals(39.788524972, glrt.requiredNoncentrality(3, 100, delta, 0.7), 1e-9);
        assertEquals(0.7, glrt.detectionProbability(3, 100, delta, 39.788524972), 1e-9);
    }

    @Test
    void simulatedDetectionMatchesTheory() {
        // 200 000 trials: the 99 % half-width of a proportion near 0.5 is 2.58·√(0.25/2e5) ≈ 0.0029
        int trials = 200_000;
        for (ChiSquareDetector detector : new ChiSquareDetector[] {glrt, energy}) {
            double delta = detector.threshold(3, 100, 1e-3);
            double lambda = detector.requiredNoncentrality(3, 100, delta, 0.5);
            RandomGenerator random = RandomStreams.of(4, 0, 0);
            int hits = 0;
            for (int t = 0; t < trials; t++) {
                if (detector.sampleStatistic(random, 3, 100, lambda) > delta) {
                    hits++;
                }
            }
            double p = hits / (double) trials;
            assertEquals(0.5, p, 2.58 * Math.sqrt(0.25 / trials), detector.getClass().getSimpleName());
            // without a target the false-alarm rate is P_FA: 99 % half-width 2.58·√(1e-3/2e5)
            int alarms = 0;
            for (int t = 0; t < trials; t++) {
                if (detector.sampleStatistic(random, 3, 100, 0) > delta) {
                    alarms++;
                }
            }
            assertEquals(1e-3, alarms / (double) trials, 2.58 * Math.sqrt(1e-3 / trials));
        }
    }

    @Test
    void energyDetectorNeedsMoreEchoThanTheGlrt() {
        double glrtLambda = glrt.requiredNoncentrality(3, 100, glrt.threshold(3, 100, 1e-6), 0.7);
        double energyLambda = energy.requiredNoncentrality(3, 100, energy.threshold(3, 100, 1e-6), 0.7);
        assertTrue(energyLambda > 2 * glrtLambda, glrtLambda + " vs " + energyLambda);
    }

    @Test
    void badInputIsRejectedNamingTheParameter() {
        assertEquals("pfa must be in (0, 1), got 1.5",
                assertThrows(IllegalArgumentException.class, () -> glrt.threshold(3, 100, 1.5)).getMessage());
        assertEquals("samples (N) must be >= cells (L) = 3, got 2",
                assertThrows(IllegalArgumentException.class, () -> glrt.threshold(3, 2, 0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> glrt.detectionProbability(3, 100, 1, -1));
    }
}
