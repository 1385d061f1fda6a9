package org.isac.workbench.optimizer.internal;

import java.util.Arrays;
import java.util.List;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * EPA, the letter's first benchmark: P_l = P_th/L, feasible or not. When it is not, the reason names every
 * constraint of every cell that fails (and, when 𝒫 itself is empty, why no scheme can succeed).
 */
final class EqualPowerAllocation {

    private EqualPowerAllocation() {
    }

    /**
     * @param problem the instance
     * @return EPA's allocation, or why it violates the constraints
     */
    static PowerAllocation allocate(PowerAllocationProblem problem) {
        SumRateModel model = SumRateModel.of(problem);
        LinearConstraints constraints = LinearConstraints.of(model);
        FeasibleRegion region = new FeasibleRegion(constraints);
        double[] p = new double[model.cells()];
        Arrays.fill(p, model.budget() / model.cells());
        if (constraints.feasible(p)) {
            return Allocations.feasible("EPA", model, p, region.minimumBudget(), new double[0], Double.NaN);
        }
        List<String> failures = constraints.violations(p);
        StringBuilder reason = new StringBuilder("EPA (P_l = ").append(Allocations.format(p[0])).append(") violates ");
        reason.append(String.join("; ", failures));
        String empty = region.infeasibilityReason();
        if (empty != null) {
            reason.append("; no allocation can do better: ").append(empty);
        }
        return Allocations.violating("EPA", model, p, reason.toString(), region.minimumBudget());
    }
}
