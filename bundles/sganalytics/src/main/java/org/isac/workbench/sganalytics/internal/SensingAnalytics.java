package org.isac.workbench.sganalytics.internal;

import static org.isac.workbench.sganalytics.internal.RateIntegrals.INNER_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.MAX_INTERVALS;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.MIDDLE_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.OUTER_TOLERANCE;
import static org.isac.workbench.sganalytics.internal.RateIntegrals.oneMinusPower;

import org.hipparchus.special.Gamma;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Integrand;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Interval;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Result;

/**
 * The radar information rate of Section IV, in nats (callers convert), for every combination of
 * <ul>
 * <li>the interference hole: accounted for exactly (Proposition 3, eqs. (15)–(17), for L_s = 1 and (H1) for
 * L_s &ge; 2) or ignored (the no-hole benchmark for L_s = 1 and Theorem 3, eq. (18), for L_s &ge; 2);</li>
 * <li>n &ge; 0 nulled neighbours of the serving BS (n = L_s − 1, or n = L_s for the alternative edge of §10
 * decision 3);</li>
 * <li>any β: 2β = α gives the density-free closed forms (17), (18)-collapsed and (H1); otherwise the average
 * over a = πλ_b r² ~ Exp(1) is done numerically.</li>
 * </ul>
 *
 * <p>All in the normalised variables s = z r^α, τ = R/r (R = distance from the serving BS to its n-th
 * nearest other BS) and a = πλ_b r². Given a, the other BSs seen from the serving BS form a PPP of mean
 * measure (a/π)·m(τ) inside distance τ (m(τ) = πτ² minus the lens cut by the hole, or πτ² without hole), the
 * interferers beyond τ have Laplace transform exp(−(a/π)J(τ, s)) with J(τ, s) = ∫_τ^∞ (2π − φ(t))[1 −
 * (1 + s t^{−α})^{−K}] t dt (φ the angle of the hole, eq. (46)), so with ρ = (m + J)/π
 * <pre>
 * R_s = ∫ ds/s ∫ dτ n m'(τ) m(τ)^{n−1} π^{−n} · (1/n!) ∫ da a^n e^{−a(1+ρ)} φ_s(a),
 * φ_s(a) = 1 − (1 + s c_s (a/πλ_b)^{(α−2β)/2})^{−K},
 * </pre>
 * the a-integral being φ_s/(1 + ρ)^{n+1} when 2β = α ((H1) and the collapsed (18) of the specification), and
 * n = 0 meaning R = 0 (eqs. (15)–(17)).
 */
final class SensingAnalytics {

    private static final double HALF_PI = Math.PI / 2;

    private SensingAnalytics() {
    }

    /**
     * @param k users per cell K (shape of the echo and interference gains)
     * @param nulled n, the number of nulled neighbours of the serving BS (≥ 0)
     * @param hole whether the interference hole is accounted for
     * @param alpha α &gt; 2
     * @param beta β &gt; 1
     * @param cs the sensing gain c_s &gt; 0
     * @param density λ_b &gt; 0 (only used when 2β ≠ α)
     * @return R_s in nats
     */
    static Result radarRate(double k, int nulled, boolean hole, double alpha, double beta, double cs,
            double density) {
        return radarRate(k, nulled, hole, alpha, beta, cs, density, null);
    }

    /**
     * The same with the residual clutter of Remark 1 (eq. (19)) in the interference, for L_s = 1.
     *
     * @param k K
     * @param nulled n, 0 when there is clutter
     * @param hole whether the interference hole is accounted for
     * @param alpha α
     * @param beta β
     * @param cs c_s
     * @param density λ_b
     * @param clutter the clutter's Laplace transform, or null for none
     * @return R_s in nats
     */
    static Result radarRate(double k, int nulled, boolean hole, double alpha, double beta, double cs,
            double density, ClutterLaplace clutter) {
        if (clutter != null && nulled != 0) {
            throw new IllegalArgumentException("clutter (Remark 1) extends Proposition 3, L_s = 1; got " + nulled
                    + " nulled neighbours");
        }
        if (clutter == null && !hole && Math.abs(alpha - 2 * beta) >= 2e-12) {
            return holeIgnoredProduct(k, nulled, alpha, beta, cs, density);
        }
        Model model = new Model(k, nulled, hole, alpha, beta, cs, density, clutter);
        return RateIntegrals.halfLine(model::integrand, model.f.delta(), model.smallPower(), model.hints(),
                OUTER_TOLERANCE, 0);
    }

    /**
     * The hole-ignored rates (no-hole benchmark, Theorem 3) for any β in the form of eq. (18), where the
     * serving distance r and the nulled-edge distance R are independent: with z = w(πλ_b)^{−α/2},
     * a = πλ_b r² ~ Exp(1) and b = πλ_b R² ~ Gamma(n, 1),
     * <pre>
     * R_s = ∫ dw/w · E_a[1 − (1 + w c' a^{−β})^{−K}] · E_b[e^{−b(F_K(w b^{−α/2}) − 1)}],  c' = c_s(πλ_b)^{β−α/2},
     * </pre>
     * the last factor being e^{−Γ(1−δ)Γ(K+δ)/Γ(K)·w^δ} for n = 0. Two one-dimensional inner integrals instead of
     * a nested pair; used when 2β ≠ α.
     *
     * @param k K
     * @param n nulled neighbours (≥ 0)
     * @param alpha α
     * @param beta β
     * @param cs c_s
     * @param density λ_b
     * @return R_s in nats
     */
    static Result holeIgnoredProduct(double k, int n, double alpha, double beta, double cs, double density) {
        HypergeometricKernel f = new HypergeometricKernel(k, alpha);
        double delta = f.delta();
        double logScaled = Math.log(cs) + (beta - alpha / 2) * Math.log(Math.PI * density);
        double halfAlpha = alpha / 2;
        double logGammaN = n > 0 ? Gamma.logGamma(n) : 0;
        double aLow = Math.log(1e-40);
        double aHigh = Math.log(60);
        double bLow = n > 0 ? (Math.log(1e-40) + Gamma.logGamma(n + 1)) / n : 0;
        double bHigh = Math.log(n + 60 + 15 * Math.sqrt(n + 1));
        AdaptiveQuadrature.Integrand g = (w, error) -> {
            double logW = Math.log(w);
            // E_a[1 − (1 + w c' a^{−β})^{−K}], a = e^u ~ Exp(1)
            Result signal = AdaptiveQuadrature.integrate((u, ignored) -> Math.exp(u - Math.exp(u))
                    * oneMinusPower(Math.exp(logW + logScaled - beta * u), k),
                    RateIntegrals.points(aLow, aHigh, (logW + logScaled) / beta, 0), MIDDLE_TOLERANCE, 1e-300,
                    MAX_INTERVALS);
            double asymptotic = f.asymptote() * Math.exp(delta * logW);
            double laplace;
            double laplaceError = 0;
            if (n == 0) {
                laplace = Math.exp(-asymptotic);
            } else {
                Result r = AdaptiveQuadrature.integrate((u, ignored) -> {
                    double z = Math.exp(logW - halfAlpha * u);
                    double bf = Double.isInfinite(z) ? asymptotic : Math.exp(u) * f.value(z);
                    return Math.exp(n * u - bf - logGammaN);
                }, RateIntegrals.points(bLow, bHigh, delta * logW, Math.log(n)), MIDDLE_TOLERANCE, 1e-300,
                        MAX_INTERVALS);
                laplace = r.value();
                laplaceError = r.error();
            }
            error[0] = signal.error() * laplace + signal.value() * laplaceError;
            return signal.value() * laplace;
        };
        double[] hints = {Math.pow(f.asymptote(), -1 / delta), Math.exp(-logScaled), 1};
        return RateIntegrals.halfLine(g, delta, 1 / beta, hints, OUTER_TOLERANCE, 0);
    }

    /**
     * The area the hole leaves inside distance τ = 2 sin ε of the serving BS (normalised r = 1):
     * m = πτ² − A_∩(τ; 1) = 2(π + 2ε) sin²ε + (sin 2ε − 2ε), accurate also for small ε (no cancellation of
     * the O(ε) terms).
     *
     * @param eps ε ∈ [0, π/2]
     * @return m(τ(ε))
     */
    static double holeFreeArea(double eps) {
        double s = Math.sin(eps);
        return 2 * (Math.PI + 2 * eps) * s * s + sinMinusIdentity(2 * eps);
    }

    /**
     * @param eps ε ∈ [0, π/2]
     * @return dm/dε = m'(τ) dτ/dε = 2(π + 2ε) sin 2ε
     */
    static double holeFreeAreaDerivative(double eps) {
        return 2 * (Math.PI + 2 * eps) * Math.sin(2 * eps);
    }

    /** sin x − x without cancellation. */
    static double sinMinusIdentity(double x) {
        if (Math.abs(x) >= 0.5) {
            return Math.sin(x) - x;
        }
        double x2 = x * x;
        double term = -x * x2 / 6;
        double sum = term;
        for (int j = 2; j < 12; j++) {
            term *= -x2 / ((2 * j) * (2 * j + 1));
            sum += term;
        }
        return sum;
    }

    /** The integrands of one evaluation. */
    private static final class Model {
        final HypergeometricKernel f;
        final double k;
        final int n;
        final boolean hole;
        final double alpha;
        final double delta;
        /** (α − 2β)/2, the exponent of a in the echo's normalised SNR; 0 = density-free. */
        final double gamma;
        final boolean densityFree;
        final double cs;
        final double logPiLambda;
        final double logNFactorial;
        /** ln(c_s (πλ_b)^{−γ}). */
        final double logSignal;
        final PsiTable psiTable;
        /** Remark 1's clutter, or null. */
        final ClutterLaplace clutter;

        Model(double k, int n, boolean hole, double alpha, double beta, double cs, double density,
                ClutterLaplace clutter) {
            this.clutter = clutter;
            this.f = new HypergeometricKernel(k, alpha);
            this.k = k;
            this.n = n;
            this.hole = hole;
            this.alpha = alpha;
            this.delta = 2 / alpha;
            this.gamma = (alpha - 2 * beta) / 2;
            this.densityFree = Math.abs(gamma) < 1e-12;
            this.cs = cs;
            this.logPiLambda = Math.log(Math.PI * density);
            this.logNFactorial = Gamma.logGamma(n + 1);
            this.logSignal = Math.log(cs) - gamma * logPiLambda;
            // (H1) with 2β ≠ α evaluates Ψ at every (s, τ) node: tabulate it once instead
            this.psiTable = !densityFree && hole && n > 0 ? new PsiTable() : null;
        }

        double smallPower() {
            return gamma < -1 ? 1 / -gamma : 1;
        }

        double[] hints() {
            double typical = cs * Math.exp(-gamma * logPiLambda);
            return new double[] {1 / typical, 1};
        }

        /** φ_s(a) = 1 − (1 + s c_s (a/πλ)^γ)^{−K}. */
        double signal(double s, double a) {
            double snr = densityFree ? s * cs : s * cs * Math.exp(gamma * (Math.log(a) - logPiLambda));
            return oneMinusPower(snr, k);
        }

        /** s × the integrand of ds/s. */
        double integrand(double s, double[] error) {
            double value;
            if (n == 0) {
                double[] slot = new double[1];
                double rho = f.asymptote() * Math.pow(s, delta);
                double rhoError = 0;
                if (hole) {
                    Result h = holeIntegral(0, s, MIDDLE_TOLERANCE);
                    rho -= h.value() / Math.PI;
                    rhoError = h.error() / Math.PI;
                }
                if (clutter != null) {
                    Result cluttered = clutteredAverage(rho, s);
                    error[0] = cluttered.error() + cluttered.value() * rhoError / (1 + rho);
                    return cluttered.value();
                }
                double expectation = expectation(rho, s, slot, MIDDLE_TOLERANCE);
                value = expectation / (1 + rho);
                error[0] = slot[0] / (1 + rho) + value * rhoError / (1 + rho);
            } else {
                Result middle = hole ? exactMiddle(s) : holeIgnoredMiddle(s);
                value = middle.value();
                error[0] = middle.error();
            }
            if (densityFree) {
                double phi = signal(s, 1);
                value *= phi;
                error[0] *= phi;
            }
            return value;
        }

        /**
         * ∫ da e^{−a(1+ρ)} φ_s(a) Φ_C(s, a) for n = 0: the clutter depends on the physical distance r, so the
         * a-average has no closed form even when 2β = α; by adaptive quadrature over ln a.
         */
        Result clutteredAverage(double rho, double s) {
            double peak = -Math.log1p(rho);
            double[] slot = new double[1];
            return AdaptiveQuadrature.integrate((u, error) -> {
                double a = Math.exp(u);
                double phiC = clutter.laplace(s, a, slot);
                double weight = a * Math.exp(-a * (1 + rho)) * signal(s, a);
                error[0] = weight * slot[0];
                return weight * phiC;
            }, RateIntegrals.points(peak + Math.log(1e-30), peak + Math.log(60), peak), MIDDLE_TOLERANCE, 1e-300,
                    MAX_INTERVALS);
        }

        /**
         * E_{b~Gamma(n+1,1)}[φ_s(b/(1+ρ))], the a-average of eq. (47) normalised so that it is φ_s when
         * 2β = α (then 1 is returned and the caller multiplies by φ_s). It depends on (ρ, s) only through
         * c = s c_s (πλ_b)^{−γ}(1 + ρ)^{−γ}: E = Ψ(c) = E_b[1 − (1 + c b^γ)^{−K}].
         */
        double expectation(double rho, double s, double[] error, double tol) {
            if (densityFree) {
                return 1;
            }
            double logC = Math.log(s) + logSignal - gamma * Math.log1p(rho);
            return psiTable != null ? psiTable.value(logC, error) : psi(logC, error, tol);
        }

        /** Ψ(e^{logC}) by adaptive quadrature over ln b. */
        double psi(double logC, double[] error, double tol) {
            double lower = (Math.log(1e-40) + Gamma.logGamma(n + 2)) / (n + 1);
            double upper = Math.log(n + 60 + 15 * Math.sqrt(n + 1));
            // the bracket changes where c b^γ = 1
            double transition = -logC / gamma;
            Result r = AdaptiveQuadrature.integrate((u, ignored) -> Math.exp((n + 1) * u - Math.exp(u) - logNFactorial)
                    * oneMinusPower(Math.exp(logC + gamma * u), k),
                    RateIntegrals.points(lower, upper, n > 0 ? Math.log(n) : 0, transition), tol, 1e-300,
                    MAX_INTERVALS);
            error[0] = r.error();
            return r.value();
        }

        /**
         * The interference removed by the hole beyond distance τ = 2 sin ε of the serving BS:
         * 2∫_τ^2 arccos(t/2)[1 − (1 + s t^{−α})^{−K}] t dt = 4∫_ε^{π/2} (π/2 − e) sin 2e [·](t = 2 sin e) de.
         */
        Result holeIntegral(double eps, double s, double tol) {
            return AdaptiveQuadrature.integrate(holeIntegrand(s), holePoints(eps, s), tol, 1e-300, MAX_INTERVALS);
        }

        private Integrand holeIntegrand(double s) {
            return (e, ignored) -> {
                double t = 2 * Math.sin(e);
                return 4 * (HALF_PI - e) * Math.sin(2 * e) * oneMinusPower(s * Math.pow(t, -alpha), k);
            };
        }

        private double[] holePoints(double eps, double s) {
            double edge = Math.pow(k * s, 1 / alpha);
            return edge < 2 ? RateIntegrals.points(eps, HALF_PI, Math.asin(edge / 2)) : new double[] {eps, HALF_PI};
        }

        /**
         * The hole integral for one s at many ε: adaptive partitions of [0, π/2] are computed once (in e up to
         * the turn e_0 of the bracket, in ln e beyond it when e_0 &lt; π/8, where the integrand is a power law);
         * the integral from ε is the partitions' tail sum plus one 21-point rule on the part of ε's subinterval
         * above ε (a sub-range of an interval on which the rule already met the tolerance).
         */
        final class HoleTable {
            private final Integrand linear;
            private final Integrand logarithmic;
            private final double split;
            private final Interval[] linearParts;
            private final Interval[] logParts;
            private final double[][] linearTail;
            private final double[][] logTail;

            HoleTable(double s, double tol) {
                linear = holeIntegrand(s);
                logarithmic = (v, e) -> {
                    double x = Math.exp(v);
                    return linear.value(x, e) * x;
                };
                double edge = Math.pow(k * s, 1 / alpha);
                double turn = edge < 2 ? Math.asin(edge / 2) : HALF_PI;
                if (turn < HALF_PI / 4) {
                    split = turn;
                    linearParts = AdaptiveQuadrature.partition(linear, new double[] {0, split}, tol, 1e-300,
                            MAX_INTERVALS);
                    logParts = AdaptiveQuadrature.partition(logarithmic, new double[] {Math.log(split),
                        Math.log(HALF_PI)}, tol, 1e-300, MAX_INTERVALS);
                } else {
                    split = HALF_PI;
                    linearParts = AdaptiveQuadrature.partition(linear, holePoints(0, s), tol, 1e-300, MAX_INTERVALS);
                    logParts = new Interval[0];
                }
                linearTail = tails(linearParts);
                logTail = tails(logParts);
            }

            private double[][] tails(Interval[] parts) {
                double[][] tail = new double[2][parts.length + 1];
                for (int i = parts.length - 1; i >= 0; i--) {
                    tail[0][i] = tail[0][i + 1] + parts[i].value();
                    tail[1][i] = tail[1][i + 1] + parts[i].error();
                }
                return tail;
            }

            /** @return 2∫_τ^2 arccos(t/2)[1 − (1 + s t^{−α})^{−K}] t dt, τ = 2 sin ε, and its error */
            double[] from(double eps) {
                if (eps >= split) {
                    return from(logParts, logTail, logarithmic, Math.log(eps), 0, 0);
                }
                return from(linearParts, linearTail, linear, eps, logTail[0][0], logTail[1][0]);
            }

            private double[] from(Interval[] parts, double[][] tail, Integrand f, double x, double plus,
                    double plusError) {
                if (parts.length == 0) {
                    return new double[] {plus, plusError};
                }
                int lo = 0;
                int hi = parts.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (parts[mid].a() <= x) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                Interval part = parts[lo];
                if (x <= part.a()) {
                    return new double[] {tail[0][lo] + plus, tail[1][lo] + plusError};
                }
                if (x >= part.b()) {
                    return new double[] {tail[0][lo + 1] + plus, tail[1][lo + 1] + plusError};
                }
                Interval partial = AdaptiveQuadrature.rule(f, x, part.b());
                return new double[] {partial.value() + tail[0][lo + 1] + plus,
                    partial.error() + tail[1][lo + 1] + plusError};
            }
        }

        /** (H1): the middle integral over the distance to the n-th nearest neighbour, hole included. */
        Result exactMiddle(double s) {
            double edge = Math.pow(s, 1 / alpha);
            double turn = edge < 2 ? Math.asin(edge / 2) : HALF_PI;
            HoleTable table = new HoleTable(s, INNER_TOLERANCE);
            Result near = RateIntegrals.scaleAware((eps, error) -> {
                double tau = 2 * Math.sin(eps);
                double m = holeFreeArea(eps);
                double[] h = table.from(eps);
                double j = Math.PI * tau * tau * f.minusOne(s * Math.pow(tau, -alpha)) - h[0];
                double denominator = Math.PI + m + j;
                double[] slot = new double[1];
                double expectation = expectation((m + j) / Math.PI, s, slot, INNER_TOLERANCE);
                double base = n * holeFreeAreaDerivative(eps) * Math.pow(m, n - 1) * Math.PI
                        * Math.pow(denominator, -(n + 1));
                double value = base * expectation;
                error[0] = base * slot[0] + (n + 1) * Math.abs(value) * h[1] / denominator;
                return value;
            }, HALF_PI, turn, new double[0], MIDDLE_TOLERANCE, 0);
            Result far = farTail(s, 0.25);
            return sum(near, far);
        }

        /**
         * (H1) beyond distance 2, where the hole no longer cuts the circles around the serving BS:
         * m = π(τ² − 1), and with y = 1/τ² ∈ (0, y_max] the weight is n (1 − y)^{n−1} F^{−(n+1)},
         * F = F_K(s y^{α/2}), 1 + ρ = F/y.
         */
        Result farTail(double s, double yMax) {
            double halfAlpha = alpha / 2;
            return RateIntegrals.scaleAware((y, error) -> {
                double big = f.value(s * Math.pow(y, halfAlpha));
                double[] slot = new double[1];
                double expectation = expectation(big / y - 1, s, slot, INNER_TOLERANCE);
                double base = n * Math.pow(1 - y, n - 1) * Math.pow(big, -(n + 1));
                error[0] = base * slot[0];
                return base * expectation;
            }, yMax, Math.pow(s, -delta), new double[0], MIDDLE_TOLERANCE, 0);
        }

        /**
         * Theorem 3 (hole ignored): the nulled-edge distance is independent of r, πλR² ~ Gamma(n, 1); with
         * q = τ² ∈ (0, 1] the weight is n q^{n−1}(1 + qF_K(s q^{−α/2}))^{−(n+1)}, with y = 1/τ² ∈ (0, 1] it is
         * n (y + F_K(s y^{α/2}))^{−(n+1)}.
         */
        Result holeIgnoredMiddle(double s) {
            double halfAlpha = alpha / 2;
            double asymptotic = f.asymptote() * Math.pow(s, delta);
            Result near = RateIntegrals.scaleAware((q, error) -> {
                double z = s * Math.pow(q, -halfAlpha);
                double qf = Double.isInfinite(z) ? asymptotic : q * f.value(z);
                double[] slot = new double[1];
                double expectation = expectation(qf, s, slot, INNER_TOLERANCE);
                double base = n * Math.pow(q, n - 1) * Math.pow(1 + qf, -(n + 1));
                error[0] = base * slot[0];
                return base * expectation;
            }, 1, Math.pow(s, delta), new double[0], MIDDLE_TOLERANCE, 0);
            Result far = RateIntegrals.scaleAware((y, error) -> {
                double big = f.value(s * Math.pow(y, halfAlpha));
                double[] slot = new double[1];
                double expectation = expectation(big / y, s, slot, INNER_TOLERANCE);
                double base = n * Math.pow(y + big, -(n + 1));
                error[0] = base * slot[0];
                return base * expectation;
            }, 1, Math.pow(s, -delta), new double[0], MIDDLE_TOLERANCE, 0);
            return sum(near, far);
        }

        /**
         * ln Ψ(e^x) as piecewise Chebyshev series of degree {@value #DEGREE} on x ∈ [{@value #X_MIN},
         * {@value #X_MAX}], pieces halved until the last two coefficients are below {@value #TABLE_TOLERANCE}
         * (the error of ln Ψ, i.e. the relative error of Ψ). Outside: Ψ ~ c^q below (q = 1, or (n+1)/|γ| when
         * E[b^γ] diverges) and Ψ at the upper end above, where 1 − Ψ &lt; e^{−X_MAX·min(K, (n+1)/γ)}.
         */
        final class PsiTable {
            static final int DEGREE = 20;
            static final double X_MIN = -80;
            static final double X_MAX = 80;
            static final double TABLE_TOLERANCE = 1e-11;
            private final java.util.List<double[]> pieces = new java.util.ArrayList<>();
            private final double lowSlope;
            private final double lowValue;
            private final double highValue;
            private final double highError;

            PsiTable() {
                for (double x = X_MIN; x < X_MAX; x += 8) {
                    fit(x, x + 8, 0);
                }
                lowSlope = gamma < -(n + 1) ? (n + 1) / -gamma : 1;
                lowValue = evaluate(X_MIN);
                highValue = evaluate(X_MAX);
                double decay = gamma > 0 ? Math.min(k, (n + 1) / gamma) : k;
                highError = Math.exp(-X_MAX * decay) + TABLE_TOLERANCE;
            }

            private void fit(double a, double b, int depth) {
                double[] values = new double[DEGREE];
                double[] slot = new double[1];
                for (int j = 0; j < DEGREE; j++) {
                    double x = 0.5 * (a + b) + 0.5 * (b - a) * Math.cos(Math.PI * (j + 0.5) / DEGREE);
                    values[j] = Math.log(psi(x, slot, 1e-13));
                }
                double[] c = new double[DEGREE];
                for (int i = 0; i < DEGREE; i++) {
                    double sum = 0;
                    for (int j = 0; j < DEGREE; j++) {
                        sum += values[j] * Math.cos(Math.PI * i * (j + 0.5) / DEGREE);
                    }
                    c[i] = 2 * sum / DEGREE;
                }
                c[0] /= 2;
                double error = 2 * (Math.abs(c[DEGREE - 1]) + Math.abs(c[DEGREE - 2]));
                if (!(error <= TABLE_TOLERANCE) && depth < 12) {
                    double mid = 0.5 * (a + b);
                    fit(a, mid, depth + 1);
                    fit(mid, b, depth + 1);
                    return;
                }
                double[] piece = new double[DEGREE + 3];
                piece[0] = a;
                piece[1] = b;
                piece[2] = error;
                System.arraycopy(c, 0, piece, 3, DEGREE);
                pieces.add(piece);
            }

            private double evaluate(double x) {
                int lo = 0;
                int hi = pieces.size() - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (pieces.get(mid)[0] <= x) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                double[] p = pieces.get(lo);
                double t = (2 * x - p[0] - p[1]) / (p[1] - p[0]);
                double b1 = 0;
                double b2 = 0;
                for (int i = DEGREE - 1; i >= 1; i--) {
                    double b0 = 2 * t * b1 - b2 + p[3 + i];
                    b2 = b1;
                    b1 = b0;
                }
                return Math.exp(t * b1 - b2 + p[3]);
            }

            /** Ψ(e^x) and its error. */
            double value(double x, double[] error) {
                if (x <= X_MIN) {
                    double v = lowValue * Math.exp(lowSlope * (x - X_MIN));
                    error[0] = v; // leading-order power law only; v < e^{-80 q} is negligible anyway
                    return v;
                }
                if (x >= X_MAX) {
                    error[0] = highError;
                    return highValue;
                }
                double v = evaluate(x);
                error[0] = v * TABLE_TOLERANCE;
                return v;
            }
        }

        private static Result sum(Result a, Result b) {
            return new Result(a.value() + b.value(), a.quadratureError() + b.quadratureError(),
                    a.propagatedError() + b.propagatedError(), a.evaluations() + b.evaluations());
        }
    }
}
