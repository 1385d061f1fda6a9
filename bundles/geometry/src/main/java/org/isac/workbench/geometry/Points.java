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
}
