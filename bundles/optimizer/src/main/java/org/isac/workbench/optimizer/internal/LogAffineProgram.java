package org.isac.workbench.optimizer.internal;

/**
 * maximise f(x) = Σ_k w_k ln(c_k + a_k·x) + q·x subject to G x ≤ h, with w_k ≥ 0: a concave objective over a
 * polyhedron. Both problems this bundle solves to high accuracy have this form: the PPA surrogate
 * S(P, t) = Σ_i [log₂ T_i(P) − t_i I_i(P)/ln 2] (T_i and I_i affine in P), and the relaxation the global
 * scheme bounds a box with (log₂ T_i plus the secant of −log₂ I_i, which is affine).
 *
 * <p>Arrays are referenced, not copied.
 */
final class LogAffineProgram {

    final int n;
    final double[][] a;
    final double[] c;
    final double[] w;
    final double[] q;
    final double[][] g;
    final double[] h;

    /**
     * @param a a_k (K × n)
     * @param c c_k (K)
     * @param w w_k ≥ 0 (K)
     * @param q linear term (n)
     * @param g G (m × n)
     * @param h h (m)
     */
    LogAffineProgram(double[][] a, double[] c, double[] w, double[] q, double[][] g, double[] h) {
        this.n = q.length;
        this.a = a;
        this.c = c;
        this.w = w;
        this.q = q;
        this.g = g;
        this.h = h;
    }

    /**
     * @param x point
     * @param k term
     * @return u_k(x) = c_k + a_k·x
     */
    double argument(double[] x, int k) {
        double u = c[k];
        for (int j = 0; j < n; j++) {
            u += a[k][j] * x[j];
        }
        return u;
    }

    /**
     * @param x point
     * @return whether every logarithm's argument is positive at x
     */
    boolean inDomain(double[] x) {
        for (int k = 0; k < c.length; k++) {
            if (!(argument(x, k) > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param x point in the domain
     * @return f(x)
     */
    double value(double[] x) {
        double f = 0;
        for (int k = 0; k < c.length; k++) {
            if (w[k] != 0) {
                f += w[k] * Math.log(argument(x, k));
            }
        }
        for (int j = 0; j < n; j++) {
            f += q[j] * x[j];
        }
        return f;
    }

    /**
     * @param x point in the domain
     * @param grad receives ∇f(x)
     * @param hess receives −∇²f(x) = Σ_k w_k a_k a_kᵀ / u_k² (positive semidefinite), or null
     */
    void derivatives(double[] x, double[] grad, double[][] hess) {
        System.arraycopy(q, 0, grad, 0, n);
        if (hess != null) {
            for (double[] row : hess) {
                java.util.Arrays.fill(row, 0);
            }
        }
        for (int k = 0; k < c.length; k++) {
            if (w[k] == 0) {
                continue;
            }
            double u = argument(x, k);
            double s = w[k] / u;
            for (int j = 0; j < n; j++) {
                grad[j] += s * a[k][j];
            }
            if (hess != null) {
                double s2 = s / u;
                for (int i = 0; i < n; i++) {
                    double ai = s2 * a[k][i];
                    if (ai != 0) {
                        for (int j = 0; j <= i; j++) {
                            hess[i][j] += ai * a[k][j];
                        }
                    }
                }
            }
        }
        if (hess != null) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    hess[j][i] = hess[i][j];
                }
            }
        }
    }
}
