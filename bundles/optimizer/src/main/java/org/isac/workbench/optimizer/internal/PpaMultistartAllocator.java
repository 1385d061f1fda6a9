package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * PPA-MS (spec §3): PPA from its usual start and from the L LP vertices max P_v, keeping the best; L + 1
 * times the work of PPA for the few instances where PPA alone ends in a local optimum. Same stopping rule and
 * configuration type as {@link PpaAllocator}, under its own PID.
 */
@Component(service = PowerAllocator.class, configurationPid = PpaMultistartAllocator.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PpaAllocator.Config.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "ppa-ms",
        description = "PPA-MS: PPA from EPA (or an interior point) and from the L LP vertices, best kept")
public final class PpaMultistartAllocator implements PowerAllocator {

    static final String PID = "org.isac.workbench.power_allocator.ppa_ms";

    private final ComponentRegistry registry;
    private volatile ProposedPowerAllocation ppa;

    /**
     * @param registry where the active surrogate solver is looked up
     * @param config the stopping rule
     */
    @Activate
    public PpaMultistartAllocator(@Reference(name = "registry") ComponentRegistry registry,
            PpaAllocator.Config config) {
        this.registry = registry;
        configure(config);
    }

    @Modified
    void configure(PpaAllocator.Config config) {
        ppa = new ProposedPowerAllocation(config.tolerance(), config.maxIterations());
    }

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        SurrogateSolver solver = registry.active(SurrogateSolver.CONCERN, SurrogateSolver.class);
        return ppa.allocateMultistart(problem, solver);
    }
}
