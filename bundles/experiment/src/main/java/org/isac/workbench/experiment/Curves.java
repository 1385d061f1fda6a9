package org.isac.workbench.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curves of a figure over one set of abscissae, filled in point by point while a sweep runs: a point not
 * yet computed (or outside the model) is NaN, a gap in the chart. Snapshots are copies, so a live chart may
 * keep them while the sweep goes on.
 */
public final class Curves {

    private final double[] x;
    private final List<Curve> curves = new ArrayList<>();

    private record Curve(String name, String group, double[] y, double[] low, double[] high) {
        Series snapshot(double[] x) {
            return new Series(name, x.clone(), y.clone(), low.clone(), high.clone(), group);
        }
    }

    /** @param x the abscissae shared by every curve */
    public Curves(double[] x) {
        this.x = x.clone();
    }

    /**
     * Adds a theory curve, drawn as a line.
     *
     * @param name the legend entry
     * @param group the colour group (a theory line and the simulation of the same curve share one)
     * @return its index
     */
    public int line(String name, String group) {
        curves.add(new Curve(name, group, nan(x.length), new double[0], new double[0]));
        return curves.size() - 1;
    }

    /**
     * Adds a Monte Carlo curve, drawn as markers with confidence intervals.
     *
     * @param name the legend entry
     * @param group the colour group
     * @return its index
     */
    public int markers(String name, String group) {
        curves.add(new Curve(name, group, nan(x.length), nan(x.length), nan(x.length)));
        return curves.size() - 1;
    }

    /**
     * @param curve a line's index
     * @param point the abscissa's index
     * @param y the value
     */
    public void set(int curve, int point, double y) {
        curves.get(curve).y[point] = y;
    }

    /**
     * @param curve a curve's index
     * @param point the abscissa's index
     * @param y the estimate
     * @param low the lower end of its confidence interval (a line has none and ignores it)
     * @param high the upper end
     */
    public void set(int curve, int point, double y, double low, double high) {
        Curve c = curves.get(curve);
        c.y[point] = y;
        if (c.low.length > 0) {
            c.low[point] = low;
            c.high[point] = high;
        }
    }

    /** @return copies of the curves as they are now, in the order they were added */
    public List<Series> snapshot() {
        return curves.stream().map(c -> c.snapshot(x)).toList();
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }
}
