package org.isac.workbench.optimizer.internal;

import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.convex.ConvexSolver;
import org.ojalgo.type.context.NumberContext;

/**
 * The P-step by sequential quadratic programming on ojAlgo (the core of the {@code ojalgo} backend, without
 * OSGi): at the feasible iterate x, ojAlgo's {@link ConvexSolver} (an active-set QP solver, exact on its
 * active set) maximises the second-order model gᵀd − ½ dᵀ(−∇²S)d subject to the linear constraints at
 * x + d, then a backtracking (Armijo) line search along d keeps S increasing. S is concave with linear
 * constraints, so the SQP step with the exact Hessian is a projected Newton step: global convergence from
 * the line search, quadratic once the active set is identified.
 *
 * <p>Stops when the predicted ascent gᵀd, which is about twice the remaining gap S* − S(x) near the optimum,
 * falls below {@code tolerance}·max(1, |S|). The Hessian gets a ridge of 1e-12 of its largest diagonal entry
 * only to keep the QP strictly convex when the gains are rank-deficient; the fixed point (d = 0 at a KKT
 * point) does not depend on it.
 */
final class OjalgoSqpSurrogate implements SurrogateSolver {

    /** Newton steps; 10–20 suffice in practice, the cap is a safeguard. */
    static final int MAX_STEPS = 200;

    /**
     * ojAlgo's default feasibility context (12 significant digits, 8 decimals) lets a QP step violate a row by
     * 1e-8, which near the optimum is the size of the step itself; 14 digits keep the steps exact to well
     * below the 1e-10 agreement asked of the backends. A fresh object per QP: ojAlgo's options are mutable and
     * this backend may be called from several threads.
     *
     * @return the options of one QP solve
     */
    private static Optimisation.Options options() {
        Optimisation.Options options = new Optimisation.Options();
        options.feasibility = NumberContext.of(14, 14);
        return options;
    }

    @Override
    public double[] maximise(PowerAllocationProblem problem, double[] weights, double[][] constraintMatrix,
            double[] constraintBound, double[] start, double tolerance) {
        SurrogateProgram sp = SurrogateProgram.of(problem, weights, constraintMatrix, constraintBound, start);
        LogAffineProgram f = sp.program;
        int n = f.n;
        int m = f.h.length;
        double tol = tolerance > 0 ? tolerance : 1e-12;
        // rows scaled to unit Euclidean norm, so that ojAlgo's feasibility tolerance means the same for all rows
        double[][] g = new double[m][n];
        double[] h = new double[m];
        for (int r = 0; r < m; r++) {
            double norm = 0;
            for (double v : f.g[r]) {
                norm += v * v;
            }
            norm = norm > 0 ? Math.sqrt(norm) : 1;
            for (int j = 0; j < n; j++) {
                g[r][j] = f.g[r][j] / norm;
            }
            h[r] = f.h[r] / norm;
        }
        double[] x = sp.scaled(start);
        double[] grad = new double[n];
        double[][] hess = new double[n][n];
        double[] trial = new double[n];
        double value = f.value(x);
        for (int step = 0; step < MAX_STEPS; step++) {
            f.derivatives(x, grad, hess);
            double maxDiag = 0;
            for (int i = 0; i < n; i++) {
                maxDiag = Math.max(maxDiag, hess[i][i]);
            }
            double ridge = 1e-12 * Math.max(maxDiag, 1e-300);
            // Jacobi scaling d = D d' with D_jj = 1/√Q_jj: the QP ojAlgo sees has a unit diagonal and O(1) data,
            // which its absolute tolerances (feasibility 1e-8) need when the Hessian spans many decades
            double[] dScale = new double[n];
            for (int j = 0; j < n; j++) {
                dScale[j] = 1 / Math.sqrt(hess[j][j] + ridge);
            }
            R064Store q = R064Store.FACTORY.make(n, n);
            R064Store c = R064Store.FACTORY.make(n, 1);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    q.set(i, j, dScale[i] * (hess[i][j] + (i == j ? ridge : 0)) * dScale[j]);
                }
                c.set(i, 0, dScale[i] * grad[i]);
            }
            R064Store ai = R064Store.FACTORY.make(m, n);
            R064Store bi = R064Store.FACTORY.make(m, 1);
            for (int r = 0; r < m; r++) {
                double slack = h[r];
                double norm = 0;
                for (int j = 0; j < n; j++) {
                    slack -= g[r][j] * x[j];
                    norm += (g[r][j] * dScale[j]) * (g[r][j] * dScale[j]);
                }
                norm = norm > 0 ? Math.sqrt(norm) : 1;
                for (int j = 0; j < n; j++) {
                    ai.set(r, j, g[r][j] * dScale[j] / norm);
                }
                bi.set(r, 0, slack / norm);
            }
            // ojAlgo minimises ½ d'ᵀQd' − Cᵀd' subject to AI d' ≤ BI
            Optimisation.Result qp = ConvexSolver.newBuilder().objective(q, c).inequalities(ai, bi).build(options())
                    .solve();
            if (!qp.getState().isFeasible()) {
                break;
            }
            double[] d = new double[n];
            double ascent = 0;
            for (int j = 0; j < n; j++) {
                d[j] = dScale[j] * qp.doubleValue(j);
                ascent += grad[j] * d[j];
            }
            if (!(ascent > tol * Math.max(1, Math.abs(value)))) {
                break;
            }
            double alpha = 1;
            double next = Double.NEGATIVE_INFINITY;
            while (alpha > 1e-12) {
                for (int j = 0; j < n; j++) {
                    trial[j] = x[j] + alpha * d[j];
                }
                if (f.inDomain(trial)) {
                    next = f.value(trial);
                    if (next >= value + 1e-4 * alpha * ascent) {
                        break;
                    }
                }
                alpha *= 0.5;
                next = Double.NEGATIVE_INFINITY;
            }
            if (next == Double.NEGATIVE_INFINITY) {
                break;
            }
            System.arraycopy(trial, 0, x, 0, n);
            value = next;
        }
        return sp.finish(start, sp.powers(x));
    }
}
