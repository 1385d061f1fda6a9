package org.isac.workbench.optimizer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The constraints (13b), (17) and (18) as A P ≤ b (with P ≥ 0 kept apart, as the {@code SurrogateSolver}
 * contract wants):
 * <ul>
 * <li>row 0, the budget (13b): Σ_l P_l ≤ P_th;</li>
 * <li>one row per user with ζ^c_i &gt; 0, the rate (17) moved to one side:
 * −ρ_ii P_i + ζ^c_i Σ_{l≠i} ρ_li P_l ≤ −ζ^c_i σ²_c,i;</li>
 * <li>one row per target with ζ^s_i &gt; 0, the detection (18): −Σ_l g_li P_l ≤ −ζ^s_i σ²_s,i.</li>
 * </ul>
 * A void requirement (ζ = 0) adds no row: its row would be implied by P ≥ 0 (or be 0 ≤ 0), and such
 * duplicate or empty rows only make the solvers' life harder.
 *
 * <p>Feasibility is decided to {@value Polyhedron#RELATIVE_TOLERANCE} relative: row r holds when
 * a_r·P − b_r ≤ 1e-9 (Σ_j |a_rj P_j| + |b_r|), i.e. relative to the size of the terms that meet in the row,
 * which is what rounding in those terms can disturb; P ≥ 0 must hold exactly (allocations are clamped).
 */
final class LinearConstraints {

    /** What a row expresses. */
    enum Kind {
        /** (13b). */
        BUDGET,
        /** (17) of one user. */
        RATE,
        /** (18) of one target. */
        DETECTION
    }

    private final SumRateModel model;
    private final double[][] a;
    private final double[] b;
    private final Kind[] kinds;
    private final int[] cellOf;
    private final Polyhedron polyhedron;

    private LinearConstraints(SumRateModel model, double[][] a, double[] b, Kind[] kinds, int[] cellOf) {
        this.model = model;
        this.a = a;
        this.b = b;
        this.kinds = kinds;
        this.cellOf = cellOf;
        this.polyhedron = new Polyhedron(a, b);
    }

    /**
     * @param model the instance
     * @return its constraint system
     */
    static LinearConstraints of(SumRateModel model) {
        int n = model.cells();
        List<double[]> rows = new ArrayList<>();
        DoubleArrayList bounds = new DoubleArrayList();
        List<Kind> kinds = new ArrayList<>();
        IntArrayList cells = new IntArrayList();
        double[] budget = new double[n];
        Arrays.fill(budget, 1);
        rows.add(budget);
        bounds.add(model.budget());
        kinds.add(Kind.BUDGET);
        cells.add(-1);
        for (int i = 0; i < n; i++) {
            double zeta = model.sinrMin(i);
            if (zeta > 0) {
                double[] row = new double[n];
                for (int l = 0; l < n; l++) {
                    row[l] = l == i ? -model.rho(i, i) : zeta * model.rho(l, i);
                }
                rows.add(row);
                bounds.add(-zeta * model.noiseComm(i));
                kinds.add(Kind.RATE);
                cells.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            double zeta = model.sensingSnrMin(i);
            if (zeta > 0) {
                double[] row = new double[n];
                for (int l = 0; l < n; l++) {
                    row[l] = -model.g(l, i);
                }
                rows.add(row);
                bounds.add(-zeta * model.noiseSense(i));
                kinds.add(Kind.DETECTION);
                cells.add(i);
            }
        }
        int m = rows.size();
        double[] bb = bounds.toArray();
        Kind[] kk = new Kind[m];
        int[] cc = cells.toArray();
        for (int r = 0; r < m; r++) {
            kk[r] = kinds.get(r);
        }
        return new LinearConstraints(model, rows.toArray(new double[0][]), bb, kk, cc);
    }

    /** @return the instance */
    SumRateModel model() {
        return model;
    }

    /** @return number of rows m */
    int rows() {
        return b.length;
    }

    /** @return number of variables L */
    int columns() {
        return model.cells();
    }

    /**
     * @param r row
     * @param j column
     * @return A[r][j]
     */
    double a(int r, int j) {
        return a[r][j];
    }

    /**
     * @param r row
     * @return b[r]
     */
    double b(int r) {
        return b[r];
    }

    /**
     * @param r row
     * @return what the row expresses
     */
    Kind kind(int r) {
        return kinds[r];
    }

    /**
     * @param r row
     * @return the cell (user or target, from 0) of the row; −1 for the budget
     */
    int cell(int r) {
        return cellOf[r];
    }

    /** @return a copy of A (m × L), for a solver to own */
    double[][] matrix() {
        double[][] c = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            c[r] = a[r].clone();
        }
        return c;
    }

    /** @return a copy of b */
    double[] bound() {
        return b.clone();
    }

    /** @return {P ≥ 0 : A P ≤ b} with the feasibility rule */
    Polyhedron polyhedron() {
        return polyhedron;
    }

    /**
     * @param r row
     * @param p powers
     * @return a_r·P
     */
    double lhs(int r, double[] p) {
        return polyhedron.lhs(r, p);
    }

    /**
     * @param r row
     * @param p powers
     * @return whether row r holds to the relative tolerance
     */
    boolean holds(int r, double[] p) {
        return polyhedron.holds(r, p);
    }

    /**
     * @param p powers
     * @return whether P has L finite values, P ≥ 0 and every row holds to 1e-9 relative
     */
    boolean feasible(double[] p) {
        return p != null && p.length == columns() && polyhedron.feasible(p);
    }

    /**
     * @param p powers (finite, ≥ 0)
     * @return one phrase per failing row ("the rate constraint of user 2 (SINR 0.63 &lt; ζ^c = 1, ...)"), cells
     *         numbered from 1 as in the letter; empty when feasible
     */
    List<String> violations(double[] p) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            if (holds(r, p)) {
                continue;
            }
            int i = cellOf[r];
            switch (kinds[r]) {
                case BUDGET -> out.add("the budget (total power " + Allocations.format(LinearConstraints.sum(p))
                        + " > " + Allocations.format(model.budget()) + ")");
                case RATE -> out.add("the rate constraint of user " + (i + 1) + " (SINR "
                        + Allocations.format(model.sinr(p, i)) + " < ζ^c = " + Allocations.format(model.sinrMin(i))
                        + ", R = " + Allocations.format(model.rate(p, i)) + " < "
                        + Allocations.format(Math.log1p(model.sinrMin(i)) / Math.log(2)) + " bit/s/Hz)");
                case DETECTION -> out.add("the detection constraint of target " + (i + 1) + " (sensing SNR "
                        + Allocations.format(model.sensingSnr(p, i)) + " < ζ^s = "
                        + Allocations.format(model.sensingSnrMin(i)) + ")");
                default -> throw new IllegalStateException("unknown row kind " + kinds[r]);
            }
        }
        return out;
    }

    /**
     * @param anchor a feasible point
     * @param candidate a point, possibly slightly infeasible
     * @return the feasible point of the segment closest to the candidate (see {@link Polyhedron#pullToward})
     */
    double[] pullToward(double[] anchor, double[] candidate) {
        return polyhedron.pullToward(anchor, candidate);
    }

    static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}
