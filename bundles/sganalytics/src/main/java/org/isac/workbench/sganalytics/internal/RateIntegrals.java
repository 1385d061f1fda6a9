package org.isac.workbench.sganalytics.internal;

import java.util.Arrays;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Integrand;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Result;

/**
 * The shared machinery of the rate formulas: Hamdi's integral ∫_0^∞ g(s) ds/s over the half line (recipe
 * "semi-infinite integrals" of specification §4) and the cancellation-free signal terms.
 *
 * <p>Every rate of the paper, after the substitution z = s·r^α, is ∫_0^∞ g(s) ds/s with g(s) = O(s^q) at 0
 * (q = 1 unless the echo path loss is steeper than the interference's) and g(s) = O(s^{−δ}) at ∞
 * (interference-limited PPP, δ = 2/α). The half line is split at s = 1:
 * <ul>
 * <li>[0, 1] with s = e^u, u ∈ [−U, 0], U = min(700, 46/q + max(0, −ln s_h)) with s_h the smallest scale
 * hint (where the signal term turns): the neglected piece ∫_0^{e^{−U}} g ds/s ≈ g(e^{−U})/q, about e^{−46}
 * relative, is added to the value and to the error;</li>
 * <li>[1, ∞) with t = s^{−δ} ∈ (0, 1]: ∫_1^∞ g(s) ds/s = (1/δ)∫_0^1 g(t^{−1/δ}) dt/t, whose integrand tends
 * to a finite limit at t = 0 (no truncation at all; the recipe's u &le; 45 cut would leave e^{−45δ}, i.e. 1e-5
 * at α = 8).</li>
 * </ul>
 */
final class RateIntegrals {

    /** Relative accuracy every public rate is computed to (total error estimate, checked before returning). */
    static final double TARGET_RELATIVE_ACCURACY = 1e-6;
    /** Tolerance of the outermost integral. */
    static final double OUTER_TOLERANCE = 1e-9;
    /** Tolerance of integrals nested once. */
    static final double MIDDLE_TOLERANCE = 1e-10;
    /** Tolerance of integrals nested twice. */
    static final double INNER_TOLERANCE = 1e-11;
    /** Subinterval cap of any single adaptive integral. */
    static final int MAX_INTERVALS = 400;
    /** ln 2, to convert nats to bits. */
    static final double LN2 = Math.log(2);
    /** Largest s evaluated (t = s^{−δ} → 0 maps beyond it): the integrands are at their limit there. */
    private static final double S_MAX = 1e300;

    private RateIntegrals() {
    }

    /**
     * ∫_0^∞ g(s) ds/s.
     *
     * @param g the integrand times s; may report its own error
     * @param delta δ = 2/α, the decay exponent of g at infinity
     * @param smallPower q &gt; 0 with g(s) = O(s^q) as s → 0
     * @param hints values of s where g changes fast (used as break points)
     * @param relTol relative tolerance
     * @param absTol absolute tolerance (the looser of the two applies)
     * @return the integral (nats when g is a rate integrand)
     */
    static Result halfLine(Integrand g, double delta, double smallPower, double[] hints, double relTol,
            double absTol) {
        // the cut sits 46/q below the smallest hint (where g starts its s^q behaviour), and at least at e^{-46/q}
        double smallest = Arrays.stream(hints).filter(h -> h > 0 && Double.isFinite(h)).min().orElse(1);
        double upperU = Math.min(700, 46 / smallPower + Math.max(0, -Math.log(smallest)));
        double[] lowPoints = points(-upperU, 0, Arrays.stream(hints).filter(h -> h > 0 && h < 1)
                .map(Math::log).toArray());
        Result low = AdaptiveQuadrature.integrate((u, e) -> g.value(Math.exp(u), e), lowPoints, relTol,
                absTol / 2, MAX_INTERVALS);
        double[] slot = new double[1];
        double cut = g.value(Math.exp(-upperU), slot) / smallPower;
        double[] highPoints = points(0, 1, Arrays.stream(hints).filter(h -> h > 1)
                .map(h -> Math.pow(h, -delta)).toArray());
        double inverse = -1 / delta;
        Result high = AdaptiveQuadrature.integrate((t, e) -> {
            double s = Math.min(Math.pow(t, inverse), S_MAX);
            double v = g.value(s, e) / (t * delta);
            e[0] /= t * delta;
            return v;
        }, highPoints, relTol, Math.max(absTol / 2, relTol * Math.abs(low.value())), MAX_INTERVALS);
        return new Result(low.value() + cut + high.value(), low.quadratureError() + high.quadratureError()
                + Math.abs(cut) + slot[0] / smallPower, low.propagatedError() + high.propagatedError(),
                low.evaluations() + high.evaluations() + 1);
    }

    /**
     * ∫_0^b f(x) dx for an integrand that is smooth on [0, x_0] and decays like a power of x beyond a scale
     * x_0 that may be many decades below b: [0, x_0] directly and [x_0, b] in v = ln x, where a power law is an
     * exponential that a few Gauss–Kronrod panels resolve (plain bisection would need one level per octave).
     *
     * @param f the integrand
     * @param b the upper end &gt; 0
     * @param scale x_0, where f starts to decay; ignored unless 0 &lt; x_0 &lt; b/4
     * @param breaks further break points in (0, b)
     * @param relTol relative tolerance
     * @param absTol absolute tolerance
     * @return the integral
     */
    static Result scaleAware(Integrand f, double b, double scale, double[] breaks, double relTol, double absTol) {
        if (!(scale > 0 && scale < b / 4)) {
            double[] all = Arrays.copyOf(breaks, breaks.length + 1);
            all[breaks.length] = scale;
            return AdaptiveQuadrature.integrate(f, points(0, b, all), relTol, absTol, MAX_INTERVALS);
        }
        Result low = AdaptiveQuadrature.integrate(f, points(0, scale, breaks), relTol, absTol / 2, MAX_INTERVALS);
        double[] logBreaks = Arrays.stream(breaks).filter(x -> x > scale && x < b).map(Math::log).toArray();
        Result high = AdaptiveQuadrature.integrate((v, e) -> {
            double x = Math.exp(v);
            double value = f.value(x, e) * x;
            e[0] *= x;
            return value;
        }, points(Math.log(scale), Math.log(b), logBreaks), relTol,
                Math.max(absTol / 2, relTol * Math.abs(low.value())), MAX_INTERVALS);
        return new Result(low.value() + high.value(), low.quadratureError() + high.quadratureError(),
                low.propagatedError() + high.propagatedError(), low.evaluations() + high.evaluations());
    }

    /**
     * @param a lower end
     * @param b upper end
     * @param breaks candidate break points; those strictly inside (a, b) are kept
     * @return a, the sorted distinct inner break points, b
     */
    static double[] points(double a, double b, double... breaks) {
        double[] inner = Arrays.stream(breaks).filter(x -> x > a && x < b && Double.isFinite(x)).sorted().distinct()
                .toArray();
        double[] all = new double[inner.length + 2];
        all[0] = a;
        System.arraycopy(inner, 0, all, 1, inner.length);
        all[all.length - 1] = b;
        return all;
    }

    /**
     * @param x &ge; 0
     * @param shape the exponent Δ &gt; 0
     * @return 1 − (1 + x)^{−Δ}, without cancellation
     */
    static double oneMinusPower(double x, double shape) {
        return -Math.expm1(-shape * Math.log1p(x));
    }

    /**
     * Checks a result against {@link #TARGET_RELATIVE_ACCURACY} and converts nats to bits.
     *
     * @param nats the integral in nats
     * @param what the quantity and its parameters, for the exception message
     * @return the rate in bit/s/Hz and its error estimate
     * @throws IllegalArgumentException when the value is not finite or its error is above the target
     */
    static double[] bits(Result nats, String what) {
        return bits(nats, what, TARGET_RELATIVE_ACCURACY);
    }

    /**
     * The same against another relative accuracy.
     *
     * @param nats the integral in nats
     * @param what the quantity and its parameters, for the exception message
     * @param target the relative accuracy required
     * @return the rate in bit/s/Hz and its error estimate
     */
    static double[] bits(Result nats, String what, double target) {
        double value = nats.value() / LN2;
        double error = (nats.error() + Math.abs(nats.value()) * 4 * HypergeometricKernel.RELATIVE_ACCURACY) / LN2;
        if (!Double.isFinite(value) || !(value > 0) || !(error <= target * value)) {
            throw new IllegalArgumentException(what + " cannot be computed to relative accuracy " + target + ": got "
                    + value + " +- " + error + " bit/s/Hz");
        }
        return new double[] {value, error};
    }
}
