package org.isac.workbench.sganalytics.internal;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Globally adaptive Gauss–Kronrod quadrature with the 10-point Gauss / 21-point Kronrod pair of QUADPACK's
 * QK21 (the interval with the largest error is bisected until the total error meets the tolerance), with the
 * QUADPACK error estimate
 * ρ·min(1, (200|K − G|/ρ)^{3/2}) per interval, where ρ is the Kronrod integral of |f − mean f|.
 *
 * <p>Nested integrals propagate their own error: the integrand may report the absolute error of its value
 * through {@link Integrand#value}'s error slot; those errors are integrated with the Kronrod weights over the
 * final partition and returned as {@link Result#propagatedError}, separately from the quadrature error that
 * drives the subdivision (subdividing cannot reduce an inner error).
 *
 * <p>Never throws on non-convergence: it returns its best value with the honest error, and the caller
 * decides (the analytics reject results whose total error exceeds the stated accuracy).
 */
final class AdaptiveQuadrature {

    /** A function with an optional error of its own value. */
    @FunctionalInterface
    interface Integrand {
        /**
         * @param x the abscissa
         * @param error a one-element slot, 0 on entry; set it to the absolute error of the returned value
         * @return f(x)
         */
        double value(double x, double[] error);
    }

    /**
     * @param value the integral
     * @param quadratureError the estimated error of the quadrature itself
     * @param propagatedError the integral of the integrand's own errors
     * @param evaluations number of integrand evaluations
     */
    record Result(double value, double quadratureError, double propagatedError, int evaluations) {
        /** @return the total absolute error estimate */
        double error() {
            return quadratureError + propagatedError;
        }
    }

    private static final double[] XGK = {
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
        0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720, 0};
    private static final double[] WGK = {
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
        0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077208067008893, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
        0.149445554002916905664936468389821};
    /** Weights of the 10-point Gauss rule at XGK[1], XGK[3], …, XGK[9]. */
    private static final double[] WG = {
        0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
        0.295524224714752870173892994651146};
    private static final double EPS = Math.ulp(1.0);

    private AdaptiveQuadrature() {
    }

    /**
     * ∫ f over [points[0], points[last]], the inner points being initial break points.
     *
     * @param f the integrand
     * @param points the end points and break points, increasing
     * @param relTol requested relative accuracy
     * @param absTol requested absolute accuracy (the looser of the two applies)
     * @param maxIntervals cap on the number of subintervals
     * @return the integral and its errors
     */
    static Result integrate(Integrand f, double[] points, double relTol, double absTol, int maxIntervals) {
        return summarise(partition(f, points, relTol, absTol, maxIntervals));
    }

    /**
     * As {@link #integrate}, but returns the final partition (sorted by position) so that integrals over
     * sub-ranges can be assembled from it.
     */
    static Interval[] partition(Integrand f, double[] points, double relTol, double absTol, int maxIntervals) {
        PriorityQueue<Interval> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        double[] slot = new double[1];
        int evaluations = 0;
        double sum = 0;
        double errSum = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            if (points[i + 1] > points[i]) {
                Interval in = rule(f, points[i], points[i + 1], slot);
                evaluations += 21;
                queue.add(in);
                sum += in.value;
                errSum += in.error;
            } else if (points[i + 1] < points[i]) {
                throw new IllegalStateException("break points not increasing: " + points[i] + " > " + points[i + 1]);
            }
        }
        while (!queue.isEmpty() && errSum > Math.max(absTol, relTol * Math.abs(sum)) && queue.size() < maxIntervals) {
            Interval worst = queue.peek();
            double mid = 0.5 * (worst.a + worst.b);
            if (!(mid > worst.a && mid < worst.b) || worst.b - worst.a < 1e-14 * Math.max(Math.abs(worst.a), 1e-300)) {
                break; // cannot be subdivided further in double precision
            }
            queue.poll();
            Interval left = rule(f, worst.a, mid, slot);
            Interval right = rule(f, mid, worst.b, slot);
            evaluations += 42;
            queue.add(left);
            queue.add(right);
            sum += left.value + right.value - worst.value;
            errSum += left.error + right.error - worst.error;
        }
        Interval[] all = queue.toArray(new Interval[0]);
        Arrays.sort(all, (p, q) -> Double.compare(p.a, q.a));
        if (all.length > 0) {
            all[0] = new Interval(all[0].a, all[0].b, all[0].value, all[0].error, all[0].propagated, evaluations);
        }
        return all;
    }

    /** Sums a partition (evaluations are recorded on its first interval). */
    private static Result summarise(Interval[] partition) {
        double value = 0;
        double error = 0;
        double propagated = 0;
        for (Interval in : partition) {
            value += in.value;
            error += in.error;
            propagated += in.propagated;
        }
        return new Result(value, error, propagated, partition.length == 0 ? 0 : partition[0].evaluations);
    }

    /**
     * One Gauss–Kronrod 21-point rule on [a, b].
     *
     * @param f the integrand
     * @param a lower end
     * @param b upper end
     * @return the interval with its integral and errors
     */
    static Interval rule(Integrand f, double a, double b) {
        return rule(f, a, b, new double[1]);
    }

    private static Interval rule(Integrand f, double a, double b, double[] slot) {
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double[] fv = new double[21];
        double fc = eval(f, center, slot);
        double ec = slot[0];
        double resK = fc * WGK[10];
        double resAbs = Math.abs(resK);
        double resG = 0;
        double prop = ec * WGK[10];
        for (int j = 0; j < 10; j++) {
            double dx = half * XGK[j];
            double f1 = eval(f, center - dx, slot);
            double e1 = slot[0];
            double f2 = eval(f, center + dx, slot);
            double e2 = slot[0];
            fv[2 * j] = f1;
            fv[2 * j + 1] = f2;
            resK += WGK[j] * (f1 + f2);
            resAbs += WGK[j] * (Math.abs(f1) + Math.abs(f2));
            prop += WGK[j] * (e1 + e2);
            if (j % 2 == 1) {
                resG += WG[j / 2] * (f1 + f2);
            }
        }
        double mean = 0.5 * resK;
        double resAsc = WGK[10] * Math.abs(fc - mean);
        for (int j = 0; j < 10; j++) {
            resAsc += WGK[j] * (Math.abs(fv[2 * j] - mean) + Math.abs(fv[2 * j + 1] - mean));
        }
        double result = resK * half;
        double absHalf = Math.abs(half);
        resAbs *= absHalf;
        resAsc *= absHalf;
        double err = Math.abs((resK - resG) * half);
        if (resAsc != 0 && err != 0) {
            err = resAsc * Math.min(1, Math.pow(200 * err / resAsc, 1.5));
        }
        if (resAbs > Double.MIN_NORMAL / (50 * EPS)) {
            err = Math.max(50 * EPS * resAbs, err);
        }
        if (!Double.isFinite(result)) {
            err = Double.POSITIVE_INFINITY;
        }
        return new Interval(a, b, result, err, prop * absHalf, 21);
    }

    private static double eval(Integrand f, double x, double[] slot) {
        slot[0] = 0;
        return f.value(x, slot);
    }

    /**
     * A subinterval of a partition.
     *
     * @param a lower end
     * @param b upper end
     * @param value the integral over it
     * @param error its quadrature error
     * @param propagated the integral of the integrand's own errors over it
     * @param evaluations integrand evaluations (of the whole partition, for the first interval)
     */
    record Interval(double a, double b, double value, double error, double propagated, int evaluations) {
    }
}
