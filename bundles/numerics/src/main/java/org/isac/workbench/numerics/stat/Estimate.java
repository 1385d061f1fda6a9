package org.isac.workbench.numerics.stat;

/**
 * A Monte Carlo estimate of a mean.
 *
 * @param mean the sample mean
 * @param standardError the standard error of the mean (sample standard deviation / √n)
 * @param count the number of independent samples
 */
public record Estimate(double mean, double standardError, long count) {

    /** Two-sided standard normal quantile for 95 % confidence. */
    public static final double Z95 = 1.959963984540054;
    /** Two-sided standard normal quantile for 99 % confidence. */
    public static final double Z99 = 2.5758293035489004;

    /** @return lower end of the normal-approximation 95 % confidence interval */
    public double ci95Low() {
        return mean - Z95 * standardError;
    }

    /** @return upper end of the 95 % confidence interval */
    public double ci95High() {
        return mean + Z95 * standardError;
    }

    /** @return lower end of the 99 % confidence interval */
    public double ci99Low() {
        return mean - Z99 * standardError;
    }

    /** @return upper end of the 99 % confidence interval */
    public double ci99High() {
        return mean + Z99 * standardError;
    }
}
