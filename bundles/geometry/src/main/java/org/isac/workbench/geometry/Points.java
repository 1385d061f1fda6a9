package org.isac.workbench.geometry;

import java.util.Arrays;

/** A finite set of points in the plane, in primitive arrays. Immutable. */
public final class Points {

    private final double[] x;
    private final double[] y;

    /**
     * @param x abscissae (copied)
     * @param y ordinates (copied), as many as {@code x}
     */
    public Points(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    /**
     * @param i point index
     * @return its abscissa
     */
    public double x(int i) {
        return x[i];
    }

    /**
     * @param i point index
     * @return its ordinate
     */
    public double y(int i) {
        return y[i];
    }

    /**
     * @param i point index
     * @param px abscissa of a location
     * @param py ordinate of a location
     * @return the distance from point {@code i} to the location
     */
    public double distance(int i, double px, double py) {
        return Math.hypot(x[i] - px, y[i] - py);
    }

    /**
     * The {@code k} points nearest to a location, nearest first (ties by index). Runs in O(n·k), which beats
     * sorting for the cluster sizes of interest (k &le; 16).
     *
     * @param px abscissa of the location
     * @param py ordinate of the location
     * @param k how many, 0 &le; k &le; size()
     * @return their indices
     */
    public int[] nearest(double px, double py, int k) {
        if (k < 0 || k > x.length) {
            throw new IllegalArgumentException("k must be in [0, " + x.length + "], got " + k);
        }
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            double d = dx * dx + dy * dy;
            if (k == 0 || d >= bestDistance[k - 1]) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && bestDistance[j - 1] > d) {
                bestDistance[j] = bestDistance[j - 1];
                best[j] = best[j - 1];
                j--;
            }
            bestDistance[j] = d;
            best[j] = i;
        }
        return best;
    }
}
