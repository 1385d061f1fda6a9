package org.isac.workbench.optimizer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The P-step of the PPA alternating optimisation (concern {@value #CONCERN}): maximise the concave surrogate
 * S(P) = Σ_i [log₂ T_i(P) − t_i I_i(P) / ln 2] over the polyhedron {P ≥ 0, A P ≤ b}, where
 * T_i(P) = Σ_l P_l ρ_li + σ²_c,i and I_i(P) = T_i(P) − P_i ρ_ii. Backends (ojAlgo, Hipparchus, ...) are
 * swappable and must agree to the stated tolerance.
 */
@ProviderType
public interface SurrogateSolver {

    /** The concern this service serves in the registry. */
    String CONCERN = "surrogate-solver";

    /**
     * @param problem the instance (gains and noises define T_i and I_i)
     * @param weights t_i &gt; 0 per user
     * @param constraintMatrix A (m × L)
     * @param constraintBound b (m values)
     * @param start a feasible starting point (A·start ≤ b, start ≥ 0)
     * @param tolerance relative tolerance on the surrogate's optimum
     * @return the maximiser, feasible to 1e-9 relative
     */
    double[] maximise(PowerAllocationProblem problem, double[] weights, double[][] constraintMatrix,
            double[] constraintBound, double[] start, double tolerance);
}
