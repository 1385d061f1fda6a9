package org.isac.workbench.numerics.stat;

/**
 * Mean and variance of a stream of values by Welford's update, and Chan et al.'s pairwise merge, so
 * partial statistics of parallel workers combine into the statistics of the whole. Not thread-safe.
 */
public final class RunningStatistics {

    private long count;
    private double mean;
    private double sumOfSquaredDeviations;

    /**
     * The statistics of values summarised elsewhere, from the three numbers {@link #count()}, {@link #mean()} and
     * {@link #sumOfSquaredDeviations()} give (for results that travel between processes or are resumed from a file).
     *
     * @param count how many values, ≥ 0
     * @param mean their mean (ignored when count is 0)
     * @param sumOfSquaredDeviations Σ (x − mean)²
     * @return the statistics
     */
    public static RunningStatistics of(long count, double mean, double sumOfSquaredDeviations) {
        if (count < 0) {
            throw new IllegalArgumentException("statistics: count must be >= 0, got " + count);
        }
        RunningStatistics statistics = new RunningStatistics();
        statistics.count = count;
        statistics.mean = count == 0 ? 0 : mean;
        statistics.sumOfSquaredDeviations = count == 0 ? 0 : sumOfSquaredDeviations;
        return statistics;
    }

    /**
     * Adds one value.
     *
     * @param value the value
     */
    public void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquaredDeviations += delta * (value - mean);
    }

    /**
     * Adds all values of another accumulator (Chan, Golub, LeVeque 1979).
     *
     * @param other the other accumulator, unchanged
     */
    public void merge(RunningStatistics other) {
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * ((double) count * other.count / total);
        count = total;
    }

    /** @return Σ (x − mean)² over the values added, the third number of {@link #of} */
    public double sumOfSquaredDeviations() {
        return sumOfSquaredDeviations;
    }

    /** @return the number of values */
    public long count() {
        return count;
    }

    /** @return the mean, NaN when empty */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** @return the unbiased sample variance, NaN with fewer than two values */
    public double variance() {
        return count < 2 ? Double.NaN : sumOfSquaredDeviations / (count - 1);
    }

    /** @return the estimate of the mean with its standard error */
    public Estimate estimate() {
        return new Estimate(mean(), Math.sqrt(variance() / count), count);
    }
}
