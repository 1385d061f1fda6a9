package org.isac.workbench.experiment;

/**
 * Counts the steps of a run (points, trials, realizations) and reports each advance with its rate to a
 * listener; progress within a step can be reported too, so a long step does not look frozen.
 */
public final class ProgressCounter {

    private final ProgressListener listener;
    private final long total;
    private final long startNanos = System.nanoTime();
    private volatile long done;

    /**
     * @param listener told of the progress
     * @param total the steps planned
     */
    public ProgressCounter(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    /** @return the steps planned */
    public long total() {
        return total;
    }

    /**
     * Completes steps.
     *
     * @param steps how many
     */
    public void advance(long steps) {
        done += steps;
        report(done);
    }

    /**
     * Reports progress within the steps under way, without completing them.
     *
     * @param partial steps of the current unit of work done so far
     */
    public void within(long partial) {
        report(done + partial);
    }

    private void report(long at) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        listener.progress(at, total, seconds > 0 ? at / seconds : 0);
    }
}
