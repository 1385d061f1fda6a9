package org.isac.workbench.sganalytics.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * The analytics against a small, independent Monte Carlo of the average-load Gamma model (specification §7,
 * "Monte Carlo A"): the typical user or target at the origin, the BSs of a PPP of density 1/π drawn outward by
 * cumulative Exp(1) arrivals (r_k² = Σ_{i≤k} E_i) with uniform angles, the {@value #NEAREST} nearest drawn
 * explicitly and the rest replaced by their mean interference 2K r_n^{2−α}/(α − 2).
 * Communication: H ~ Gamma(Δ), every BS beyond the L_c nearest interferes with a Gamma(K) gain.
 * Sensing: the serving BS is the nearest to the target (so the hole is there by construction), the L_s − 1
 * BSs nearest to it are nulled, echo and interferers have Gamma(K) gains, c_s S r^{−2β}/I with 2β = α.
 *
 * <p>Acceptance: the analytic value inside the 99 % confidence interval of the sample mean (fixed seeds).
 */
class GammaModelMonteCarloTest {

    private static final int NEAREST = 250;
    private static final int SAMPLES = 60_000;
    private static final double Z99 = 2.5758;
    private static final double ALPHA = 4;
    private static final NetworkAnalytics MODEL = new NetworkAnalytics();

    /** Mean and 99 % half-width of log2(1 + SIR). */
    private record Estimate(double mean, double halfWidth) {
        boolean covers(double value) {
            return Math.abs(value - mean) <= halfWidth;
        }

        @Override
        public String toString() {
            return String.format("%.4f +- %.4f", mean, halfWidth);
        }
    }

    private static double gamma(SplittableRandom random, double shape) {
        // Marsaglia & Tsang (2000), shape >= 1
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    private static double farField(int k, double lastRadiusSquared) {
        return 2 * k * Math.pow(lastRadiusSquared, (2 - ALPHA) / 2) / (ALPHA - 2);
    }

    private static Estimate estimate(double sum, double sumSquares, int n) {
        double mean = sum / n;
        double variance = (sumSquares - n * mean * mean) / (n - 1);
        return new Estimate(mean, Z99 * Math.sqrt(variance / n));
    }

    private static Estimate userRate(int k, int lc, int diversity, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double radiusSquared = 0;
            double signal = 0;
            double interference = 0;
            for (int b = 1; b <= NEAREST; b++) {
                radiusSquared += -Math.log(1 - random.nextDouble());
                double gain = Math.pow(radiusSquared, -ALPHA / 2);
                if (b == 1) {
                    signal = gamma(random, diversity) * gain;
                } else if (b > lc) {
                    interference += gamma(random, k) * gain;
                }
            }
            interference += farField(k, radiusSquared);
            double rate = Math.log1p(signal / interference) / Math.log(2);
            sum += rate;
            sumSquares += rate * rate;
        }
        return estimate(sum, sumSquares, SAMPLES);
    }

    private static Estimate targetRate(int k, int ls, double cs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] fromServing = new double[NEAREST];
        double sum = 0;
        double sumSquares = 0;
        int nulled = ls - 1;
        for (int i = 0; i < SAMPLES; i++) {
            double radiusSquared = -Math.log(1 - random.nextDouble());
            double servingX = Math.sqrt(radiusSquared);
            for (int b = 1; b < NEAREST; b++) {
                radiusSquared += -Math.log(1 - random.nextDouble());
                double radius = Math.sqrt(radiusSquared);
                double angle = 2 * Math.PI * random.nextDouble();
                double dx = radius * Math.cos(angle) - servingX;
                double dy = radius * Math.sin(angle);
                fromServing[b] = dx * dx + dy * dy;
            }
            // null the L_s − 1 BSs nearest to the serving BS
            for (int j = 0; j < nulled; j++) {
                int nearest = 1;
                for (int b = 2; b < NEAREST; b++) {
                    if (fromServing[b] < fromServing[nearest]) {
                        nearest = b;
                    }
                }
                fromServing[nearest] = Double.POSITIVE_INFINITY;
            }
            double interference = farField(k, radiusSquared);
            for (int b = 1; b < NEAREST; b++) {
                if (fromServing[b] < Double.POSITIVE_INFINITY) {
                    interference += gamma(random, k) * Math.pow(fromServing[b], -ALPHA / 2);
                }
            }
            // echo c_s S r^{−2β} with 2β = α
            double echo = cs * gamma(random, k) * Math.pow(servingX, -ALPHA);
            double rate = Math.log1p(echo / interference) / Math.log(2);
            sum += rate;
            sumSquares += rate * rate;
        }
        return estimate(sum, sumSquares, SAMPLES);
    }

    /** Theorem 1 at L_c = 1 and L_c = 2 (and the paper-literal kernel, which the simulation rejects). */
    @Test
    void theorem1() {
        NetworkParameters noCluster = new NetworkParameters(16, 8, 4, 2, 1, 1, ALPHA, 2, 10, 1e-5);
        NetworkParameters cluster = new NetworkParameters(16, 8, 4, 2, 2, 2, ALPHA, 2, 10, 1e-5);
        Estimate mc1 = userRate(4, 1, noCluster.diversity(), 11);
        Estimate mc2 = userRate(4, 2, cluster.diversity(), 12);
        double t1 = MODEL.commRate(noCluster).value();
        double t2 = MODEL.commRate(cluster).value();
        double literal = bits(CommunicationAnalytics.theorem1(4, 2, cluster.diversity(), ALPHA,
                CommKernel.PAPER_LITERAL));
        double misr = MODEL.commRateMisr(cluster).value();
        System.out.printf("Theorem 1 (K=4, Lc=1, Delta=13): %.4f, MC %s%n", t1, mc1);
        System.out.printf("Theorem 1 (K=4, Lc=2, Delta=7):  %.4f, MC %s; paper-literal %.4f, Theorem 2 %.4f%n", t2, mc2,
                literal, misr);
        assertTrue(mc1.covers(t1), "Lc = 1");
        assertTrue(mc2.covers(t2), "Lc = 2");
        assertTrue(literal > mc2.mean() + mc2.halfWidth(), "the paper-literal kernel is outside the interval");
    }

    /** Proposition 3 (L_s = 1) and (H1) at L_s = 2, 3; Theorem 3 and the no-hole benchmark are below. */
    @Test
    void radarRates() {
        for (int ls = 1; ls <= 3; ls++) {
            NetworkParameters p = new NetworkParameters(16, 8, 4, 2, 1, ls, ALPHA, 2, 10, 1e-5);
            Estimate mc = targetRate(4, ls, 10, 20 + ls);
            double exact = MODEL.radarRateExact(p).value();
            double paper = MODEL.radarRate(p).value();
            double noHole = MODEL.radarRateNoHole(p).value();
            System.out.printf("R_s (K=4, cs=10, Ls=%d): exact %.4f, MC %s; paper %.4f, no hole %.4f%n", ls, exact, mc,
                    paper, noHole);
            assertTrue(mc.covers(exact), "Ls = " + ls);
            assertTrue(noHole < mc.mean() - mc.halfWidth(), "ignoring the hole underestimates, Ls = " + ls);
        }
    }

    private static double bits(AdaptiveQuadrature.Result nats) {
        return RateIntegrals.bits(nats, "test")[0];
    }
}
