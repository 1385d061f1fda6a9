package org.isac.workbench.numerics.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Distribution tests of the variates. Each uses a fixed stream, so it is deterministic; the thresholds are
 * what a correct sampler passes with probability 1 − 1e-3 (p-value above 1e-3), and the tests were seen to
 * fail for deliberately wrong parameters (see the "tellsApart" checks).
 */
class RandomVariatesTest {

    private static final int N = 100_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1, 2, 4.5, 30})
    void gammaMatchesItsCdf(double shape) {
        RandomGenerator random = RandomStreams.of(1, (long) (shape * 10), 0);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = RandomVariates.gamma(random, shape);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        assertTrue(ks.kolmogorovSmirnovTest(new GammaDistribution(shape, 1), x) > 1e-3, "Gamma(" + shape + ")");
        // the same test tells a 3 % error in the shape apart
        assertTrue(ks.kolmogorovSmirnovTest(new GammaDistribution(shape * 1.03, 1), x) < 1e-3, "tellsApart " + shape);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 7, 29.9, 30, 250, 1200})
    void poissonMatchesItsPmf(double mean) {
        RandomGenerator random = RandomStreams.of(2, (long) mean, 0);
        PoissonDistribution poisson = new PoissonDistribution(mean);
        // bins of the central 99.99 % with the tails pooled into the end bins
        int lo = poisson.inverseCumulativeProbability(5e-5);
        int hi = poisson.inverseCumulativeProbability(1 - 5e-5);
        long[] observed = new long[hi - lo + 1];
        for (int i = 0; i < N; i++) {
            int k = RandomVariates.poisson(random, mean);
            observed[Math.min(Math.max(k, lo), hi) - lo]++;
        }
        double[] expected = new double[observed.length];
        for (int k = lo; k <= hi; k++) {
            expected[k - lo] = k == lo ? poisson.cumulativeProbability(lo)
                    : k == hi ? 1 - poisson.cumulativeProbability(hi - 1) : poisson.probability(k);
        }
        assertTrue(new ChiSquareTest().chiSquareTest(expected, observed) > 1e-3, "Poisson(" + mean + ")");
    }

    @Test
    void complexGaussianHasUnitPowerAndIndependentParts() {
        RandomGenerator random = RandomStreams.of(3, 0, 0);
        double[] re = new double[N];
        double[] im = new double[N];
        RandomVariates.complexGaussian(random, re, im, 0, N);
        double power = 0;
        double cross = 0;
        for (int i = 0; i < N; i++) {
            power += (re[i] * re[i] + im[i] * im[i]) / N;
            cross += re[i] * im[i] / N;
        }
        // |h|² ~ Exp(1): standard error 1/√N; Re·Im has standard deviation 1/2
        assertEquals(1, power, 4.5 / Math.sqrt(N));
        assertEquals(0, cross, 4.5 * 0.5 / Math.sqrt(N));
    }

    @Test
    void rejectsBadParameters() {
        RandomGenerator random = RandomStreams.of(0, 0, 0);
        assertEquals("gamma shape must be positive and finite, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> RandomVariates.gamma(random, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RandomVariates.poisson(random, -1));
        assertThrows(IllegalArgumentException.class, () -> RandomVariates.poisson(random, Double.NaN));
    }

    @Test
    void streamsDependOnlyOnTheirTriple() {
        assertEquals(RandomStreams.of(5, 6, 7).nextLong(), RandomStreams.of(5, 6, 7).nextLong());
        long base = RandomStreams.of(5, 6, 7).nextLong();
        assertNotEquals(base, RandomStreams.of(5, 6, 8).nextLong());
        assertNotEquals(base, RandomStreams.of(5, 7, 7).nextLong());
        assertNotEquals(base, RandomStreams.of(6, 6, 7).nextLong());
        // swapping point and realization gives another stream
        assertNotEquals(RandomStreams.of(1, 2, 3).nextLong(), RandomStreams.of(1, 3, 2).nextLong());
    }
}
