package org.isac.workbench.optimizer.internal;

import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;

/**
 * The P-step by the primal–dual {@link InteriorPointMethod} on Hipparchus linear algebra (the core of the
 * {@code hipparchus} backend, without OSGi), with the damped-Newton {@link BarrierMethod} as fallback when
 * the primal–dual method does not converge (only seen on deliberately badly scaled instances, about 1 in 200
 * P-steps there, never on the letter's).
 *
 * <p>The KKT conditions are asked to {@code min(tolerance, 1e-12)}: the duality gap bounds the distance of
 * the surrogate value to the optimum, so the requested relative tolerance is met with room. The answer is
 * then made feasible to 1e-9 and never worse than the start ({@link SurrogateProgram#finish}).
 */
final class InteriorPointSurrogate implements SurrogateSolver {

    @Override
    public double[] maximise(PowerAllocationProblem problem, double[] weights, double[][] constraintMatrix,
            double[] constraintBound, double[] start, double tolerance) {
        SurrogateProgram sp = SurrogateProgram.of(problem, weights, constraintMatrix, constraintBound, start);
        double tol = Math.min(tolerance > 0 ? tolerance : 1e-12, 1e-12);
        InteriorPointMethod.Result r = InteriorPointMethod.solve(sp.program, sp.scaled(start), tol, null);
        double[] p = sp.finish(start, sp.powers(r.x));
        if (!r.converged) {
            // badly scaled instances (SINRs of 1e8 and more) can defeat the primal–dual method's steps; the
            // barrier method with damped Newton steps converges whatever the scaling
            InteriorPointMethod.Result safe = BarrierMethod.solve(sp.program, tol);
            if (safe != null) {
                double[] q = sp.finish(start, sp.powers(safe.x));
                if (sp.surrogate(q) > sp.surrogate(p)) {
                    p = q;
                }
            }
        }
        return p;
    }
}
