package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/** RPA as the letter's Fig. 2 shows it: a random split of the whole budget ({@link RandomSplitAllocation}). */
@Component(service = PowerAllocator.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "rpa-split",
        description = "RPA of the letter's figures: random split of the budget, feasible or not")
public final class RpaSplitAllocator implements PowerAllocator {

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        return RandomSplitAllocation.allocate(problem, random);
    }
}
