package org.isac.workbench.ui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Figure;

/**
 * Runs queued jobs one at a time on a worker thread, so that the user interface never waits for a run. A
 * queued run can be cancelled before it starts; a running one is asked to stop through the
 * {@link BooleanSupplier} it polls (runners keep the points they completed).
 */
public final class RunQueue implements AutoCloseable {

    /** Where a run is. */
    public enum State {
        /** waiting for the runs before it */
        QUEUED,
        /** on the worker thread now */
        RUNNING,
        /** finished all its points */
        DONE,
        /** stopped by the user; its completed points are kept */
        CANCELLED,
        /** ended by an error */
        FAILED
    }

    /** The work of one run. */
    @FunctionalInterface
    public interface Job {
        /**
         * @param listener told of progress and partial figures
         * @param cancelled true once the user asked the run to stop
         * @return the files written
         * @throws Exception when the run fails; the message is shown to the user
         */
        List<Path> run(ProgressListener listener, BooleanSupplier cancelled) throws Exception;
    }

    /** Told of every change of a run; called on the worker thread (or the caller's, for queueing). */
    @FunctionalInterface
    public interface Listener {
        /** @param run the run that changed */
        void changed(Run run);
    }

    /** One run: its state, progress, latest figure and result. Thread-safe. */
    public final class Run implements ProgressListener {
        private final long id;
        private final String label;
        private final Job job;
        private volatile State state = State.QUEUED;
        private volatile boolean cancelRequested;
        private volatile Progress progress = new Progress(0, 0, 0);
        private volatile Figure figure;
        private volatile List<Path> files = List.of();
        private volatile String error;
        private final CountDownLatch end = new CountDownLatch(1);

        private Run(long id, String label, Job job) {
            this.id = id;
            this.label = label;
            this.job = job;
        }

        /** @return a number unique within the queue, increasing in submission order */
        public long id() {
            return id;
        }

        /** @return what the run is, for the user */
        public String label() {
            return label;
        }

        /** @return its state */
        public State state() {
            return state;
        }

        /** @return its latest progress report */
        public Progress progress() {
            return progress;
        }

        /** @return its latest (partial) figure, {@code null} before the first */
        public Figure figure() {
            return figure;
        }

        /** @return the files written, empty until it ends */
        public List<Path> files() {
            return files;
        }

        /** @return why it failed, {@code null} unless FAILED */
        public String error() {
            return error;
        }

        /** @return whether it has ended (done, cancelled or failed) */
        public boolean ended() {
            State s = state;
            return s == State.DONE || s == State.CANCELLED || s == State.FAILED;
        }

        /**
         * Waits until the run has ended.
         *
         * @throws InterruptedException when interrupted
         */
        public void awaitEnd() throws InterruptedException {
            end.await();
        }

        @Override
        public void progress(long done, long total, double perSecond) {
            progress = new Progress(done, total, perSecond);
            fire(this);
        }

        @Override
        public void figure(Figure partial) {
            figure = partial;
            fire(this);
        }

        private void execute() {
            synchronized (this) {
                if (cancelRequested) {
                    return; // cancelled while queued: already reported
                }
                state = State.RUNNING;
            }
            fire(this);
            try {
                files = List.copyOf(job.run(this, () -> cancelRequested));
                state = cancelRequested ? State.CANCELLED : State.DONE;
            } catch (Exception | LinkageError e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                state = State.FAILED;
            }
            end.countDown();
            fire(this);
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "isac-workbench-runs");
        thread.setDaemon(true);
        return thread;
    });

    /** @param listener told of every change of every run */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Queues a run behind the ones already queued.
     *
     * @param label what it is, for the user
     * @param job its work
     * @return the queued run
     */
    public Run submit(String label, Job job) {
        Run run = new Run(ids.incrementAndGet(), label, job);
        runs.add(run);
        fire(run);
        worker.execute(run::execute);
        return run;
    }

    /**
     * Cancels a run: a queued one never starts, a running one stops at its next poll.
     *
     * @param run the run
     */
    public void cancel(Run run) {
        boolean neverStarted;
        synchronized (run) {
            run.cancelRequested = true;
            neverStarted = run.state == State.QUEUED;
            if (neverStarted) {
                run.state = State.CANCELLED;
                run.end.countDown();
            }
        }
        if (neverStarted) {
            fire(run);
        }
    }

    /** @return every run submitted, oldest first */
    public List<Run> runs() {
        return new ArrayList<>(runs);
    }

    /** Cancels every run and waits a little for the running one to stop. */
    @Override
    public void close() throws InterruptedException {
        runs.forEach(this::cancel);
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    private void fire(Run run) {
        for (Listener listener : listeners) {
            listener.changed(run);
        }
    }
}
