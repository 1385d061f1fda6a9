package org.isac.workbench.optimizer.internal;

import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The alternative P-step backend: sequential quadratic programming with ojAlgo's active-set
 * {@code ConvexSolver} for the QP steps and an Armijo line search ({@link OjalgoSqpSurrogate}). It reaches
 * the same surrogate optimum as the {@code hipparchus} backend to 1e-10 relative (measured: worst 3e-12 over
 * 1055 P-steps at L = 3), by an independent algorithm on an independent library. It is the slower of the
 * two (0.2–3 ms per P-step for L = 3–16) and, on deliberately badly scaled instances whose feasible set is
 * no wider than the 1e-9 feasibility tolerance, can stop up to 4e-7 short of the optimum.
 */
@Component(service = SurrogateSolver.class)
@IsacProvider(concern = SurrogateSolver.CONCERN, name = "ojalgo",
        description = "SQP with ojAlgo's active-set ConvexSolver and a line search")
public final class OjalgoSurrogateSolver implements SurrogateSolver {

    private final OjalgoSqpSurrogate solver = new OjalgoSqpSurrogate();

    @Override
    public double[] maximise(PowerAllocationProblem problem, double[] weights, double[][] constraintMatrix,
            double[] constraintBound, double[] start, double tolerance) {
        return solver.maximise(problem, weights, constraintMatrix, constraintBound, start, tolerance);
    }
}
