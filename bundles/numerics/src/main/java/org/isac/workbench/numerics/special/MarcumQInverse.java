package org.isac.workbench.numerics.special;

import org.hipparchus.special.Erf;

/**
 * Inversions of the Marcum Q-function needed by the GLRT detector of the CoMP-ISAC letter (workbench
 * specification, section 4 "Inversions", and section 2 eqs. (10) and (18)).
 *
 * <ul>
 * <li>{@link #gammaThreshold(int, double)}: the detection threshold δ with
 * P_FA = Γ(L, δ)/Γ(L) = e^{−δ} Σ_{k&lt;L} δ^k/k! (inversion in b of Q_L(0, b) = P_FA, with b = √(2δ)).</li>
 * <li>{@link #minimumNoncentrality(int, double, double)}: λ_min(ξ), the smallest noncentrality λ with
 * Q_L(√λ, √(2δ)) = ξ (inversion in a), which turns the probability-of-detection constraint into the linear
 * constraint (18).</li>
 * </ul>
 *
 * <p>Both are accurate to a few ulps times the condition number of the inverse problem. Thread-safe.
 */
public final class MarcumQInverse {

    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 200;

    private MarcumQInverse() {
    }

    /**
     * The GLRT threshold δ solving Γ(L, δ)/Γ(L) = P_FA, eq. (10) of the letter.
     *
     * <p>Newton's method on g(δ) = ln Q(L, δ) − ln P_FA with g′(δ) = −Poi(L−1; δ)/Q(L, δ), where Q is the
     * regularized upper incomplete gamma function computed as a Poisson tail sum (no underflow, full relative
     * accuracy). The Gamma(L ≥ 1) law has an increasing failure rate, so g is concave and decreasing; started right
     * of the root at δ₀ = L + 3√L − ln P_FA (moved further right if needed), the iterates decrease monotonically
     * onto the root: the method is globally convergent and needs fewer than 10 iterations. For L = 3,
     * P_FA = 10⁻⁶ it returns 19.129168188604843 (specification section 2).
     *
     * @param l the number L ≥ 1 of degrees of freedom of the complex statistic (cooperating base stations)
     * @param pfa the false-alarm probability, 0 &lt; P_FA ≤ 1
     * @return δ ≥ 0 (0 for P_FA = 1)
     * @throws IllegalArgumentException if l &lt; 1 or pfa is not in (0, 1]
     */
    public static double gammaThreshold(int l, double pfa) {
        if (l < 1) {
            throw new IllegalArgumentException("L must be an integer >= 1, got " + l);
        }
        if (!(pfa > 0 && pfa <= 1)) {
            throw new IllegalArgumentException("pfa must be a probability with 0 < pfa <= 1, got " + pfa);
        }
        if (pfa == 1) {
            return 0.0;
        }
        double logPfa = Math.log(pfa);
        double delta = l + 3 * Math.sqrt(l) - logPfa;
        double[] g = MarcumQ.centralLogQ(l, delta);
        while (g[0] > logPfa) {                  // make sure the start lies right of the root
            delta *= 2;
            g = MarcumQ.centralLogQ(l, delta);
        }
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double next = delta + (g[0] - logPfa) / g[1];   // g <= 0 here: the step goes left
            if (!(next < delta)) {
                return delta;                    // rounding level reached (g >= 0 or no progress)
            }
            if (delta - next <= 2 * EPS * delta) {
                return next;
            }
            delta = next;
            g = MarcumQ.centralLogQ(l, delta);
        }
        return delta;
    }

    /**
     * λ_min(ξ): the smallest noncentrality λ ≥ 0 with Q_L(√λ, √(2δ)) ≥ ξ, i.e. the root of
     * Q_L(√λ, √(2δ)) = ξ (eq. (18): the probability-of-detection constraint P_D ≥ ξ becomes
     * Σ_l P_l g_{l,i} ≥ λ_min σ²_s/(2N)). Q_L(√λ, b) is strictly increasing in λ from Q_L(0, b) (= P_FA when
     * δ = {@link #gammaThreshold(int, double) gammaThreshold(L, P_FA)}), so the answer is 0 when ξ ≤ Q_L(0, b).
     *
     * <p>Safeguarded Newton in λ on the logarithm of the smaller tail: G(λ) = ln Q_L(√λ, b) − ln ξ for ξ ≤ ½ and
     * G(λ) = ln(1 − ξ) − ln P_L(√λ, b) on the complementary tail for ξ &gt; ½, with the derivative
     * ∂Q_L/∂λ = ½ Pr{D = L} ({@link MarcumQ#skellamPmf(int, double, double)}, no cancellation). The bracket is
     * [0, (b + Φ⁻¹(ξ) + 1)²] (valid because Q_L ≥ Q_1 ≥ Φ(a − b); widened if ever needed); a Newton step leaving
     * the bracket is replaced by bisection. The start is the normal approximation of the noncentral χ².
     *
     * <p>Accuracy: a few ε times the conditioning 1 + 2ξ/(λ Pr{D = L}), which grows as ξ → 1 (at ξ = 0.999999
     * the rounding of ξ alone moves λ by about 4·10⁻¹² relative).
     *
     * @param l the order L ≥ 1
     * @param delta the GLRT threshold δ ≥ 0 of {@link #gammaThreshold(int, double)} (finite); b = √(2δ)
     * @param targetPd the required probability of detection ξ, 0 ≤ ξ &lt; 1
     * @return λ_min ≥ 0
     * @throws IllegalArgumentException if l &lt; 1, delta is negative, NaN or infinite, or targetPd is not in
     *         [0, 1)
     */
    public static double minimumNoncentrality(int l, double delta, double targetPd) {
        if (l < 1) {
            throw new IllegalArgumentException("L must be an integer >= 1, got " + l);
        }
        if (!(delta >= 0 && delta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("delta must be a finite threshold >= 0, got " + delta);
        }
        if (!(targetPd >= 0 && targetPd < 1)) {
            throw new IllegalArgumentException("targetPd must be a probability with 0 <= targetPd < 1, got "
                    + targetPd);
        }
        double b = Math.sqrt(2 * delta);
        double xi = targetPd;
        boolean upper = xi > 0.5;                 // solve on the complementary tail P = 1 - Q
        double logTarget = upper ? Math.log1p(-xi) : Math.log(xi);
        MarcumQ.Result atZero = MarcumQ.evaluate(l, 0, b);
        if (xi <= atZero.q()) {
            return 0.0;
        }
        double quantile = upper ? Math.sqrt(2) * Erf.erfcInv(2 * (1 - xi)) : -Math.sqrt(2) * Erf.erfcInv(2 * xi);
        double lo = 0;
        double hi = Math.max(square(b + quantile + 1), 1.0);
        while (residual(l, hi, b, upper, logTarget)[0] < 0) {
            lo = hi;
            hi *= 2;
            if (hi == Double.POSITIVE_INFINITY) {
                throw new ArithmeticException("no bracket for lambda_min(l = " + l + ", delta = " + delta
                        + ", targetPd = " + targetPd + ")");
            }
        }
        // normal approximation: 2L + lambda - 2 delta = t * 2 sqrt(L + lambda), t = quantile
        double s = quantile + Math.sqrt(Math.max(quantile * quantile + 2 * delta - l, 0));
        double lambda = square(s) - l;
        if (!(lambda > lo && lambda < hi)) {
            lambda = 0.5 * (lo + hi);
        }
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] g = residual(l, lambda, b, upper, logTarget);
            if (g[0] == 0) {
                return lambda;
            }
            if (g[0] < 0) {
                lo = lambda;
            } else {
                hi = lambda;
            }
            double next = g[1] > 0 ? lambda - g[0] / g[1] : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - lambda) <= 2 * EPS * lambda || hi - lo <= 2 * EPS * hi) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }

    /** {G(λ), G′(λ)}: G increasing in λ, zero at λ_min. */
    private static double[] residual(int l, double lambda, double b, boolean upper, double logTarget) {
        double a = Math.sqrt(lambda);
        MarcumQ.Result r = MarcumQ.evaluate(l, a, b);
        double slope = 0.5 * MarcumQ.skellamPmf(l, a, b);        // dQ/d(lambda)
        if (upper) {
            double p = r.oneMinusQ();
            return new double[] {logTarget - Math.log(p), slope / p};
        }
        double q = r.q();
        return new double[] {Math.log(q) - logTarget, slope / q};
    }

    private static double square(double v) {
        return v * v;
    }
}
