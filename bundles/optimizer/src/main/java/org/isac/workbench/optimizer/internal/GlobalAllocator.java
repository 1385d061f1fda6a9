package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * GLOBAL: the certified global optimum by branch and bound ({@link GlobalPowerAllocation}), the reference the
 * other schemes are measured against; for small L. Its {@code upperBound} is a proven bound on the optimum
 * (within {@code gap} of the returned sum rate unless the node cap or the time budget stopped the search: its
 * {@code reason} then starts with "not certified within budget"), and {@code iterations} counts the boxes
 * processed. It uses the built-in interior-point solver, not the registry's active surrogate
 * solver: the certified bounds need the dual multipliers, which the {@code SurrogateSolver} contract does
 * not return, and a reference should not change with a user's backend selection.
 */
@Component(service = PowerAllocator.class, configurationPid = GlobalAllocator.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = GlobalAllocator.Config.class)
@IsacProvider(concern = PowerAllocator.CONCERN, name = "global",
        description = "GLOBAL: certified global optimum by branch and bound (small L)")
public final class GlobalAllocator implements PowerAllocator {

    static final String PID = "org.isac.workbench.power_allocator.global";

    /** When the search stops. */
    @ObjectClassDefinition(name = "Global power allocation (branch and bound)",
            description = "Stops when the proven upper bound is within gap * max(1, best) of the best sum rate, "
                    + "after nodeLimit boxes, or after timeBudget seconds")
    public @interface Config {
        /** @return the relative gap to certify */
        @AttributeDefinition(name = "Gap", description = "relative optimality gap to certify", min = "1e-12")
        double gap() default GlobalPowerAllocation.DEFAULT_GAP;

        /** @return the cap on boxes */
        @AttributeDefinition(name = "Node limit", description = "cap on the boxes processed", min = "1")
        int nodeLimit() default GlobalPowerAllocation.DEFAULT_NODE_LIMIT;

        /** @return seconds after which the search stops with the bound it has proven */
        @AttributeDefinition(name = "Time budget", description = "seconds after which the search stops with the "
                + "bound it has proven (reported as not certified within budget)", min = "0.001", max = "1000000")
        double timeBudget() default GlobalPowerAllocation.DEFAULT_TIME_BUDGET;
    }

    private volatile GlobalPowerAllocation global;

    /** @param config stopping rule */
    @Activate
    public GlobalAllocator(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        global = new GlobalPowerAllocation(config.gap(), config.nodeLimit(), config.timeBudget());
    }

    @Override
    public PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        return global.allocate(problem);
    }
}
