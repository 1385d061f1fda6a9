package org.isac.workbench.plotting;

/**
 * One curve of a figure. Theory curves are drawn as lines; Monte Carlo series as markers with error bars
 * from {@code low} to {@code high}. NaN y-values are gaps (for example infeasible points).
 *
 * @param name legend entry
 * @param x abscissae
 * @param y ordinates, as many as x
 * @param low lower ends of the confidence intervals, as many as x, or empty for a theory curve
 * @param high upper ends of the confidence intervals, as many as x, or empty for a theory curve
 */
public record Series(String name, double[] x, double[] y, double[] low, double[] high) {

    /** Checks the lengths, naming the series. */
    public Series {
        if (y.length != x.length || low.length != high.length || (low.length != 0 && low.length != x.length)) {
            throw new IllegalArgumentException("series '" + name + "': x, y and the interval bounds differ in length");
        }
    }

    /**
     * @param name legend entry
     * @param x abscissae
     * @param y ordinates
     * @return a theory curve
     */
    public static Series line(String name, double[] x, double[] y) {
        return new Series(name, x, y, new double[0], new double[0]);
    }

    /** @return whether the series carries confidence intervals (drawn as markers with error bars) */
    public boolean hasIntervals() {
        return low.length > 0;
    }
}
