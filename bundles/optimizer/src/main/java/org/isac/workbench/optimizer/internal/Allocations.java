package org.isac.workbench.optimizer.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import org.isac.workbench.optimizer.PowerAllocation;

/** Builds {@link PowerAllocation} records and the numbers in their reason sentences. */
final class Allocations {

    private static final double[] EMPTY = new double[0];

    private Allocations() {
    }

    /**
     * A feasible allocation with its rates and sensing SNRs evaluated from the powers.
     *
     * @param scheme display name
     * @param model the instance
     * @param powers feasible powers (owned by the record from now on)
     * @param minimumBudget the LP minimum budget
     * @param history sum rate after each outer iteration (empty for closed-form schemes)
     * @param upperBound certified bound, NaN when the scheme certifies nothing
     * @return the record
     */
    static PowerAllocation feasible(String scheme, SumRateModel model, double[] powers, double minimumBudget,
            double[] history, double upperBound) {
        return feasible(scheme, model, powers, minimumBudget, history.length, history, upperBound);
    }

    /**
     * As above with an explicit iteration count (the global scheme reports the boxes it processed).
     *
     * @param scheme display name
     * @param model the instance
     * @param powers feasible powers (owned by the record from now on)
     * @param minimumBudget the LP minimum budget
     * @param iterations iterations (or nodes) used
     * @param history sum rate after each outer iteration
     * @param upperBound certified bound, NaN when the scheme certifies nothing
     * @return the record
     */
    static PowerAllocation feasible(String scheme, SumRateModel model, double[] powers, double minimumBudget,
            int iterations, double[] history, double upperBound) {
        return new PowerAllocation(scheme, true, powers, model.rates(powers), model.sensingSnrs(powers),
                model.sumRate(powers), "", minimumBudget, iterations, history, upperBound);
    }

    /**
     * @param scheme display name
     * @param reason a sentence naming the cause
     * @param minimumBudget the LP minimum budget (+∞ when no budget suffices)
     * @return an infeasible record: empty arrays, NaN sum rate and bound
     */
    static PowerAllocation infeasible(String scheme, String reason, double minimumBudget) {
        return new PowerAllocation(scheme, false, EMPTY, EMPTY, EMPTY, Double.NaN, reason, minimumBudget, 0, EMPTY,
                Double.NaN);
    }

    /**
     * Powers a scheme transmits with although they violate a constraint (EPA): reported with their rates and
     * sensing SNRs, but infeasible, so without a sum rate.
     *
     * @param scheme display name
     * @param model the instance
     * @param powers the powers (owned by the record from now on)
     * @param reason a sentence naming the violated constraints
     * @param minimumBudget the LP minimum budget (+∞ when no budget suffices)
     * @return the record
     */
    static PowerAllocation violating(String scheme, SumRateModel model, double[] powers, String reason,
            double minimumBudget) {
        return new PowerAllocation(scheme, false, powers, model.rates(powers), model.sensingSnrs(powers), Double.NaN,
                reason, minimumBudget, 0, EMPTY, Double.NaN);
    }

    /**
     * Four significant digits, enough to tell a budget from the minimum it misses in a sentence, without the
     * 17 digits of {@link Double#toString}.
     *
     * @param x a value
     * @return x rounded to 4 significant digits
     */
    static String format(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x == 0 ? "0" : Double.toString(x);
        }
        return Double.toString(new BigDecimal(x).round(new MathContext(4)).doubleValue());
    }
}
