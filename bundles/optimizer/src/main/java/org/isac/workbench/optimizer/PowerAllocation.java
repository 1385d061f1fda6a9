package org.isac.workbench.optimizer;

/**
 * What a scheme allocated, or why it could not.
 *
 * @param scheme the scheme's name (PPA, EPA, RPA, GLOBAL, ...)
 * @param feasible whether the allocation meets every constraint
 * @param powers P_l per base station (empty when infeasible)
 * @param rates R_i per user in bit/s/Hz (empty when infeasible)
 * @param detection P_D per target (empty when infeasible)
 * @param sumRate Σ R_i (NaN when infeasible)
 * @param reason why the instance is infeasible for this scheme, empty when feasible
 * @param iterations outer iterations used (0 for closed-form schemes)
 * @param history sum rate after each outer iteration (empty for closed-form schemes)
 */
public record PowerAllocation(String scheme, boolean feasible, double[] powers, double[] rates, double[] detection,
        double sumRate, String reason, int iterations, double[] history) {
}
