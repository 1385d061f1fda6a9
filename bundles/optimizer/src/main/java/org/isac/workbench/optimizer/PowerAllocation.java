package org.isac.workbench.optimizer;

/**
 * What a scheme allocated, or why it could not.
 *
 * @param scheme the scheme's name (PPA, EPA, RPA, GLOBAL, ...)
 * @param feasible whether the allocation meets every constraint (to 1e-9 relative)
 * @param powers P_l per base station; empty when the scheme found none (a scheme that transmits anyway,
 *        as EPA, reports its powers also when they violate a constraint)
 * @param rates R_i per user in bit/s/Hz, for the powers reported
 * @param sensingSnr S_i = Σ_l P_l g_li / σ²_s,i per target, for the powers reported
 * @param sumRate Σ R_i (NaN when infeasible)
 * @param reason why the instance is infeasible for this scheme; for a feasible allocation empty, or a caveat on it
 *        (GLOBAL stopped by its node cap or time budget: "not certified within budget (...)")
 * @param minimumBudget the smallest P_th for which the constraints (17)–(18) can be met (the LP
 *        min Σ P_l); +∞ when no budget suffices; NaN when the scheme did not compute it
 * @param iterations outer iterations used (0 for closed-form schemes)
 * @param history sum rate after each outer iteration (empty for closed-form schemes)
 * @param upperBound for certified schemes (GLOBAL), an upper bound on the optimum sum rate; NaN otherwise
 */
public record PowerAllocation(String scheme, boolean feasible, double[] powers, double[] rates, double[] sensingSnr,
        double sumRate, String reason, double minimumBudget, int iterations, double[] history, double upperBound) {
}
