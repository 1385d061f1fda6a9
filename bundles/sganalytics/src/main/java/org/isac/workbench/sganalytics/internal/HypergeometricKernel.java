package org.isac.workbench.sganalytics.internal;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * F_K(z) = ₂F₁(K, −δ; 1 − δ; −z), δ = 2/α, for real K &gt; 0 and z &ge; 0 (specification §1 and recipe N1):
 * the factor of the PPP interference Laplace transform, 2π∫_R^∞[1 − (1 + zv^{−α})^{−K}]v dv =
 * πR²[F_K(zR^{−α}) − 1].
 *
 * <p>Three regimes, each used where it is accurate to a few units in the last place:
 * <ul>
 * <li>small z (z·(K + 1) &le; {@value #SERIES_LIMIT}): the Gauss series
 * F_K(z) − 1 = −δ Σ_{n&ge;1} (K)_n (−z)^n / (n! (n − δ)), which keeps F_K − 1 accurate where the
 * Beta form would cancel ({@link #minusOne});</li>
 * <li>large z ((K + δ) ln z &gt; {@value #ASYMPTOTIC_LOG}): F_K(z) = Γ(1−δ)Γ(K+δ)/Γ(K) z^δ + O(z^{−K}), the
 * connection formula of ₂F₁ at infinity, whose second branch is below 1e-17 relative there;</li>
 * <li>otherwise the incomplete-Beta form N1, F_K(z) = K z^δ B(z/(1+z); 1−δ, K+δ) + (1+z)^{−K}, with
 * Hipparchus' regularised Beta function (two positive terms, no cancellation).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class HypergeometricKernel {

    /** Upper end of the series regime, as z·(K + 1): the series ratio is then at most 0.1. */
    static final double SERIES_LIMIT = 0.1;
    /** Lower end of the asymptotic regime, as (K + δ) ln z: the dropped term is below e^{−40}. */
    static final double ASYMPTOTIC_LOG = 40;
    /**
     * Relative accuracy of {@link #value} and {@link #minusOne}: the worst case seen against mpmath over
     * K ∈ [0.3, 64], α ∈ [2.5, 8], z ∈ [1e-12, 1e30] is 7e-15 (HypergeometricKernelTest).
     */
    static final double RELATIVE_ACCURACY = 5e-14;

    private final double k;
    private final double delta;
    /** K·B(1 − δ, K + δ). */
    private final double kBeta;
    /** Γ(1 − δ)Γ(K + δ)/Γ(K) = K·B(1 − δ, K + δ), the large-z constant. */
    private final double asymptote;

    /**
     * @param k the Gamma shape K of the interferers' gains, real and &gt; 0
     * @param alpha the path-loss exponent α &gt; 2
     */
    HypergeometricKernel(double k, double alpha) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("K must be positive and finite, got " + k);
        }
        if (!(alpha > 2) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 2, got " + alpha);
        }
        this.k = k;
        this.delta = 2 / alpha;
        this.kBeta = k * Math.exp(Beta.logBeta(1 - delta, k + delta));
        this.asymptote = kBeta;
    }

    /** @return K */
    double k() {
        return k;
    }

    /** @return δ = 2/α */
    double delta() {
        return delta;
    }

    /** @return Γ(1−δ)Γ(K+δ)/Γ(K), so that F_K(z) ~ this·z^δ for large z */
    double asymptote() {
        return asymptote;
    }

    /**
     * @param z the argument, &ge; 0 (+∞ allowed)
     * @return F_K(z) &ge; 1
     */
    double value(double z) {
        if (z <= SERIES_LIMIT / (k + 1)) {
            return 1 + series(z);
        }
        return large(z);
    }

    /**
     * @param z the argument, &ge; 0
     * @return F_K(z) − 1 with full relative accuracy also for small z
     */
    double minusOne(double z) {
        if (z <= SERIES_LIMIT / (k + 1)) {
            return series(z);
        }
        return large(z) - 1;
    }

    private double large(double z) {
        if (!(z >= 0)) {
            throw new IllegalArgumentException("F_K argument must be >= 0, got " + z);
        }
        double logZ = Math.log(z);
        if ((k + delta) * logZ > ASYMPTOTIC_LOG) {
            return asymptote * Math.exp(delta * logZ);
        }
        // I_x(1−δ, K+δ) at x = z/(1+z); above the mean use I_x(a, b) = 1 − I_{1−x}(b, a) with 1 − x = 1/(1+z)
        // formed directly (Hipparchus would form 1 − x itself and lose the digits of 1 − x for large z)
        double a = 1 - delta;
        double b = k + delta;
        double x = z / (1 + z);
        double incomplete = x <= (a + 1) / (a + b + 2) ? Beta.regularizedBeta(x, a, b)
                : 1 - Beta.regularizedBeta(1 / (1 + z), b, a);
        return kBeta * Math.exp(delta * logZ) * incomplete + Math.exp(-k * Math.log1p(z));
    }

    /** F_K(z) − 1 by the Gauss series, for z(K + 1) &le; 0.1. */
    private double series(double z) {
        if (!(z >= 0)) {
            throw new IllegalArgumentException("F_K argument must be >= 0, got " + z);
        }
        if (z == 0) {
            return 0;
        }
        // term_n = (K)_n z^n / n!, contribution (−1)^{n+1} δ term_n / (n − δ)
        double term = 1;
        double sum = 0;
        for (int n = 1; n < 200; n++) {
            term *= (k + n - 1) * z / n;
            double contribution = delta * term / (n - delta);
            sum += (n % 2 == 1) ? contribution : -contribution;
            if (contribution <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }

    /**
     * @param l a cluster size L &ge; 1 (real)
     * @param alpha the path-loss exponent α &gt; 2
     * @return G_L = MISR_1/MISR_L = Γ(L + α/2)/(Γ(1 + α/2)Γ(L + 1)) (eq. (12))
     */
    static double misrGain(double l, double alpha) {
        double a = alpha / 2;
        return Math.exp(Gamma.logGamma(l + a) - Gamma.logGamma(1 + a) - Gamma.logGamma(l + 1));
    }
}
