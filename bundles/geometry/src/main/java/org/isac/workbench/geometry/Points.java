package org.isac.workbench.geometry;

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
     * The {@code k} points nearest to a location, nearest first (ties by index), by a {@link PointGrid} built
     * for the one query.
     *
     * @deprecated kept for plugins written against geometry 1.0; {@link PointGrid#nearest} answers in O(1)
     *             expected work
     *
     * @param px abscissa of the location
     * @param py ordinate of the location
     * @param k how many, 0 &le; k &le; size()
     * @return their indices
     */
    @Deprecated(since = "1.1.0")
    public int[] nearest(double px, double py, int k) {
        if (k < 0 || k > x.length) {
            throw new IllegalArgumentException("k must be in [0, " + x.length + "], got " + k);
        }
        if (k == 0) {
            return new int[0];
        }
        double halfWidth = 1;
        for (int i = 0; i < x.length; i++) {
            halfWidth = Math.max(halfWidth, Math.max(Math.abs(x[i]), Math.abs(y[i])));
        }
        PointGrid grid = new PointGrid();
        grid.index(x, y, x.length, halfWidth);
        int[] nearest = new int[grid.nearest(px, py, k)];
        for (int q = 0; q < nearest.length; q++) {
            nearest[q] = grid.nearestIndex(q);
        }
        return nearest;
    }
}
