package org.isac.workbench.experiment;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The progress of a long console command as text lines (on standard error, so that standard output stays
 * machine-readable): the first line {@value #FIRST_LINE_MILLIS} ms after the start, then one every
 * {@value #INTERVAL_MILLIS} ms, and the final state when the command ends; a command that ends within the first
 * second prints nothing. The lines come from a timer, so a command whose steps are slow, or that reports no
 * steps at all, still shows it is alive: {@code label: done/total (p %), rate/s, ETA s} once steps are reported,
 * {@code label: running, t s} before.
 *
 * <p>Use one per command, in try-with-resources, created on the command's own thread.
 */
public final class ConsoleProgress implements ProgressListener, AutoCloseable {

    /** Delay of the first line. */
    public static final long FIRST_LINE_MILLIS = 1000;
    /** Time between two lines. */
    public static final long INTERVAL_MILLIS = 2000;

    private record State(long done, long total, double perSecond) {
    }

    private final PrintStream out;
    private final String label;
    private final long startNanos = System.nanoTime();
    private final AtomicReference<State> latest = new AtomicReference<>();
    private final ScheduledExecutorService timer;
    private boolean printed;
    private boolean closed;

    private ConsoleProgress(PrintStream out, String label, long firstMillis, long intervalMillis) {
        this.out = out;
        this.label = label;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "isac-progress " + label);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::tick, firstMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the timer.
     *
     * @param out where the lines go, resolved now (Gogo's {@code System.err} writes to the stream of the calling
     *        thread's session, and the lines are printed from the timer's thread)
     * @param label what is running, first on each line
     * @return the progress, to be closed when the command ends
     */
    public static ConsoleProgress start(PrintStream out, String label) {
        return new ConsoleProgress(streamOfThisThread(out), label, FIRST_LINE_MILLIS, INTERVAL_MILLIS);
    }

    /** For tests: the same with other delays. */
    static ConsoleProgress start(PrintStream out, String label, long firstMillis, long intervalMillis) {
        return new ConsoleProgress(out, label, firstMillis, intervalMillis);
    }

    @Override
    public void progress(long done, long total, double perSecond) {
        latest.set(new State(done, total, perSecond));
    }

    private synchronized void tick() {
        if (!closed) {
            print();
            printed = true;
        }
    }

    /** Formats the whole line first and writes it in one call, so that nothing cuts it on the stream. */
    private void print() {
        State s = latest.get();
        String line = s == null
                ? String.format(Locale.ROOT, "%s: running, %.0f s%n", label, (System.nanoTime() - startNanos) / 1e9)
                : String.format(Locale.ROOT, "%s: %d/%d (%.0f %%), %.3g/s, ETA %.0f s%n", label, s.done(), s.total(),
                        s.total() > 0 ? 100.0 * s.done() / s.total() : 0, s.perSecond(),
                        s.perSecond() > 0 ? (s.total() - s.done()) / s.perSecond() : Double.NaN);
        out.print(line);
        out.flush();
    }

    /** Stops the timer; prints the final state when a line was printed before. */
    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            if (printed && !closed && latest.get() != null) {
                print();
            }
            closed = true;
        }
    }

    /**
     * Gogo's per-thread {@code System.err} has a public {@code getCurrent()} that returns the stream it writes to
     * for this thread; any other stream is returned as it is.
     */
    private static PrintStream streamOfThisThread(PrintStream stream) {
        try {
            Method current = stream.getClass().getMethod("getCurrent");
            if (PrintStream.class.isAssignableFrom(current.getReturnType())) {
                return (PrintStream) current.invoke(stream);
            }
        } catch (ReflectiveOperationException | RuntimeException notGogos) {
            // a plain stream: it is its own target
        }
        return stream;
    }
}
