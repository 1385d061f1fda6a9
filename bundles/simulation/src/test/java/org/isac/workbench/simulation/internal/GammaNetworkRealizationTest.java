package org.isac.workbench.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.RunSettings;
import org.junit.jupiter.api.Test;

class GammaNetworkRealizationTest {

    /** Realizations per block: small, so that the runner's tests cut their runs into many blocks. */
    private static final int BLOCK = 64;

    /** M = K = J = 1, no cooperation, α = 4: the classic single-antenna PPP downlink. */
    private static final NetworkParameters CLASSIC = new NetworkParameters(1, 1, 1, 1, 1, 1, 4, 2, 10, 1e-5);

    /** Andrews–Baccelli–Ganti (2011): interference-limited Rayleigh coverage at α = 4. */
    private static double coverage(double theta) {
        double s = Math.sqrt(theta);
        return 1 / (1 + s * (Math.PI / 2 - Math.atan(1 / s)));
    }

    @Test
    void userCoverageMatchesTheClosedForm() {
        GammaNetworkRealization kernel = new GammaNetworkRealization();
        int n = 40_000;
        double[] thresholds = {0.1, 1, 10};
        int[] covered = new int[thresholds.length];
        for (int r = 0; r < n; r++) {
            double sir = kernel.userSir(CLASSIC, RandomStreams.of(1, 0, r));
            for (int t = 0; t < thresholds.length; t++) {
                covered[t] += sir > thresholds[t] ? 1 : 0;
            }
        }
        for (int t = 0; t < thresholds.length; t++) {
            double p = coverage(thresholds[t]);
            // 99 % interval of a proportion: 2.576·√(p(1−p)/n)
            assertEquals(p, covered[t] / (double) n, 2.576 * Math.sqrt(p * (1 - p) / n), "θ = " + thresholds[t]);
        }
    }

    @Test
    void averageRateMatchesTheIntegratedClosedForm() {
        // E[ln(1+SIR)] = ∫_0^∞ P(SIR > e^t − 1) dt, integrated numerically (the integrand decays like e^{-t/2})
        double nats = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-12)
                .integrate(100_000, t -> coverage(Math.expm1(t)), 0, 80);
        double bits = nats / Math.log(2);
        Map<String, Estimate> e = MonteCarloRunner.run(GammaNetworkRealization::new, CLASSIC,
                new RunSettings(3, 0, 40_000, 0, 2), BLOCK, RunProgress.NONE, () -> false);
        Estimate rate = e.get(MonteCarloRunner.COMM_RATE);
        assertEquals(bits, rate.mean(), 2.576 * rate.standardError(), "Monte Carlo vs " + bits);
        assertEquals(rate.mean() * 1e-5, e.get(MonteCarloRunner.COMM_ASE).mean(), 1e-18);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        NetworkParameters p = new NetworkParameters(16, 8, 4, 2, 2, 2, 4, 2, 80, 1e-5);
        Map<String, Estimate> one = MonteCarloRunner.run(GammaNetworkRealization::new, p,
                new RunSettings(9, 4, 1000, 0, 1), BLOCK, RunProgress.NONE, () -> false);
        Map<String, Estimate> two = MonteCarloRunner.run(GammaNetworkRealization::new, p,
                new RunSettings(9, 4, 1000, 0, 2), BLOCK, RunProgress.NONE, () -> false);
        assertEquals(one, two);
    }

    @Test
    void stopsAtTheTargetHalfWidthAndKeepsWhatACancelledRunHas() {
        NetworkParameters p = new NetworkParameters(16, 8, 4, 2, 1, 1, 4, 2, 80, 1e-5);
        Map<String, Estimate> e = MonteCarloRunner.run(GammaNetworkRealization::new, p,
                new RunSettings(9, 0, 1_000_000, 0.05, 2), BLOCK, RunProgress.NONE, () -> false);
        long count = e.get(MonteCarloRunner.COMM_RATE).count();
        assertTrue(count < 1_000_000 && count % BLOCK == 0, "stopped early, at " + count);
        assertTrue(Estimate.Z95 * e.get(MonteCarloRunner.COMM_RATE).standardError() <= 0.05);
        assertTrue(Estimate.Z95 * e.get(MonteCarloRunner.RADAR_RATE).standardError() <= 0.05);

        AtomicLong reported = new AtomicLong();
        Map<String, Estimate> cancelled = MonteCarloRunner.run(GammaNetworkRealization::new, p,
                new RunSettings(9, 0, 1_000_000, 0, 1), BLOCK, (done, total, rate) -> reported.set(done),
                () -> reported.get() >= 5 * BLOCK);
        assertEquals(5 * BLOCK, cancelled.get(MonteCarloRunner.COMM_RATE).count());
    }
}
