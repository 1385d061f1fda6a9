package org.isac.workbench.ui.internal.model;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the latest of many values offered from worker threads to a consumer on another executor (the
 * Swing event thread), at most one hand-over pending at a time: a run reporting thousands of progress steps
 * per second costs the user interface one update per repaint, and no value newer than the last one shown is
 * ever lost.
 *
 * @param <T> the value type
 */
public final class LatestValue<T> {

    private final Executor executor;
    private final Consumer<T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();

    /**
     * @param executor where the consumer runs
     * @param consumer told of the latest value
     */
    public LatestValue(Executor executor, Consumer<T> consumer) {
        this.executor = executor;
        this.consumer = consumer;
    }

    /** @param value the newest value; replaces one not yet handed over */
    public void offer(T value) {
        if (pending.getAndSet(value) == null) {
            executor.execute(() -> consumer.accept(pending.getAndSet(null)));
        }
    }
}
