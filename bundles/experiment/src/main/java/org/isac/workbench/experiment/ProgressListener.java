package org.isac.workbench.experiment;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how a run advances; called from worker threads, so implementations must be thread-safe and quick. */
@ConsumerType
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total, perSecond) -> { };

    /**
     * @param done realizations completed so far
     * @param total realizations planned (the cap when the run may stop early)
     * @param perSecond current throughput in realizations per second
     */
    void progress(long done, long total, double perSecond);
}
