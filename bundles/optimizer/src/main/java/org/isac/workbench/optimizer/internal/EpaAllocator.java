package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/** EPA, the letter's equal-power benchmark ({@link EqualPowerAllocation}); deterministic, the stream is ignored. */
@Component(service = PowerAllocator.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "epa",
        description = "EPA: equal power P_th/L per base station, feasible or not")
public final class EpaAllocator implements PowerAllocator {

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        return EqualPowerAllocation.allocate(problem);
    }
}
