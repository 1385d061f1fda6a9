package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/**
 * RPA, the letter's random benchmark: a uniform draw from the feasible polytope, from the caller's stream
 * (rejection from the simplex, hit-and-run when rejection is slow; {@link RandomPowerAllocation}). The same
 * stream state gives the same allocation.
 */
@Component(service = PowerAllocator.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "rpa",
        description = "RPA: uniform random point of the feasible polytope (seeded by the caller's stream)")
public final class RpaAllocator implements PowerAllocator {

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        return RandomPowerAllocation.allocate(problem, random);
    }
}
