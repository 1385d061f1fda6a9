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

    /**
     * A snapshot of the figure as far as it is computed (points not yet computed are NaN gaps), published by
     * runners after each completed point so that a chart can fill in while the run progresses; called from
     * worker threads. The snapshot is the listener's to keep: runners never change it afterwards.
     *
     * @param partial the figure so far
     */
    default void figure(Figure partial) {
    }
}
