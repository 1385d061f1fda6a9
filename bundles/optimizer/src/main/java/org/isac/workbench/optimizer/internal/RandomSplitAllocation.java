package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * RPA as the letter's figures behave: the whole budget split at random, P = P_th·x with x uniform on the
 * probability simplex (normalised exponentials), then checked against the constraints. With the same stream
 * for every point of a figure (the letter's fixed MATLAB seed) the split is the same at every budget and every
 * detection requirement, which is what Fig. 2(b) ("at 9 dB only the proposed scheme meets both
 * requirements") and Fig. 2(c) ("the benchmarks' sum rate stays constant until they become infeasible")
 * describe; a draw from the feasible polytope would be feasible whenever PPA is and would move with ξ.
 */
final class RandomSplitAllocation {

    private RandomSplitAllocation() {
    }

    static PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null for RPA");
        }
        SumRateModel model = SumRateModel.of(problem);
        LinearConstraints constraints = LinearConstraints.of(model);
        double[] p = new double[model.cells()];
        double sum = 0;
        for (int l = 0; l < p.length; l++) {
            p[l] = random.nextExponential();
            sum += p[l];
        }
        for (int l = 0; l < p.length; l++) {
            p[l] *= model.budget() / sum;
        }
        double minimumBudget = new FeasibleRegion(constraints).minimumBudget();
        if (constraints.feasible(p)) {
            return Allocations.feasible("RPA", model, p, minimumBudget, new double[0], Double.NaN);
        }
        return Allocations.violating("RPA", model, p, "the random split violates "
                + String.join("; ", constraints.violations(p)), minimumBudget);
    }
}
