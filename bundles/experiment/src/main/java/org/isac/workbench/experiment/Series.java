package org.isac.workbench.experiment;

/**
 * One curve of a figure. Theory curves are drawn as lines; Monte Carlo series as markers with error bars
 * from {@code low} to {@code high}. NaN y-values are gaps (for example infeasible points).
 *
 * @param name legend entry
 * @param x abscissae
 * @param y ordinates, as many as x
 * @param low lower ends of the confidence intervals, as many as x, or empty for a theory curve
 * @param high upper ends of the confidence intervals, as many as x, or empty for a theory curve
 * @param group series of the same group share a colour (a theory line and the simulation of the same
 *        curve); by default every series is its own group
 */
public record Series(String name, double[] x, double[] y, double[] low, double[] high, String group) {

    /**
     * A series that is its own colour group.
     *
     * @param name legend entry
     * @param x abscissae
     * @param y ordinates, as many as x
     * @param low lower ends of the confidence intervals, or empty
     * @param high upper ends of the confidence intervals, or empty
     */
    public Series(String name, double[] x, double[] y, double[] low, double[] high) {
        this(name, x, y, low, high, name);
    }

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

    /**
     * @param newGroup the colour group
     * @return this series in that group
     */
    public Series inGroup(String newGroup) {
        return new Series(name, x, y, low, high, newGroup);
    }

    /** @return whether the series carries confidence intervals (drawn as markers with error bars) */
    public boolean hasIntervals() {
        return low.length > 0;
    }
}
