package org.isac.workbench.numerics.montecarlo;

import org.isac.workbench.numerics.stat.RunningStatistics;
import org.osgi.annotation.versioning.ConsumerType;

/** Decides, at a block boundary, whether a task has run enough (for example a target confidence half-width). */
@ConsumerType
@FunctionalInterface
public interface StopRule {

    /** Runs every realization up to the cap. */
    StopRule NEVER = (merged, realizations) -> false;

    /**
     * @param merged the statistics of every block so far, merged in block order
     * @param realizations how many realizations they hold
     * @return true to stop here
     */
    boolean satisfied(RunningStatistics[] merged, long realizations);
}
