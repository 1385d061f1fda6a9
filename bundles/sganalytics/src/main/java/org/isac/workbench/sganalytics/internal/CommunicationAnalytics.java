package org.isac.workbench.sganalytics.internal;

import static org.isac.workbench.sganalytics.internal.RateIntegrals.INNER_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.MIDDLE_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.OUTER_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.oneMinusPower;

import java.util.function.DoubleBinaryOperator;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Integrand;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Result;

/**
 * The communication rates of Section III, in nats (callers convert): Theorem 1 (eq. (11)) and its
 * "paper-literal" variant (§10 decision 1), Theorem 2 (eq. (12)) in its three forms (§10 decision 2), and
 * the functions behind Lemma 2 (eqs. (21)–(22)). Real K and Δ are accepted (continuous relaxation).
 */
final class CommunicationAnalytics {

    private CommunicationAnalytics() {
    }

    /**
     * Theorem 1: ∫_0^∞ (1 − (1+s)^{−Δ})/s · κ(s) ds with κ(s) = F_K(s)^{−1} for L_c = 1 and otherwise
     * κ(s) = E_η[F_K(sη^α)^{−L_c}] (exact, eq. (11)) or E_η[(1 + η^{−2}(F_K(sη^α) − 1))^{−1}] (paper-literal),
     * η with density 2(L_c − 1)η(1 − η²)^{L_c−2}, written with x = η² as (L_c − 1)(1 − x)^{L_c−2}dx on [0, 1].
     *
     * @param k users per cell K (real &gt; 0)
     * @param lc cluster size L_c &ge; 1
     * @param diversity Δ &gt; 0
     * @param alpha α &gt; 2
     * @param kernel exact or paper-literal
     * @return R_c in nats
     */
    static Result theorem1(double k, int lc, double diversity, double alpha, CommKernel kernel) {
        HypergeometricKernel f = new HypergeometricKernel(k, alpha);
        double delta = f.delta();
        double halfAlpha = alpha / 2;
        Integrand g;
        if (lc == 1) {
            g = (s, e) -> oneMinusPower(s, diversity) / f.value(s);
        } else {
            DoubleBinaryOperator density = kernel == CommKernel.EXACT
                    ? (s, x) -> Math.pow(f.value(s * Math.pow(x, halfAlpha)), -lc)
                    : (s, x) -> x / (x + f.minusOne(s * Math.pow(x, halfAlpha)));
            // the paper-literal kernel also turns where F_K − 1 ~ x, i.e. s x^{α/2−1} ~ 1
            double literalExponent = -1 / (halfAlpha - 1);
            g = (s, e) -> {
                // F_K(s x^{α/2}) turns at x ~ s^{−δ}
                double turn = Math.pow(s, -delta);
                double scale = kernel == CommKernel.EXACT ? turn : Math.min(turn, Math.pow(s, literalExponent));
                Result inner = RateIntegrals.scaleAware(
                        (x, ignored) -> (lc - 1) * Math.pow(1 - x, lc - 2) * density.applyAsDouble(s, x), 1, scale,
                        new double[] {turn}, MIDDLE_TOLERANCE, 0);
                double signal = oneMinusPower(s, diversity);
                e[0] = signal * inner.error();
                return signal * inner.value();
            };
        }
        return RateIntegrals.halfLine(g, delta, 1, new double[] {1 / diversity}, OUTER_TOLERANCE, 0);
    }

    /**
     * Theorem 2 (eq. (12)) and its variants, with the MISR gain G = G_{L_c}:
     * MEAN_SIGNAL ∫(1 − e^{−sGΔ})/(s F_K(s)) ds; GAMMA_SIGNAL ∫(1 − (1 + sG)^{−Δ})/(s F_K(s)) ds;
     * EXPONENTIAL_INTERFERENCE ∫(1 − e^{−sGΔ/K})/(s F_1(s)) ds.
     *
     * @param k users per cell K (real &gt; 0)
     * @param lc cluster size L_c &ge; 1 (real)
     * @param diversity Δ &gt; 0
     * @param alpha α &gt; 2
     * @param form the variant
     * @return the approximate R_c in nats
     */
    static Result theorem2(double k, double lc, double diversity, double alpha, MisrForm form) {
        double gain = HypergeometricKernel.misrGain(lc, alpha);
        HypergeometricKernel f = new HypergeometricKernel(form == MisrForm.EXPONENTIAL_INTERFERENCE ? 1 : k, alpha);
        double scale = switch (form) {
            case MEAN_SIGNAL -> gain * diversity;
            case GAMMA_SIGNAL -> gain;
            case EXPONENTIAL_INTERFERENCE -> gain * diversity / k;
        };
        Integrand g = form == MisrForm.GAMMA_SIGNAL
                ? (s, e) -> oneMinusPower(s * scale, diversity) / f.value(s)
                : (s, e) -> -Math.expm1(-s * scale) / f.value(s);
        return RateIntegrals.halfLine(g, f.delta(), 1, new double[] {1 / scale}, OUTER_TOLERANCE, 0);
    }

    /**
     * d/dK [K g_K(M_J − K + 1)] of eqs. (21)–(22), g_K(x) = ∫(1 − e^{−zx})/(z F_K(z)) dz, by central
     * differences of the integrand (same nodes for both sides, so the difference is free of quadrature noise),
     * keeping the K-dependence of F_K.
     *
     * @param k real K in (0, M_J + 1)
     * @param mj M_J = M − J(L_s − 1)
     * @param alpha α
     * @return the derivative, in nats
     */
    static Result lemma2Derivative(double k, double mj, double alpha) {
        double h = 1e-4 * Math.min(1, Math.min(k, mj + 1 - k));
        HypergeometricKernel plus = new HypergeometricKernel(k + h, alpha);
        HypergeometricKernel minus = new HypergeometricKernel(k - h, alpha);
        double x = mj - k + 1;
        Integrand g = (s, e) -> ((k + h) * -Math.expm1(-s * (x - h)) / plus.value(s)
                - (k - h) * -Math.expm1(-s * (x + h)) / minus.value(s)) / (2 * h);
        return RateIntegrals.halfLine(g, plus.delta(), 1, new double[] {1 / Math.max(x, 1e-3)}, INNER_TOLERANCE,
                1e-11 * k);
    }

    /**
     * @param k real K
     * @param mj M_J
     * @param alpha α
     * @return K g_K(M_J − K + 1) of eq. (21), in nats
     */
    static Result lemma2Objective(double k, double mj, double alpha) {
        Result g = theorem2(k, 1, mj - k + 1, alpha, MisrForm.MEAN_SIGNAL);
        return new Result(k * g.value(), k * g.quadratureError(), k * g.propagatedError(), g.evaluations());
    }
}
