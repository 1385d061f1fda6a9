package org.isac.workbench.optimizer.internal;

import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * The PPA P-step as a {@link LogAffineProgram}, shared by both surrogate backends: maximise
 * S(P) = Σ_i [log₂ T_i(P) − t_i I_i(P)/ln 2] over {P ≥ 0, A P ≤ b}, in the scaled variable x = P/unit.
 *
 * <p>The constants −t_i σ²_c,i/ln 2 and (ln t_i + 1)/ln 2 of the letter's (16) do not move the maximiser and
 * are left out; {@link #surrogate} restores them when the value itself matters (tests, monotonicity).
 */
final class SurrogateProgram {

    private static final double LN2 = Math.log(2);

    /** The validated instance. */
    final SumRateModel model;
    /** The polyhedron {P ≥ 0, A P ≤ b}. */
    final Polyhedron polyhedron;
    /** Power unit of x = P/unit. */
    final double unit;
    /** The program in x. */
    final LogAffineProgram program;
    private final double[] weights;

    private SurrogateProgram(SumRateModel model, Polyhedron polyhedron, double unit, LogAffineProgram program,
            double[] weights) {
        this.model = model;
        this.polyhedron = polyhedron;
        this.unit = unit;
        this.program = program;
        this.weights = weights;
    }

    /**
     * Checks the arguments of {@code SurrogateSolver.maximise} and builds the program.
     *
     * @param problem the instance
     * @param weights t_i &gt; 0
     * @param a A (m × L)
     * @param b b
     * @param start a feasible start
     * @return the program
     * @throws IllegalArgumentException naming the malformed argument
     */
    static SurrogateProgram of(PowerAllocationProblem problem, double[] weights, double[][] a, double[] b,
            double[] start) {
        SumRateModel model = SumRateModel.of(problem);
        int n = model.cells();
        if (weights == null || weights.length != n) {
            throw new IllegalArgumentException("weights must have " + n + " values");
        }
        for (int i = 0; i < n; i++) {
            if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and > 0, got " + weights[i]);
            }
        }
        if (a == null || b == null || a.length != b.length) {
            throw new IllegalArgumentException("constraintMatrix and constraintBound must have the same number of "
                    + "rows");
        }
        for (int r = 0; r < a.length; r++) {
            if (a[r] == null || a[r].length != n) {
                throw new IllegalArgumentException("constraintMatrix[" + r + "] must have " + n + " values");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[r][j])) {
                    throw new IllegalArgumentException("constraintMatrix[" + r + "][" + j + "] must be finite");
                }
            }
            if (!Double.isFinite(b[r])) {
                throw new IllegalArgumentException("constraintBound[" + r + "] must be finite");
            }
        }
        Polyhedron polyhedron = new Polyhedron(a, b);
        if (start == null || start.length != n || !polyhedron.feasible(start)) {
            throw new IllegalArgumentException("start must be a feasible point (start >= 0, A start <= b to 1e-9 "
                    + "relative)");
        }
        // unit: the larger of the start's total power and the largest power a row allows or asks for, so that x
        // and the gradient of S are O(1) in the solver
        double unit = LinearConstraints.sum(start);
        for (int r = 0; r < a.length; r++) {
            double amax = 0;
            for (int j = 0; j < n; j++) {
                amax = Math.max(amax, Math.abs(a[r][j]));
            }
            if (amax > 0) {
                unit = Math.max(unit, Math.abs(b[r]) / amax);
            }
        }
        if (!(unit > 0)) {
            unit = 1;
        }
        double[][] terms = new double[n][n];
        double[] c = new double[n];
        double[] w = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < n; l++) {
                terms[i][l] = unit * model.rho(l, i);
                if (l != i) {
                    q[l] -= unit * weights[i] * model.rho(l, i) / LN2;
                }
            }
            c[i] = model.noiseComm(i);
            w[i] = 1 / LN2;
        }
        int m = a.length;
        double[][] g = new double[m + n][n];
        double[] h = new double[m + n];
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < n; j++) {
                g[r][j] = a[r][j] * unit;
            }
            h[r] = b[r];
        }
        for (int j = 0; j < n; j++) {
            g[m + j][j] = -1;
        }
        return new SurrogateProgram(model, polyhedron, unit, new LogAffineProgram(terms, c, w, q, g, h),
                weights.clone());
    }

    /**
     * @param p powers
     * @return x = P/unit
     */
    double[] scaled(double[] p) {
        double[] x = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            x[j] = p[j] / unit;
        }
        return x;
    }

    /**
     * @param x scaled point
     * @return P = unit·x
     */
    double[] powers(double[] x) {
        double[] p = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            p[j] = x[j] * unit;
        }
        return p;
    }

    /**
     * @param p powers
     * @return S(P, t) of the letter's (16), constants included (so S ≤ R_sum, with equality at t_i = 1/I_i)
     */
    double surrogate(double[] p) {
        return surrogate(model, weights, p);
    }

    /**
     * @param model the instance
     * @param weights t_i
     * @param p powers
     * @return S(P, t) = Σ_i [log₂ T_i(P) + (−t_i I_i(P) + ln t_i + 1)/ln 2]
     */
    static double surrogate(SumRateModel model, double[] weights, double[] p) {
        double s = 0;
        for (int i = 0; i < model.cells(); i++) {
            s += Math.log(model.total(p, i)) / LN2
                    + (-weights[i] * model.interference(p, i) + Math.log(weights[i]) + 1) / LN2;
        }
        return s;
    }

    /**
     * Makes a backend's answer honour the contract: feasible to 1e-9 relative (pulled back towards the
     * start if a last digit strays) and never worse than the start.
     *
     * @param start the feasible start
     * @param candidate the backend's maximiser, in powers
     * @return the answer
     */
    double[] finish(double[] start, double[] candidate) {
        double[] p = polyhedron.pullToward(start, candidate);
        return surrogate(p) >= surrogate(start) ? p : start.clone();
    }
}
