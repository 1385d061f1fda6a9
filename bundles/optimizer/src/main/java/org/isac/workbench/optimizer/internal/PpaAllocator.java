package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * PPA, the letter's proposed scheme and the default power allocator: alternating optimisation of the
 * fractional-programming surrogate (spec §3, {@link ProposedPowerAllocation}). Each P-step is solved by the
 * surrogate solver active in the registry, looked up once per {@link #allocate} call so that a backend
 * swapped mid-sweep takes effect at the next allocation and never half way through one.
 */
@IsacConsumer(name = "power-allocator ppa", concerns = {"surrogate-solver"})
@Component(service = PowerAllocator.class, configurationPid = PpaAllocator.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PpaAllocator.Config.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "ppa",
        description = "PPA: alternating optimisation of the fractional-programming surrogate (the letter's scheme)")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class PpaAllocator implements PowerAllocator {

    static final String PID = "org.isac.workbench.power_allocator.ppa";

    /** Stopping rule of the outer iteration. */
    @ObjectClassDefinition(name = "PPA power allocation",
            description = "Alternating optimisation: t = 1/I(P), then P = argmax of the surrogate, until the sum "
                    + "rate improves by at most tolerance * max(1, Rsum)")
    public @interface Config {
        /** @return ε of the stopping rule */
        @AttributeDefinition(name = "Tolerance", description = "relative improvement of the sum rate below which "
                + "the iteration stops", min = "1e-15")
        double tolerance() default ProposedPowerAllocation.DEFAULT_TOLERANCE;

        /** @return the cap on outer iterations */
        @AttributeDefinition(name = "Maximum iterations", description = "cap on outer iterations", min = "1")
        int maxIterations() default ProposedPowerAllocation.DEFAULT_MAX_ITERATIONS;
    }

    private final ComponentRegistry registry;
    private volatile ProposedPowerAllocation ppa;

    /**
     * @param registry where the active surrogate solver is looked up
     * @param config the stopping rule
     */
    @Activate
    public PpaAllocator(@Reference(name = "registry") ComponentRegistry registry, Config config) {
        this.registry = registry;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        ppa = new ProposedPowerAllocation(config.tolerance(), config.maxIterations());
    }

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        SurrogateSolver solver = registry.active(SurrogateSolver.CONCERN, SurrogateSolver.class);
        return ppa.allocate(problem, solver);
    }
}
