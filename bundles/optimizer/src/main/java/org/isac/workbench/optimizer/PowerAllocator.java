package org.isac.workbench.optimizer;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A power-allocation scheme (concern {@value #CONCERN}); its registry name is the scheme's name. A scheme is called
 * from several threads at once (the random drops of a figure run in parallel blocks): implementations keep no
 * mutable state between calls and draw only from the random stream they are given.
 */
@ProviderType
public interface PowerAllocator {

    /** The concern this service serves in the registry. */
    String CONCERN = "power-allocator";

    /**
     * @param problem the instance
     * @param random the stream for randomised schemes (ignored by deterministic ones)
     * @return the allocation, or an infeasible result with its reason; never NaN powers, never an exception
     *         for an infeasible instance
     */
    PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random);
}
