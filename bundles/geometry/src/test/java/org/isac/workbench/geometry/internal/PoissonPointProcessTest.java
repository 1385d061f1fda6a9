package org.isac.workbench.geometry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.Window;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Fixed streams make the tests deterministic; thresholds are p &gt; 1e-3 for a correct process. */
class PoissonPointProcessTest {

    private final PoissonPointProcess ppp = new PoissonPointProcess();

    @Test
    void countsArePoissonWithMeanDensityTimesArea() {
        Window window = new Window(100);
        double density = 30 / window.area();
        int realizations = 20_000;
        PoissonDistribution poisson = new PoissonDistribution(30);
        int lo = 12;
        int hi = 50;
        long[] observed = new long[hi - lo + 1];
        for (int r = 0; r < realizations; r++) {
            int n = ppp.sample(RandomStreams.of(1, 0, r), window, density).size();
            observed[Math.min(Math.max(n, lo), hi) - lo]++;
        }
        double[] expected = new double[observed.length];
        for (int k = lo; k <= hi; k++) {
            expected[k - lo] = k == lo ? poisson.cumulativeProbability(lo)
                    : k == hi ? 1 - poisson.cumulativeProbability(hi - 1) : poisson.probability(k);
        }
        assertTrue(new ChiSquareTest().chiSquareTest(expected, observed) > 1e-3);
    }

    @Test
    void nearestNeighbourDistanceFollowsTheClosedForm() {
        // for a PPP of density λ, P(R > r) = exp(−λπr²) for the distance from the origin to the nearest point;
        // the window (radius 2000 m at λ = 1e-4) makes edge effects negligible: P(R > 2000) = e^{-1257}
        Window window = new Window(2000);
        double density = 1e-4;
        int realizations = 5000;
        double[] distance = new double[realizations];
        for (int r = 0; r < realizations; r++) {
            Points points = ppp.sample(RandomStreams.of(2, 0, r), window, density);
            distance[r] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < points.size(); i++) {
                distance[r] = Math.min(distance[r], points.distance(i, 0, 0));
            }
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new org.hipparchus.distribution.continuous.WeibullDistribution(2, 1 / Math.sqrt(density * Math.PI)),
                distance);
        assertTrue(p > 1e-3, "p = " + p);
    }

    @Test
    @SuppressWarnings("deprecation") // the method kept for plugins written against geometry 1.0
    void nearestReturnsTheKClosestInOrder() {
        Points points = new Points(new double[] {5, 1, -2, 0.5, 3}, new double[] {0, 0, 0, 0, 4});
        assertArrayEquals(new int[] {3, 1, 2}, points.nearest(0, 0, 3));
        assertArrayEquals(new int[] {0, 4, 1, 3, 2}, points.nearest(5, 1, 5));
        assertArrayEquals(new int[0], points.nearest(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> points.nearest(0, 0, 6));
    }

    @Test
    void rejectsBadInput() {
        assertEquals("window radius must be positive and finite, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Window(-1)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ppp.sample(RandomStreams.of(0, 0, 0), new Window(1), Double.NaN));
    }
}
