package org.isac.workbench.optimizer.internal;

/**
 * {x ≥ 0 : A x ≤ b} with the workbench's feasibility rule: row r holds when
 * a_r·x − b_r ≤ 1e-9 (Σ_j |a_rj x_j| + |b_r|), relative to the size of the terms that meet in the row (what
 * rounding in them can disturb), and x ≥ 0 holds exactly (points are clamped).
 */
final class Polyhedron {

    /** Relative tolerance of the feasibility check (the {@code PowerAllocation} contract). */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private final double[][] a;
    private final double[] b;

    /**
     * @param a A (m × n), not copied: the caller must not change it
     * @param b b (m values), not copied
     */
    Polyhedron(double[][] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("constraintMatrix has " + a.length + " rows but constraintBound has "
                    + b.length + " values");
        }
        this.a = a;
        this.b = b;
    }

    /** @return m */
    int rows() {
        return b.length;
    }

    /**
     * @param r row
     * @param x point
     * @return a_r·x
     */
    double lhs(int r, double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += a[r][j] * x[j];
        }
        return s;
    }

    /**
     * @param r row
     * @param x point
     * @return whether row r holds to the relative tolerance
     */
    boolean holds(int r, double[] x) {
        double s = 0;
        double scale = Math.abs(b[r]);
        for (int j = 0; j < x.length; j++) {
            double t = a[r][j] * x[j];
            s += t;
            scale += Math.abs(t);
        }
        return s - b[r] <= RELATIVE_TOLERANCE * scale;
    }

    /**
     * @param x point
     * @return whether x is finite, x ≥ 0 and every row holds to 1e-9 relative
     */
    boolean feasible(double[] x) {
        if (x == null) {
            return false;
        }
        for (double v : x) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                return false;
            }
        }
        for (int r = 0; r < b.length; r++) {
            if (!holds(r, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Clamps tiny negative values (solver rounding) to 0, in place.
     *
     * @param x point
     * @return x
     */
    static double[] clampNonNegative(double[] x) {
        for (int j = 0; j < x.length; j++) {
            if (x[j] < 0) {
                x[j] = 0;
            }
        }
        return x;
    }

    /**
     * The point of the segment from a feasible anchor towards a candidate that goes furthest while keeping
     * every row and x ≥ 0: a solver's last-digit infeasibility costs a step of order 1e-12 back towards the
     * anchor, never an infeasible answer.
     *
     * @param anchor a feasible point
     * @param candidate a point, possibly slightly infeasible
     * @return a feasible point on the segment (the candidate itself when feasible, the anchor at worst)
     */
    double[] pullToward(double[] anchor, double[] candidate) {
        for (double v : candidate) {
            if (!Double.isFinite(v)) {
                return anchor.clone();
            }
        }
        double[] c = clampNonNegative(candidate.clone());
        if (feasible(c)) {
            return c;
        }
        int n = c.length;
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            d[j] = c[j] - anchor[j];
        }
        double theta = 1;
        for (int r = 0; r < b.length; r++) {
            double slope = lhs(r, d);
            double room = b[r] - lhs(r, anchor);
            if (slope > 0 && room < theta * slope) {
                theta = Math.max(0, room / slope);
            }
        }
        for (int j = 0; j < n; j++) {
            if (d[j] < 0 && anchor[j] + theta * d[j] < 0) {
                theta = Math.max(0, -anchor[j] / d[j]);
            }
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = anchor[j] + theta * (1 - 1e-12) * d[j];
        }
        clampNonNegative(x);
        return feasible(x) ? x : anchor.clone();
    }
}
