package org.isac.workbench.optimizer.internal;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealVector;

/**
 * A primal–dual interior-point method (Mehrotra predictor–corrector, infeasible start) for a
 * {@link LogAffineProgram}, with the Newton systems solved by Hipparchus' Cholesky decomposition.
 *
 * <p>Why this method: the PPA P-step must be solved to about 1e-12 so that PPA's monotone sequence and its
 * 1e-9 stopping rule see the true surrogate optimum. A primal–dual method converges superlinearly to the
 * KKT point whatever the active set, needs no strictly feasible start (PPA's iterates sit on the budget
 * face, EPA at a vertex of the box), copes with degenerate vertices and with polytopes of empty interior
 * (the residual of Gx + s = h is driven to zero rather than assumed), and delivers dual multipliers, which
 * the global scheme needs for its certified bounds. Hipparchus' {@code SQPOptimizerS}/{@code GM} solve
 * their QP subproblems with ADMM, whose default accuracy (1e-5) is far from 1e-10; a log-barrier method
 * needs an interior start (it is kept as the fallback, {@link BarrierMethod}).
 *
 * <p>Steps are globalised by backtracking on the residual of the centred KKT system (Armijo), falling back
 * from the Mehrotra direction to the pure Newton direction when the former does not reduce it. On the
 * letter's instances this converges in 5–14 Newton steps; on badly scaled ones (SINRs of 1e7 and more, where
 * ln(c + a·x) acts as a barrier at x = 0) it can stall, which it reports ({@code converged = false}) so that
 * the caller can fall back to the barrier method.
 *
 * <p>Rows of G are scaled to unit Euclidean norm internally (returned multipliers refer to the caller's
 * rows). The caller should measure x in a unit that makes it O(1).
 */
final class InteriorPointMethod {

    /** The outcome. */
    static final class Result {
        /** The best iterate (primal): the last one unless rounding made later ones worse. */
        final double[] x;
        /** Multipliers of the caller's rows of G (≥ 0). */
        final double[] z;
        /** Whether the KKT conditions hold to the tolerance. */
        final boolean converged;
        /** Newton steps taken. */
        final int iterations;

        Result(double[] x, double[] z, boolean converged, int iterations) {
            this.x = x;
            this.z = z;
            this.converged = converged;
            this.iterations = iterations;
        }
    }

    /** Looks at each iterate and may end the solve early (the global scheme prunes on a certified bound). */
    @FunctionalInterface
    interface Monitor {
        /**
         * @param x primal iterate
         * @param z multipliers of the caller's rows
         * @return true to stop now
         */
        boolean stop(double[] x, double[] z);
    }

    /** A safeguard: 5–14 steps reach 1e-12 on the letter's instances. */
    static final int MAX_ITERATIONS = 200;
    /** Initial slack of rows the start meets with equality. */
    private static final double SLACK_FLOOR = 1e-6;
    /** Steps without a better merit after which the solve ends (rounding floor reached). */
    private static final int STALL_STEPS = 6;
    /** Fraction of the distance to the boundary of s, z ≥ 0 a step may go. */
    private static final double STEP_FRACTION = 0.995;

    private InteriorPointMethod() {
    }

    /**
     * @param program the problem (x in an O(1) unit)
     * @param start a point in the domain of f (need not be feasible)
     * @param tolerance relative accuracy of the KKT residuals and of the duality gap against max(1, |f|)
     * @param monitor called after every step, or null
     * @return the last iterate and multipliers
     */
    static Result solve(LogAffineProgram program, double[] start, double tolerance, Monitor monitor) {
        int n = program.n;
        int m = program.h.length;
        double[][] g = new double[m][];
        double[] h = new double[m];
        double[] norm = new double[m];
        for (int r = 0; r < m; r++) {
            double s = 0;
            for (double v : program.g[r]) {
                s += v * v;
            }
            s = Math.sqrt(s);
            // an all-zero row (0 ≤ h, h ≥ 0 by the caller) constrains nothing: keep it inert with norm 1
            norm[r] = s > 0 ? s : 1;
            g[r] = new double[n];
            for (int j = 0; j < n; j++) {
                g[r][j] = program.g[r][j] / norm[r];
            }
            h[r] = program.h[r] / norm[r];
        }
        double[] x = start.clone();
        double[] s = new double[m];
        double[] z = new double[m];
        double hScale = 1;
        for (int r = 0; r < m; r++) {
            // slacks start at the start's own slack, so rows it meets strictly stay met by every iterate (this
            // keeps x ≥ 0, hence every T_i, I_i ≥ σ², away from the logarithms' singularities), and 1e-6 (in
            // the O(1) scaling) above 0 on the rows it meets with equality; duals start at 1
            s[r] = Math.max(h[r] - dot(g[r], x), SLACK_FLOOR);
            z[r] = 1;
            hScale = Math.max(hScale, Math.abs(h[r]));
        }
        double[] grad = new double[n];
        double[][] hess = new double[n][n];
        double[] rd = new double[n];
        double[] rp = new double[m];
        double[] dx = new double[n];
        double[] ds = new double[m];
        double[] dz = new double[m];
        double[] dxa = new double[n];
        double[] dsa = new double[m];
        double[] dza = new double[m];
        double[] rc = new double[m];
        boolean converged = false;
        double bestMerit = Double.POSITIVE_INFINITY;
        double[] bestX = x.clone();
        double[] bestZ = z.clone();
        int sinceBest = 0;
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            program.derivatives(x, grad, hess);
            // minimising φ = −f: ∇φ = −grad, ∇²φ = hess. The dual residual is judged against the size of the
            // terms that cancel in it (|q|, Σ w|a|/u and |Gᵀz|), which is what rounding can disturb
            double dScale = 1;
            for (int j = 0; j < n; j++) {
                double v = -grad[j];
                double size = Math.abs(program.q[j]);
                for (int k = 0; k < program.c.length; k++) {
                    size += program.w[k] * Math.abs(program.a[k][j]) / program.argument(x, k);
                }
                for (int r = 0; r < m; r++) {
                    v += g[r][j] * z[r];
                    size += Math.abs(g[r][j]) * z[r];
                }
                rd[j] = v;
                dScale = Math.max(dScale, size);
            }
            double gap = 0;
            double rpNorm = 0;
            for (int r = 0; r < m; r++) {
                rp[r] = dot(g[r], x) + s[r] - h[r];
                rpNorm = Math.max(rpNorm, Math.abs(rp[r]));
                gap += s[r] * z[r];
            }
            double rdNorm = 0;
            for (double v : rd) {
                rdNorm = Math.max(rdNorm, Math.abs(v));
            }
            double fScale = Math.max(1, Math.abs(program.value(x)));
            double[] zCaller = callerMultipliers(z, norm);
            if (monitor != null && monitor.stop(x, zCaller)) {
                bestX = x.clone();
                bestZ = z.clone();
                break;
            }
            // merit ≤ 1 means converged; the best iterate is kept because rounding sets a floor under the
            // residuals, below which further steps only add noise
            double merit = Math.max(Math.max(rpNorm / (tolerance * hScale), rdNorm / (tolerance * dScale)),
                    gap / (tolerance * fScale));
            if (merit < bestMerit) {
                bestMerit = merit;
                bestX = x.clone();
                bestZ = z.clone();
                sinceBest = 0;
            } else if (++sinceBest >= STALL_STEPS) {
                break;
            }
            if (merit <= 1) {
                converged = true;
                break;
            }
            double mu = gap / m;
            // centring target never below a tenth of the gap asked for: pushing μ further only makes the
            // Newton matrix singular without improving the answer
            double muFloor = 0.1 * tolerance * fScale / m;
            DecompositionSolver solver = factor(hess, g, s, z);
            if (solver == null) {
                break;
            }
            // predictor (affine scaling): r_c = −s∘z
            for (int r = 0; r < m; r++) {
                rc[r] = -s[r] * z[r];
            }
            direction(solver, g, s, z, rd, rp, rc, dxa, dsa, dza);
            double ap = Math.min(1, maxStep(s, dsa));
            double ad = Math.min(1, maxStep(z, dza));
            double muAff = 0;
            for (int r = 0; r < m; r++) {
                muAff += (s[r] + ap * dsa[r]) * (z[r] + ad * dza[r]);
            }
            muAff /= m;
            double sigma = Math.min(1, Math.pow(muAff / mu, 3));
            double target = Math.max(sigma * mu, muFloor);
            // corrector: r_c = −s∘z − Δs_aff∘Δz_aff + σμ
            for (int r = 0; r < m; r++) {
                rc[r] = -s[r] * z[r] - dsa[r] * dza[r] + target;
            }
            direction(solver, g, s, z, rd, rp, rc, dx, ds, dz);
            // globalisation: the step must reduce the KKT residual of the centred system, ‖F_σμ‖, along which
            // the pure Newton direction is a descent direction; f is far from quadratic when an SINR is huge
            // (log(c + a·x) with c ≪ a behaves like a barrier at x = 0), and unguarded steps wander
            double before = residualNorm(program, g, h, x, s, z, target, grad);
            double alpha = lineSearch(program, g, h, x, s, z, dx, ds, dz, target, before, grad);
            if (alpha == 0) {
                // the Mehrotra correction is not a Newton direction of F_σμ; retry with the one that is
                for (int r = 0; r < m; r++) {
                    rc[r] = -s[r] * z[r] + target;
                }
                direction(solver, g, s, z, rd, rp, rc, dx, ds, dz);
                alpha = lineSearch(program, g, h, x, s, z, dx, ds, dz, target, before, grad);
            }
            if (alpha == 0) {
                break; // no progress possible at this precision
            }
            for (int j = 0; j < n; j++) {
                x[j] += alpha * dx[j];
            }
            for (int r = 0; r < m; r++) {
                s[r] += alpha * ds[r];
                z[r] += alpha * dz[r];
            }
        }
        return new Result(bestX, callerMultipliers(bestZ, norm), converged, it);
    }

    /**
     * Backtracking from the largest step that keeps s, z &gt; 0 (times 0.995) until x stays in the domain of f and
     * ‖F_σμ‖ decreases by at least 1e-4·α of its value (Armijo on the residual).
     *
     * @return the accepted step, 0 when none is found
     */
    private static double lineSearch(LogAffineProgram program, double[][] g, double[] h, double[] x, double[] s,
            double[] z, double[] dx, double[] ds, double[] dz, double target, double before, double[] work) {
        int n = x.length;
        int m = s.length;
        double alpha = Math.min(1, STEP_FRACTION * Math.min(maxStep(s, ds), maxStep(z, dz)));
        double[] tx = new double[n];
        double[] ts = new double[m];
        double[] tz = new double[m];
        for (int back = 0; back < 60 && alpha > 1e-12; back++, alpha *= 0.5) {
            for (int j = 0; j < n; j++) {
                tx[j] = x[j] + alpha * dx[j];
            }
            if (!program.inDomain(tx)) {
                continue;
            }
            for (int r = 0; r < m; r++) {
                ts[r] = s[r] + alpha * ds[r];
                tz[r] = z[r] + alpha * dz[r];
            }
            if (residualNorm(program, g, h, tx, ts, tz, target, work) <= (1 - 1e-4 * alpha) * before) {
                return alpha;
            }
        }
        return 0;
    }

    /** ‖(∇φ + Gᵀz, Gx + s − h, s∘z − target)‖₂ at a point in the domain of f. */
    private static double residualNorm(LogAffineProgram program, double[][] g, double[] h, double[] x, double[] s,
            double[] z, double target, double[] work) {
        int n = x.length;
        program.derivatives(x, work, null);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double v = -work[j];
            for (int r = 0; r < s.length; r++) {
                v += g[r][j] * z[r];
            }
            sum += v * v;
        }
        for (int r = 0; r < s.length; r++) {
            double p = dot(g[r], x) + s[r] - h[r];
            double c = s[r] * z[r] - target;
            sum += p * p + c * c;
        }
        return Math.sqrt(sum);
    }

    private static double[] callerMultipliers(double[] z, double[] norm) {
        double[] out = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            out[r] = z[r] / norm[r];
        }
        return out;
    }

    /**
     * Cholesky of the reduced Newton matrix ∇²φ + Gᵀ diag(z/s) G. Hipparchus' default positivity threshold
     * (1e-10, absolute) would reject the tiny pivots of directions held only by inactive rows near
     * convergence; those pivots are genuine, so the threshold is 1e-300, and a ridge of 1e-14 of the
     * largest diagonal entry is added only if the factorisation still fails.
     */
    private static DecompositionSolver factor(double[][] hess, double[][] g, double[] s, double[] z) {
        int n = hess.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(hess[i], 0, k[i], 0, n);
        }
        for (int r = 0; r < g.length; r++) {
            double d = z[r] / s[r];
            for (int i = 0; i < n; i++) {
                double gi = d * g[r][i];
                if (gi != 0) {
                    for (int j = 0; j < n; j++) {
                        k[i][j] += gi * g[r][j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (k[i][j] + k[j][i]);
                k[i][j] = v;
                k[j][i] = v;
            }
        }
        double ridge = 0;
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, k[i][i]);
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                double[][] kk = new double[n][];
                for (int i = 0; i < n; i++) {
                    kk[i] = k[i].clone();
                    kk[i][i] += ridge;
                }
                return new CholeskyDecomposition(new Array2DRowRealMatrix(kk, false), 1e-12, 1e-300).getSolver();
            } catch (MathIllegalArgumentException e) {
                ridge = ridge == 0 ? 1e-14 * Math.max(maxDiag, 1e-300) : ridge * 1e3;
            }
        }
        return null;
    }

    /**
     * Solves the Newton system for (Δx, Δs, Δz):
     * ∇²φ Δx + GᵀΔz = −r_d, GΔx + Δs = −r_p, ZΔs + SΔz = r_c, eliminated to
     * (∇²φ + GᵀS⁻¹ZG)Δx = −r_d − GᵀS⁻¹(r_c + Z r_p).
     */
    private static void direction(DecompositionSolver solver, double[][] g, double[] s, double[] z, double[] rd,
            double[] rp, double[] rc, double[] dx, double[] ds, double[] dz) {
        int n = rd.length;
        int m = s.length;
        double[] rhs = new double[n];
        for (int j = 0; j < n; j++) {
            rhs[j] = -rd[j];
        }
        for (int r = 0; r < m; r++) {
            double t = (rc[r] + z[r] * rp[r]) / s[r];
            for (int j = 0; j < n; j++) {
                rhs[j] -= g[r][j] * t;
            }
        }
        RealVector sol = solver.solve(new ArrayRealVector(rhs, false));
        for (int j = 0; j < n; j++) {
            dx[j] = sol.getEntry(j);
        }
        for (int r = 0; r < m; r++) {
            ds[r] = -rp[r] - dot(g[r], dx);
            dz[r] = (rc[r] - z[r] * ds[r]) / s[r];
        }
    }

    /** @return the largest α with v + α dv ≥ 0, capped at 1/STEP_FRACTION (so a damped step is at most 1) */
    private static double maxStep(double[] v, double[] dv) {
        double a = Double.MAX_VALUE;
        for (int i = 0; i < v.length; i++) {
            if (dv[i] < 0) {
                a = Math.min(a, -v[i] / dv[i]);
            }
        }
        return Math.min(a, 1 / STEP_FRACTION);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
