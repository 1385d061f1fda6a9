package org.isac.workbench.numerics.special;

/**
 * The generalized Marcum Q-function of integer order, Q_M(a, b), together with its complement
 * P_M(a, b) = 1 − Q_M(a, b), both to full relative double precision, deep tails included.
 *
 * <p>Definition (x = a²/2, y = b²/2): Q_M(a,b) = Σ_{k≥0} e^{−x} x^k/k! · Q(M+k, y) with the regularized upper
 * incomplete gamma function Q, i.e. the survival function of a noncentral χ² with 2M degrees of freedom and
 * noncentrality a², evaluated at b². For integer M it is a Skellam probability: with J ~ Poi(y) and
 * K ~ Poi(x) independent and D = J − K,
 * Q_M = Pr{D ≤ M−1}, P_M = Pr{D ≥ M}, and
 * Pr{D = n} = e^{−(a−b)²/2} (b/a)^n Ĩ_{|n|}(ab), Ĩ_n(z) = e^{−z} I_n(z). This is the Bessel series of
 * A. Gil, J. Segura, N. M. Temme, "Algorithm 939: Computation of the Marcum Q-function", ACM TOMS 40(3),
 * art. 20, 2014 (eqs. 2.4–2.5), read as a probability.
 *
 * <p><b>Algorithm</b> (the workbench specification, section 4, "Recommended algorithm (integer M ≥ 1)"):
 * <ol>
 * <li>Special cases: b = 0 or a = ∞ give (Q, P) = (1, 0), b = ∞ gives (0, 1); a = 0 is the central case, an
 * Erlang (Poisson) sum of the smaller tail.</li>
 * <li>The smaller tail is chosen by the Temme/Boost switch: b² ≤ a² + 2M sums P (n ≥ M), otherwise Q
 * (n ≤ M−1).</li>
 * <li>Bessel ratios r_k = I_k(z)/I_{k−1}(z), z = ab, come from the backward recurrence
 * r_k = 1/(2k/z + r_{k+1}), r_{N+1} = 0, with N = need + 40 + 4√(need+z) and
 * need = M + |y−x| + 12√(x+y+1) + 12√(z+1) + 60.</li>
 * <li>Normalisation Ĩ_0 = 1/(1 + 2 Σ_{n≥1} Π_{k≤n} r_k), from Σ_{n∈ℤ} Ĩ_n = 1.</li>
 * <li>The log-pmf at the tail's boundary n₀: form A ln p = −(a−b)²/2 + n ln(b/a) + ln Ĩ_{|n|};
 * form B splits off the power analytically, ln p = (z − x) + ln Poi(y; n) + ln Ĩ_0 + Σ_{k≤n} ln(2k r_k/z), with
 * the Poisson factor as a running product e^{−y} Π (y/k) where nothing can underflow and Loader's saddle-point
 * form otherwise. <b>Deviation from the specification:</b> the specification uses form B for z &lt; 1 only;
 * here form B is used for z &lt; max(1, M). For 1 ≤ z &lt; M, form A's n ln(b/a) cancels most of
 * ln Ĩ_n(z) ≈ n ln(z/2) − ln n!, and with the switch at z = 1 the error was measured at up to 24·ε·(1 + cond) for
 * M = 64, 33·ε·(1 + cond) for M = 200 and 330·ε·(1 + cond) for M = 1000 (z ≈ 1..M, b near the median); with the
 * switch at z = max(1, M) the worst case on the reference and on scans of that region is 3·ε·(1 + cond) for
 * M ≤ 200 and 7·ε·(1 + cond) for M = 1000.</li>
 * <li>The tail is summed outward from n₀ as running products of pmf ratios (all terms ≤ 1, decreasing), until a
 * term is below 10⁻¹⁸ of the sum, and multiplied by the anchor p(n₀) at the end, so nothing underflows before it
 * is negligible; the other value is 1 − tail (the tail is at most about 1/2).</li>
 * </ol>
 * The result is a sum of positive terms: its error is the problem's own condition number
 * cond = (|a ∂Q/∂a| + |b ∂Q/∂b|)/Q times a small multiple of the unit roundoff (measured against a 60-digit
 * reference: at most a few ε·(1 + cond)). Work is O(M + |y−x| + √(x+y) + √(ab)) operations.
 *
 * <p>Values below the double range come out as 0 only when the exact value is below it, which is decided by
 * Chernoff bounds of the Skellam law (among them Q_M ≤ (b/a)^{M−1} e^{−(a−b)²/2} for b ≥ a and
 * P_M ≤ (b/a)^M e^{−(a−b)²/2} for a ≥ b) before any series work. Arguments
 * that would need more than {@value #MAX_TERMS} Bessel ratios (a and b both of order 10⁵ or more, with Q and
 * 1 − Q both in the double range) are rejected with an {@link ArithmeticException}.
 *
 * <p>All methods are static, allocation is one array of N + 2 doubles per call, and the class is thread-safe.
 */
public final class MarcumQ {

    /** Ratios computed beyond the last one used, for the start estimate's error to die out. */
    private static final int START_DAMPING = 24;
    /** Largest number of Bessel ratios the series may use (32 MB of doubles; enough for a, b up to about 10⁵). */
    static final int MAX_TERMS = 4_000_000;
    /** A tail term below this fraction of the running sum ends the summation. */
    private static final double TAIL_TOLERANCE = 1e-18;
    /** Below this logarithm a value is certainly 0 in double (ln of the smallest subnormal is −744.44). */
    private static final double LOG_UNDERFLOW = -746.0;
    /** Below this logarithm the anchor is handled as a logarithm to the end (no subnormal intermediate). */
    private static final double LOG_SAFE = -700.0;
    /** Largest Poisson mean and count for which the anchor is formed as a running product. */
    private static final double LINEAR_MAX_MEAN = 700.0;
    private static final int LINEAR_MAX_COUNT = 1000;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** ln n! − [(n + ½) ln n − n + ½ ln 2π] for n = 0..15 (Loader's Stirling error; index 0 unused). */
    private static final double[] STIRLING_ERROR = {
        0.0,
        8.106146679532725822e-2,
        4.1340695955409294094e-2,
        2.7677925684998339149e-2,
        2.0790672103765093112e-2,
        1.6644691189821192163e-2,
        1.3876128823070747999e-2,
        1.1896709945891770095e-2,
        1.0411265261972096497e-2,
        9.2554621827127329177e-3,
        8.3305634333628712565e-3,
        7.573675487951840795e-3,
        6.9428401072095298657e-3,
        6.4089941880042070684e-3,
        5.9513701127588477356e-3,
        5.554733551962801371e-3,
    };

    private MarcumQ() {
    }

    /**
     * Q_M(a, b) and its complement 1 − Q_M(a, b), each with full relative accuracy.
     *
     * @param q the value Q_M(a, b) = Pr{noncentral χ²(2M, a²) &gt; b²}
     * @param oneMinusQ the value P_M(a, b) = 1 − Q_M(a, b), computed as its own tail sum (not as 1 − q when it
     *        is the small one)
     */
    public record Result(double q, double oneMinusQ) {
    }

    /**
     * Evaluates Q_M(a, b) and 1 − Q_M(a, b) by the Skellam/Bessel-ratio tail sum (GST 2014 eqs. 2.4–2.5; the
     * specification's recommended algorithm for integer M). The smaller of the two is summed directly, the other
     * is 1 minus it.
     *
     * @param m the order M ≥ 1 (for P_D of the GLRT detector, the number L of cooperating base stations)
     * @param a the noncentrality argument, 0 ≤ a ≤ +∞
     * @param b the threshold argument, 0 ≤ b ≤ +∞ (not both a and b infinite)
     * @return (Q_M(a,b), 1 − Q_M(a,b))
     * @throws IllegalArgumentException if m &lt; 1, a or b is NaN or negative, or a = b = +∞
     * @throws ArithmeticException if a and b are both so large (of order 10⁵, and close enough to each other for Q
     *         and 1 − Q both to be in the double range) that the series would need more than {@value #MAX_TERMS}
     *         terms
     */
    public static Result evaluate(int m, double a, double b) {
        checkOrder(m);
        checkArgument("a", a);
        checkArgument("b", b);
        if (a == Double.POSITIVE_INFINITY && b == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a and b must not both be +Infinity (Q_M(∞, ∞) is undefined)");
        }
        if (b == 0 || a == Double.POSITIVE_INFINITY) {
            return new Result(1.0, 0.0);
        }
        if (b == Double.POSITIVE_INFINITY) {
            return new Result(0.0, 1.0);
        }
        if (a == 0) {
            return central(m, 0.5 * b * b);
        }
        return general(m, a, b);
    }

    /**
     * Q_M(a, b), the generalized Marcum Q-function (probability of detection of the GLRT detector when
     * a = √λ and b = √(2δ)); see {@link #evaluate(int, double, double)}.
     *
     * @param m the order M ≥ 1
     * @param a the noncentrality argument, 0 ≤ a ≤ +∞
     * @param b the threshold argument, 0 ≤ b ≤ +∞
     * @return Q_M(a, b) with full relative accuracy (0 only when the exact value is below the double range)
     * @throws IllegalArgumentException as {@link #evaluate(int, double, double)}
     */
    public static double q(int m, double a, double b) {
        return evaluate(m, a, b).q();
    }

    /**
     * 1 − Q_M(a, b) = P_M(a, b), computed as its own tail sum, with full relative accuracy also when it is tiny
     * (it is never formed as 1 − Q_M in that case); see {@link #evaluate(int, double, double)}.
     *
     * @param m the order M ≥ 1
     * @param a the noncentrality argument, 0 ≤ a ≤ +∞
     * @param b the threshold argument, 0 ≤ b ≤ +∞
     * @return 1 − Q_M(a, b) with full relative accuracy
     * @throws IllegalArgumentException as {@link #evaluate(int, double, double)}
     */
    public static double oneMinusQ(int m, double a, double b) {
        return evaluate(m, a, b).oneMinusQ();
    }

    /**
     * The Skellam probability Pr{D = n} = e^{−(a²+b²)/2} (b/a)^n I_{|n|}(ab) of D = J − K, J ~ Poi(b²/2),
     * K ~ Poi(a²/2). It gives the derivatives of the Marcum Q-function without cancellation
     * (specification section 4): Q_{M+1} − Q_M = Pr{D = M}, ∂Q_M/∂(a²) = ½ Pr{D = M} and
     * ∂Q_M/∂b = −b Pr{D = M−1}. Limits: a = 0 gives the Poisson pmf of b²/2 at n, b = 0 that of a²/2 at −n, an
     * infinite argument gives 0.
     *
     * @param n the value of D, any integer (n = M for ∂Q_M/∂(a²))
     * @param a the noncentrality argument, 0 ≤ a ≤ +∞
     * @param b the threshold argument, 0 ≤ b ≤ +∞
     * @return Pr{D = n} with full relative accuracy (0 only when below the double range)
     * @throws IllegalArgumentException if a or b is NaN or negative
     * @throws ArithmeticException if a and b are both so large that more than {@value #MAX_TERMS} Bessel ratios
     *         would be needed
     */
    public static double skellamPmf(int n, double a, double b) {
        checkArgument("a", a);
        checkArgument("b", b);
        if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (a == 0 && b == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        if (a == 0) {
            return n < 0 ? 0.0 : poissonPmf(0.5 * b * b, n);
        }
        if (b == 0) {
            return n > 0 ? 0.0 : poissonPmf(0.5 * a * a, -(long) n);
        }
        double e0 = -0.5 * (a - b) * (a - b);
        // Chernoff: Pr{D = n} <= exp(chernoff(n)) for every n, and <= (b/a)^n e^{-(a-b)^2/2} (its value at u = b/a)
        double bound = minIgnoringNaN(chernoff(n, 0.5 * a * a, 0.5 * b * b, a * b)[0],
                n * (Math.log(b) - Math.log(a)) + e0);
        if (bound < LOG_UNDERFLOW) {
            return 0.0;
        }
        Kernel kernel = new Kernel(a, b, Math.abs((long) n));
        double[] anchor = kernel.anchor(n);
        return anchor[1] > 0 ? anchor[1] : Math.exp(anchor[0]);
    }

    // ------------------------------------------------------------------------------------------------------
    // central case a = 0 (also used by the threshold inversion)
    // ------------------------------------------------------------------------------------------------------

    /** Q_M(0, b) = Pr{Poi(y) ≤ M−1}, y = b²/2: the smaller Poisson tail summed outward from its boundary. */
    static Result central(int m, double y) {
        if (y == Double.POSITIVE_INFINITY) {
            return new Result(0.0, 1.0);
        }
        if (y > m) {
            double tail = scaledTail(centralLowerSum(m, y), logPoissonPmf(y, m - 1), y, m - 1);
            return new Result(tail, 1 - tail);
        }
        double tail = scaledTail(centralUpperSum(m, y), logPoissonPmf(y, m), y, m);
        return new Result(1 - tail, tail);
    }

    /**
     * ln Q(M, y) and the hazard Poi(y; M−1)/Q(M, y) = −d ln Q(M, y)/dy of the regularized upper incomplete
     * gamma function of integer order (the false-alarm probability of the GLRT detector at threshold y), for the
     * Newton iteration of {@link MarcumQInverse#gammaThreshold(int, double)}; no underflow for any y.
     */
    static double[] centralLogQ(int m, double y) {
        double logPmf = logPoissonPmf(y, m - 1);
        if (y > m) {
            double sum = centralLowerSum(m, y);      // Q = Poi(y; M-1) * sum
            return new double[] {logPmf + Math.log(sum), 1 / sum};
        }
        double p = scaledTail(centralUpperSum(m, y), logPoissonPmf(y, m), y, m);
        double q = 1 - p;
        return new double[] {Math.log1p(-p), Math.exp(logPmf) / q};
    }

    /** Σ_{n≤M−1} Poi(y; n)/Poi(y; M−1) for y &gt; M, summed downward (ratios n/y &lt; 1). */
    private static double centralLowerSum(int m, double y) {
        double term = 1;
        double sum = 1;
        for (int n = m - 1; n > 0; n--) {
            term *= n / y;
            sum += term;
            if (term < TAIL_TOLERANCE * sum) {
                break;
            }
        }
        return sum;
    }

    /** Σ_{n≥M} Poi(y; n)/Poi(y; M) for y ≤ M, summed upward (ratios y/(n+1) &lt; 1). */
    private static double centralUpperSum(int m, double y) {
        double term = 1;
        double sum = 1;
        for (long n = m; ; n++) {
            term *= y / (n + 1);
            sum += term;
            if (term < TAIL_TOLERANCE * sum) {
                return sum;
            }
        }
    }

    /** Poi(y; n) · sum, the anchor formed linearly where safe and otherwise kept as a logarithm to the end. */
    private static double scaledTail(double sum, double logPmf, double y, long n) {
        if (logPmf + Math.log(sum) < LOG_UNDERFLOW) {
            return 0.0;
        }
        if (logPmf > LOG_SAFE) {
            return poissonPmf(y, n, logPmf) * sum;
        }
        return Math.exp(logPmf + Math.log(sum));
    }

    // ------------------------------------------------------------------------------------------------------
    // general case 0 < a, b < infinity
    // ------------------------------------------------------------------------------------------------------

    private static Result general(int m, double a, double b) {
        double x = 0.5 * a * a;
        double y = 0.5 * b * b;
        boolean sumP = y - x <= m;                   // b^2 <= a^2 + 2M: P is the smaller tail
        double e0 = -0.5 * (a - b) * (a - b);
        double rhoBound = Math.log(b) - Math.log(a);
        // Chernoff bounds decide when the summed tail is below the double range (no work is done then): the
        // optimal exponential tilt u = e^t, valid for Q = Pr{D <= M-1} if u <= 1 and for P = Pr{D >= M} if u >= 1,
        // and the tilt u = b/a, which gives Q <= (b/a)^{M-1} e^{e0} (b >= a) and P <= (b/a)^M e^{e0} (a >= b)
        if (!sumP) {
            double[] c = chernoff(m - 1, x, y, a * b);
            double bound = minIgnoringNaN(c[1] <= 1 ? c[0] : 0, (m - 1) * rhoBound + e0);
            if (bound < LOG_UNDERFLOW) {
                return new Result(0.0, 1.0);
            }
        } else {
            double[] c = chernoff(m, x, y, a * b);
            double bound = minIgnoringNaN(c[1] >= 1 ? c[0] : 0, a >= b ? m * rhoBound + e0 : 0);
            if (bound < LOG_UNDERFLOW) {
                return new Result(1.0, 0.0);
            }
        }
        Kernel kernel = new Kernel(a, b, m);
        int n0 = sumP ? m : m - 1;
        double[] anchor = kernel.anchor(n0);
        double sum = sumP ? kernel.upperSum(n0) : kernel.lowerSum(n0);
        double tail;
        if (anchor[1] > 0) {
            tail = anchor[1] * sum;
        } else {
            double logTail = anchor[0] + Math.log(sum);
            tail = logTail < LOG_UNDERFLOW ? 0.0 : Math.exp(logTail);
        }
        return sumP ? new Result(1 - tail, tail) : new Result(tail, 1 - tail);
    }

    /**
     * {min over u &gt; 0 of −n ln u + y(u − 1) + x(1/u − 1), the minimiser u}: the logarithm of the Chernoff bound
     * e^{−tn} E[e^{tD}] (u = e^t) on Pr{D = n}, which also bounds Pr{D ≥ n} when u ≥ 1 and Pr{D ≤ n} when u ≤ 1.
     * The minimiser solves y u² − n u − x = 0; its discriminant is √(n² + 4xy) = hypot(n, z). NaN on overflow.
     */
    private static double[] chernoff(double n, double x, double y, double z) {
        double disc = Math.hypot(n, z);
        double u = n >= 0 ? (n + disc) / (2 * y) : 2 * x / (disc - n);
        return new double[] {-n * Math.log(u) + y * (u - 1) + x * (1 / u - 1), u};
    }

    private static double minIgnoringNaN(double p, double q) {
        if (Double.isNaN(p)) {
            return q;
        }
        return Double.isNaN(q) ? p : Math.min(p, q);
    }

    /** Bessel ratios, normalisation and pmf ratios of the Skellam law for 0 &lt; a, b &lt; ∞. */
    private static final class Kernel {
        private final double x;
        private final double y;
        private final double z;
        private final double e0;
        /** Form B (z &lt; max(1, order)): ratio[k] holds s_k = 2k r_k / z; form A: ratio[k] holds r_k. */
        private final boolean formB;
        private double[] ratio;
        private int size;
        private double logI0;
        private final double bOverA;
        private final double aOverB;
        private final double rho;

        Kernel(double a, double b, long order) {
            x = 0.5 * a * a;
            y = 0.5 * b * b;
            z = a * b;
            e0 = -0.5 * (a - b) * (a - b);
            // form B below z = max(1, order): the specification switches at z = 1, but for large orders form A
            // loses up to 24..330 eps (1 + cond) when 1 <= z < order (n ln(b/a) cancels ln I_n(z)); this switch
            // was the best of those measured against the 60-digit reference, see the class comment
            formB = z < Math.max(1.0, order);
            // how far the sums reach: the smaller tail is summed away from the mode y − x of D, from n0 (= order or
            // order − 1) upwards or from n0 down through 0, and stops at a term 1e-18 of the sum, within about
            // 9 standard deviations √(x + y) of n0 or of 0; the normalisation stops at a product 1e-18 of its sum,
            // where Ĩ_k/Ĩ_0 ≈ e^{−k²/2z} ≤ 1e-18 (k ≈ 9.1 √z; what is left is about 1e-18 · √z / 9 of the sum:
            // below ε for z < 1e4, 1e-15 at z = 1e8, where the condition number of Q is far larger). A sum that
            // reaches further extends the table, so this only sets the work, not the result
            double reach = Math.max(order + 10 * Math.sqrt(x + y + 1), 10 * Math.sqrt(z + 1)) + 10;
            build(a, b, reach + START_DAMPING);
            bOverA = b / a;
            aOverB = a / b;
            double r = b / a;
            rho = r > 0 && r < Double.POSITIVE_INFINITY && r >= Double.MIN_NORMAL ? Math.log(r)
                    : Math.log(b) - Math.log(a);
        }

        /**
         * The Bessel ratios 1..terms by the backward recurrence, started from the Amos estimate of r_{terms+1}
         * (between his bounds z/(ν + ½ + √((ν + 3/2)² + z²)) ≤ I_{ν+1}/I_ν ≤ z/(ν + ½ + √((ν + ½)² + z²)),
         * D. E. Amos, Math. Comp. 28, 1974): its error, a few 1e-3 at most, is damped by r_k² per step, fast where
         * k &gt; z (r_k &lt; ½) and slowly where z ≫ k (r_k near 1); the ratios read are {@value #START_DAMPING} or more
         * below the start, where the sums' terms are already below 1e-18 of the sums whenever the damping is slow.
         * Then the normalisation.
         */
        private void build(double a, double b, double terms) {
            if (!(terms <= MAX_TERMS)) {
                throw new ArithmeticException("Marcum Q arguments beyond the supported range: a = " + a + ", b = "
                        + b + " would need " + terms + " Bessel ratios (at most " + MAX_TERMS + ")");
            }
            size = (int) terms;
            ratio = new double[size + 2];
            // the Amos estimate of I_{ν+1}/I_ν at ν = size, as z / denominator
            double nu = size;
            double denominator = nu + 0.5 + Math.sqrt((nu + 1) * (nu + 1) + z * z);
            double sum = 0;
            boolean converged = false;
            if (formB) {
                // s_k = 1 / (1 + z^2 s_{k+1} / (4 k (k+1))), the same recurrence without overflow for tiny z
                ratio[size + 1] = 2 * (nu + 1) / denominator;
                double z2 = z * z;
                for (int k = size; k >= 1; k--) {
                    ratio[k] = 1 / (1 + z2 * ratio[k + 1] / (4.0 * k * (k + 1)));
                }
                double product = 1;
                for (int k = 1; k <= size; k++) {
                    product *= z / (2.0 * k) * ratio[k];
                    sum += product;
                    if (product <= TAIL_TOLERANCE * sum) {
                        converged = true;
                        break;
                    }
                }
            } else {
                ratio[size + 1] = z / denominator;
                // k·(2/z) instead of 2k/z: one division a step on this sequential chain; the extra rounding is
                // damped like every other by the recurrence
                double twoOverZ = 2 / z;
                for (int k = size; k >= 1; k--) {
                    ratio[k] = 1 / (k * twoOverZ + ratio[k + 1]);
                }
                double product = 1;
                for (int k = 1; k <= size; k++) {
                    product *= ratio[k];
                    sum += product;
                    if (product <= TAIL_TOLERANCE * sum) {
                        converged = true;
                        break;
                    }
                }
            }
            if (!converged) {
                build(a, b, 2 * terms);
                return;
            }
            // ln(1 + 2 sum) to an absolute error of about ε, which is what a logarithm added to the anchor's needs
            // (log1p's relative accuracy for tiny sums is not, and it is not an intrinsic)
            logI0 = -Math.log(1 + 2 * sum);
        }

        private double r(long k) {
            if (k > size - START_DAMPING) {
                // the sum reached the last ratios, which the start estimate still touches: a longer table
                build(Math.sqrt(2 * x), Math.sqrt(2 * y), Math.min(2.0 * k + START_DAMPING,
                        Math.max(MAX_TERMS, k + START_DAMPING)));
            }
            return ratio[(int) k];
        }

        /**
         * The anchor pmf Pr{D = n}: {ln p, p} with p &gt; 0 when it was formed as a number (no underflow
         * possible), or p = 0 when only the logarithm is to be used.
         */
        double[] anchor(long n) {
            long abs = Math.abs(n);
            if (!formB) {
                double logIn = logI0;
                for (long k = 1; k <= abs; k++) {
                    logIn += Math.log(r(k));
                }
                double log = e0 + n * rho + logIn;
                return new double[] {log, log > LOG_SAFE ? Math.exp(log) : 0.0};
            }
            double v = n >= 0 ? y : x;
            double pre = (n >= 0 ? z - x : z - y) + logI0;
            for (long k = 1; k <= abs; k++) {
                pre += Math.log(r(k));
            }
            double logPoisson = logPoissonPmf(v, abs);
            double log = pre + logPoisson;
            if (log > LOG_SAFE && pre > LOG_SAFE && pre < -LOG_SAFE && logPoisson > LOG_SAFE) {
                return new double[] {log, Math.exp(pre) * poissonPmf(v, abs, logPoisson)};
            }
            return new double[] {log, 0.0};
        }

        /** Σ_{n≥n0} p(n)/p(n0), n0 ≥ 1, summed upward. */
        double upperSum(long n0) {
            double term = 1;
            double sum = 1;
            for (long n = n0; ; n++) {
                term *= formB ? y * r(n + 1) / (n + 1) : bOverA * r(n + 1);
                sum += term;
                if (term < TAIL_TOLERANCE * sum) {
                    return sum;
                }
            }
        }

        /** Σ_{n≤n0} p(n)/p(n0), n0 ≥ 0, summed downward through 0 into the negative values. */
        double lowerSum(long n0) {
            double term = 1;
            double sum = 1;
            for (long n = n0; ; n--) {
                // p(n-1)/p(n): for n >= 1 the inverse of the step away from 0 on the positive side,
                // for n <= 0 the step away from 0 on the negative side
                if (n >= 1) {
                    term *= formB ? n / (y * r(n)) : aOverB / r(n);
                } else {
                    long k = 1 - n;
                    term *= formB ? x * r(k) / k : aOverB * r(k);
                }
                sum += term;
                if (term < TAIL_TOLERANCE * sum) {
                    return sum;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Poisson pmf
    // ------------------------------------------------------------------------------------------------------

    /** Poi(v; n) for v ≥ 0, n ≥ 0. */
    static double poissonPmf(double v, long n) {
        double log = logPoissonPmf(v, n);
        return log < LOG_UNDERFLOW ? 0.0 : poissonPmf(v, n, log);
    }

    /** Poi(v; n) given its logarithm: a running product e^{−v} Π_{k≤n} v/k where nothing can underflow. */
    private static double poissonPmf(double v, long n, double log) {
        if (v < LINEAR_MAX_MEAN && n <= LINEAR_MAX_COUNT && log > LOG_SAFE) {
            // the partial products are unimodal between e^{-v} and Poi(v; n), both above e^{-700}
            double p = Math.exp(-v);
            for (long k = 1; k <= n; k++) {
                p *= v / k;
            }
            return p;
        }
        return Math.exp(log);
    }

    /**
     * ln Poi(v; n) by Loader's saddle-point form −stirlerr(n) − bd0(n, v) − ½ ln(2πn) (C. Loader, "Fast and
     * accurate computation of binomial probabilities", 2000), accurate to a few ulps of the log's scale without
     * the cancellation of −v + n ln v − ln n!.
     */
    static double logPoissonPmf(double v, long n) {
        if (n < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (v == 0) {
            return n == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        if (n == 0) {
            return -v;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return -stirlingError(n) - deviance(n, v) - HALF_LOG_TWO_PI - 0.5 * Math.log(n);
    }

    /** ln n! − [(n + ½) ln n − n + ½ ln 2π]. */
    private static double stirlingError(long n) {
        if (n < STIRLING_ERROR.length) {
            return STIRLING_ERROR[(int) n];
        }
        final double s0 = 1.0 / 12;
        final double s1 = 1.0 / 360;
        final double s2 = 1.0 / 1260;
        final double s3 = 1.0 / 1680;
        final double s4 = 1.0 / 1188;
        double nd = n;
        double nn = nd * nd;
        if (n > 500) {
            return (s0 - s1 / nn) / nd;
        }
        if (n > 80) {
            return (s0 - (s1 - s2 / nn) / nn) / nd;
        }
        if (n > 35) {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / nd;
        }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / nd;
    }

    /** Loader's bd0(k, v) = k ln(k/v) + v − k, by its series when k is close to v. */
    private static double deviance(double k, double v) {
        if (Math.abs(k - v) < 0.1 * (k + v)) {
            double s = (k - v) * (k - v) / (k + v);
            double u = (k - v) / (k + v);
            double ej = 2 * k * u;
            double u2 = u * u;
            for (int j = 1; j < 1000; j++) {
                ej *= u2;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s) {
                    return s1;
                }
                s = s1;
            }
            return s;
        }
        double ratio = k / v;
        double log = ratio > 0 && ratio < Double.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(k) - Math.log(v);
        return k * log + v - k;
    }

    // ------------------------------------------------------------------------------------------------------
    // argument checks
    // ------------------------------------------------------------------------------------------------------

    static void checkOrder(int m) {
        if (m < 1) {
            throw new IllegalArgumentException("M must be an integer >= 1, got " + m);
        }
    }

    static void checkArgument(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be a number with 0 <= " + name + " <= +Infinity, got "
                    + value);
        }
    }
}
