package org.isac.workbench.numerics.random;

import java.util.random.RandomGenerator;
import org.hipparchus.distribution.discrete.PoissonDistribution;

/** Random variates the models need, drawn from any {@link RandomGenerator}, without boxing. */
public final class RandomVariates {

    private static final double SQRT_HALF = Math.sqrt(0.5);
    /** Below this mean, Poisson variates are drawn by multiplying uniforms (exact and fast). */
    private static final double SMALL_POISSON_MEAN = 30;

    private RandomVariates() {
    }

    /**
     * Fills {@code count} circularly-symmetric complex Gaussian CN(0,1) values (E|h|² = 1).
     *
     * @param random the stream
     * @param re real parts, written at {@code offset..offset+count-1}
     * @param im imaginary parts, same positions
     * @param offset first position
     * @param count how many
     */
    public static void complexGaussian(RandomGenerator random, double[] re, double[] im, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            re[i] = SQRT_HALF * random.nextGaussian();
            im[i] = SQRT_HALF * random.nextGaussian();
        }
    }

    /**
     * Gamma variate of unit scale by Marsaglia and Tsang, "A simple method for generating gamma variables",
     * ACM TOMS 26(3), 2000; shapes below 1 use their boost Γ(k) = Γ(k+1)·U^{1/k}.
     *
     * @param random the stream
     * @param shape the shape k &gt; 0
     * @return a Gamma(k, 1) variate
     */
    public static double gamma(RandomGenerator random, double shape) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("gamma shape must be positive and finite, got " + shape);
        }
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * Poisson variate: by multiplying uniforms for small means, by inversion of Hipparchus' exact CDF
     * otherwise (one draw per network topology, so its cost does not matter).
     *
     * @param random the stream
     * @param mean the mean, finite and &ge; 0
     * @return a Poisson(mean) variate
     */
    public static int poisson(RandomGenerator random, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean) || mean > Integer.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("Poisson mean must be in [0, 2^30], got " + mean);
        }
        if (mean < SMALL_POISSON_MEAN) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int n = 0;
            while (product > limit) {
                product *= random.nextDouble();
                n++;
            }
            return n;
        }
        return new PoissonDistribution(mean).inverseCumulativeProbability(random.nextDouble());
    }
}
