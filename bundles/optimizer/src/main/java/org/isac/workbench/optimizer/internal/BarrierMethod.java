package org.isac.workbench.optimizer.internal;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The safe fallback for a {@link LogAffineProgram}: the primal log-barrier method with damped Newton steps
 * (Boyd &amp; Vandenberghe, Convex Optimization, §9.6 and §11.3), started from the Chebyshev centre of the
 * polyhedron (an LP on Hipparchus' simplex).
 *
 * <p>Why it is safe where the primal–dual method can fail: each w_k ln(c_k + a_k·x) with w_k ≥ 1 and each
 * ln(h_r − g_r·x) is self-concordant, so F_t(x) = −t f(x) − Σ_r ln(h_r − g_r·x) is self-concordant for t ≥ 1,
 * and the damped step x + Δ/(1 + λ) (λ the Newton decrement) stays inside the Dikin ellipsoid, hence
 * strictly feasible and in the domain of f, and decreases F_t by a fixed amount until the quadratic phase:
 * global convergence whatever the scaling, which matters when an SINR of 1e8 makes ln(c + a·x) act like a
 * barrier at x = 0. The price is 5–10 times more Newton steps than the primal–dual method, so it only
 * runs when that one did not converge. It needs a polyhedron with an interior; without one it gives up.
 */
final class BarrierMethod {

    /** Growth of t between centring steps. */
    private static final double GROWTH = 20;
    /** Newton steps per centring, a safeguard (self-concordance bounds them far lower). */
    private static final int MAX_NEWTON = 200;

    private BarrierMethod() {
    }

    /**
     * @param program the problem (x in an O(1) unit; every w_k ≥ 1, or scaled so)
     * @param tolerance duality gap m/t asked for, relative to max(1, |f|)
     * @return the result (multipliers z_r = 1/(t s_r) of the caller's rows), or null when the polyhedron
     *         has no interior
     */
    static InteriorPointMethod.Result solve(LogAffineProgram program, double tolerance) {
        int n = program.n;
        int m = program.h.length;
        double[] x = chebyshevCentre(program);
        if (x == null || !program.inDomain(x)) {
            return null;
        }
        // scale f so that every weight is ≥ 1 (self-concordance of t·w·(−ln u) needs t·w ≥ 1 with t ≥ 1)
        double wMin = Double.POSITIVE_INFINITY;
        for (double w : program.w) {
            if (w > 0) {
                wMin = Math.min(wMin, w);
            }
        }
        double scale = wMin < 1 ? 1 / wMin : 1;
        double[] grad = new double[n];
        double[][] hess = new double[n][n];
        double[] gF = new double[n];
        double[][] hF = new double[n][n];
        double t = 1;
        int iterations = 0;
        boolean converged = false;
        for (int outer = 0; outer < 60; outer++) {
            for (int k = 0; k < MAX_NEWTON; k++, iterations++) {
                program.derivatives(x, grad, hess);
                for (int i = 0; i < n; i++) {
                    gF[i] = -t * scale * grad[i];
                    for (int j = 0; j < n; j++) {
                        hF[i][j] = t * scale * hess[i][j];
                    }
                }
                for (int r = 0; r < m; r++) {
                    double s = program.h[r] - InteriorPointMethod.dot(program.g[r], x);
                    double inv = 1 / s;
                    for (int i = 0; i < n; i++) {
                        double gi = program.g[r][i] * inv;
                        gF[i] += gi;
                        if (gi != 0) {
                            for (int j = 0; j < n; j++) {
                                hF[i][j] += gi * program.g[r][j] * inv;
                            }
                        }
                    }
                }
                double[] step = newton(hF, gF);
                if (step == null) {
                    break;
                }
                double lambda2 = 0;
                for (int i = 0; i < n; i++) {
                    lambda2 -= gF[i] * step[i];
                }
                if (!(lambda2 > 1e-20)) {
                    break;
                }
                double lambda = Math.sqrt(lambda2);
                // damped inside the Dikin ellipsoid; the full step is also inside once λ < 1
                double alpha = lambda > 0.25 ? 1 / (1 + lambda) : 1;
                double[] trial = new double[n];
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + alpha * step[i];
                }
                if (!strictlyFeasible(program, trial)) {
                    break; // only rounding can do this, in the last digits: stop with the current point
                }
                x = trial;
                if (lambda2 / 2 <= 1e-14) {
                    break;
                }
            }
            double value = Math.abs(program.value(x));
            if (m / (t * scale) <= tolerance * Math.max(1, value)) {
                converged = true;
                break;
            }
            t *= GROWTH;
        }
        double[] z = new double[m];
        for (int r = 0; r < m; r++) {
            // on the central path, z_r = 1/(t s_r) for the problem scaled by `scale`; unscaled for the caller
            z[r] = 1 / (t * scale * (program.h[r] - InteriorPointMethod.dot(program.g[r], x)));
        }
        return new InteriorPointMethod.Result(x, z, converged, iterations);
    }

    private static boolean strictlyFeasible(LogAffineProgram program, double[] x) {
        for (int r = 0; r < program.h.length; r++) {
            if (!(InteriorPointMethod.dot(program.g[r], x) < program.h[r])) {
                return false;
            }
        }
        return program.inDomain(x);
    }

    /** Solves H Δ = −g by Cholesky (a tiny ridge only if rounding made H lose definiteness). */
    private static double[] newton(double[][] h, double[] g) {
        int n = g.length;
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, h[i][i]);
        }
        double ridge = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                double[][] k = new double[n][];
                for (int i = 0; i < n; i++) {
                    k[i] = h[i].clone();
                    k[i][i] += ridge;
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        double v = 0.5 * (k[i][j] + k[j][i]);
                        k[i][j] = v;
                        k[j][i] = v;
                    }
                }
                DecompositionSolver solver = new CholeskyDecomposition(new Array2DRowRealMatrix(k, false), 1e-12,
                        1e-300).getSolver();
                double[] minus = new double[n];
                for (int i = 0; i < n; i++) {
                    minus[i] = -g[i];
                }
                RealVector d = solver.solve(new ArrayRealVector(minus, false));
                return d.toArray();
            } catch (MathIllegalArgumentException e) {
                ridge = ridge == 0 ? 1e-14 * Math.max(maxDiag, 1e-300) : ridge * 1e3;
            }
        }
        return null;
    }

    /**
     * The centre of the largest ball in {G x ≤ h} (rows scaled to unit norm), by Hipparchus' simplex with free
     * variables.
     *
     * @return a strictly interior point, or null when there is none
     */
    static double[] chebyshevCentre(LogAffineProgram program) {
        int n = program.n;
        int m = program.h.length;
        List<LinearConstraint> rows = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            double norm = 0;
            for (double v : program.g[r]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double[] a = new double[n + 1];
            for (int j = 0; j < n; j++) {
                a[j] = program.g[r][j] / norm;
            }
            a[n] = 1;
            rows.add(new LinearConstraint(a, Relationship.LEQ, program.h[r] / norm));
        }
        // the radius is capped at 1 (x is O(1)), so the LP is bounded even for an unbounded polyhedron
        double[] cap = new double[n + 1];
        cap[n] = 1;
        rows.add(new LinearConstraint(cap, Relationship.LEQ, 1));
        double[] objective = new double[n + 1];
        objective[n] = 1;
        double[] sol = LinearPrograms.solveFree(objective, GoalType.MAXIMIZE, rows);
        if (sol == null || !(sol[n] > 1e-12)) {
            return null;
        }
        double[] x = new double[n];
        System.arraycopy(sol, 0, x, 0, n);
        return strictlyFeasible(program, x) ? x : null;
    }
}
