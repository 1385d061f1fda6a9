package org.isac.workbench.simulation.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * The "equivalent-gain" realization (specification §7, Monte Carlo A): the typical user and the typical
 * target at the origin, the BSs around them as a PPP drawn outward by cumulative exponential arrivals
 * (πλ r_k² = Σ_{i≤k} E_i), and the effective channel gains drawn from their exact distributions under the
 * average nulling load instead of building precoders: the user's signal H ~ Gamma(Δ, 1), every interferer
 * beyond the L_c nearest BSs Gamma(K, 1); the target's echo S ~ Gamma(K, 1) and every BS outside its sensing
 * cluster (the serving BS and the L_s − 1 BSs nearest to it) Gamma(K, 1). Beyond the {@value #NEAREST}
 * nearest BSs the interference is replaced by its mean 2πλK r_n^{2−α}/(α − 2), which at α = 4 is below 0.1 %
 * of the total. The interference hole is there by construction: no BS is closer to the target than its
 * serving BS. Residual clutter, when the point has some, adds to the target's interference ({@link Clutter}).
 *
 * <p>Not thread-safe: it reuses its buffers; use one instance per thread.
 */
final class GammaNetworkRealization implements NetworkRealization {

    /** BSs drawn explicitly around the typical user and target. */
    static final int NEAREST = 400;

    private final double[] distance = new double[NEAREST];
    private final double[] x = new double[NEAREST];
    private final double[] y = new double[NEAREST];
    private final double[] fromServing = new double[NEAREST];

    @Override
    public void simulate(NetworkParameters p, long seed, long point, long realization, double[] samples) {
        RandomGenerator random = RandomStreams.of(seed, point, realization);
        samples[COMM] = log2OnePlus(userSir(p, random));
        samples[RADAR] = log2OnePlus(targetSir(p, random));
    }

    /** SIR of the typical user. */
    double userSir(NetworkParameters p, RandomGenerator random) {
        arrivals(p.density(), random, false);
        double alpha = p.alpha();
        double interference = 0;
        for (int k = p.commCluster(); k < NEAREST; k++) {
            interference += RandomVariates.gamma(random, p.users()) * Math.pow(distance[k], -alpha);
        }
        interference += farField(p, distance[NEAREST - 1]);
        double signal = RandomVariates.gamma(random, p.diversity()) * Math.pow(distance[0], -alpha);
        return signal / interference;
    }

    /** Echo SIR of the typical target, with the interference as it is around its serving BS. */
    double targetSir(NetworkParameters p, RandomGenerator random) {
        arrivals(p.density(), random, true);
        double alpha = p.alpha();
        for (int k = 1; k < NEAREST; k++) {
            fromServing[k] = Math.hypot(x[k] - x[0], y[k] - y[0]);
        }
        // the sensing cluster: the serving BS and the Ls − 1 BSs nearest to it, whose interference is nulled
        int nulled = p.senseCluster() - 1;
        double threshold = nulled == 0 ? 0 : kthSmallest(fromServing, 1, NEAREST, nulled);
        double interference = 0;
        int skipped = 0;
        for (int k = 1; k < NEAREST; k++) {
            if (fromServing[k] <= threshold && skipped < nulled) {
                skipped++;
                continue;
            }
            interference += RandomVariates.gamma(random, p.users()) * Math.pow(fromServing[k], -alpha);
        }
        interference += farField(p, distance[NEAREST - 1]);
        double echo = p.sensingGain() * RandomVariates.gamma(random, p.users())
                * Math.pow(distance[0], -2 * p.beta());
        // the target's direction seen from its BS: from the BS at x_0 towards the origin
        double targetSine = -y[0] / distance[0];
        interference += Clutter.power(p, random, distance[0], targetSine,
                Clutter.gammaIllumination(random, p.users()));
        return echo / interference;
    }

    /** Distances (and, when asked, positions) of the nearest BSs of a PPP of density λ around the origin. */
    private void arrivals(double density, RandomGenerator random, boolean positions) {
        double area = 0;
        for (int k = 0; k < NEAREST; k++) {
            area += random.nextExponential();
            distance[k] = Math.sqrt(area / (Math.PI * density));
            if (positions) {
                double angle = 2 * Math.PI * random.nextDouble();
                x[k] = distance[k] * Math.cos(angle);
                y[k] = distance[k] * Math.sin(angle);
            }
        }
    }

    /** Mean interference of the BSs beyond distance r: 2πλK ∫_r^∞ v^{1−α} dv. */
    private static double farField(NetworkParameters p, double r) {
        return 2 * Math.PI * p.density() * p.users() * Math.pow(r, 2 - p.alpha()) / (p.alpha() - 2);
    }

    /** The k-th smallest of values[from..to) (k ≥ 1), by partial selection; k is a small cluster size. */
    private static double kthSmallest(double[] values, int from, int to, int k) {
        double[] best = new double[k];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (v >= best[k - 1]) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && best[j - 1] > v) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = v;
        }
        return best[k - 1];
    }

    private static double log2OnePlus(double x) {
        return Math.log1p(x) / Math.log(2);
    }
}
