package org.isac.workbench.simulation;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how a Monte Carlo run advances; called from worker threads, so implementations must be thread-safe and quick. */
@ConsumerType
@FunctionalInterface
public interface RunProgress {

    /** Ignores every report. */
    RunProgress NONE = (done, total, perSecond) -> { };

    /**
     * @param done realizations completed so far
     * @param total realizations planned (the cap when the run may stop early)
     * @param perSecond current throughput in realizations per second
     */
    void progress(long done, long total, double perSecond);
}
