package org.isac.workbench.numerics.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningStatisticsTest {

    @Test
    void meanAndVarianceOfAKnownSample() {
        RunningStatistics s = new RunningStatistics();
        for (double v : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            s.add(v);
        }
        // mean 5, sum of squared deviations 32, so the unbiased variance is 32/7
        assertEquals(5, s.mean(), 0);
        assertEquals(32.0 / 7, s.variance(), 1e-15);
        Estimate e = s.estimate();
        assertEquals(Math.sqrt(32.0 / 7 / 8), e.standardError(), 1e-15);
        assertEquals(5 - Estimate.Z95 * e.standardError(), e.ci95Low(), 1e-15);
        assertEquals(5 + Estimate.Z99 * e.standardError(), e.ci99High(), 1e-15);
    }

    @Test
    void mergingPartsEqualsOneAccumulator() {
        RunningStatistics whole = new RunningStatistics();
        RunningStatistics a = new RunningStatistics();
        RunningStatistics b = new RunningStatistics();
        for (int i = 0; i < 1000; i++) {
            double v = 1e6 + Math.sin(i); // a large offset: the naive sum-of-squares formula would lose digits
            whole.add(v);
            (i < 300 ? a : b).add(v);
        }
        a.merge(b);
        a.merge(new RunningStatistics());
        assertEquals(whole.count(), a.count());
        // both orders of summation carry rounding errors of at most n·ε relative to the mean (2e-13 here)
        assertEquals(whole.mean(), a.mean(), 1e-12 * whole.mean());
        assertEquals(whole.variance(), a.variance(), 1e-9 * whole.variance());
        assertTrue(Double.isNaN(new RunningStatistics().mean()));
    }
}
