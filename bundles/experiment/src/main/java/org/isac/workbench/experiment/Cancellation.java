package org.isac.workbench.experiment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Whether a console command was asked to stop (Ctrl-C in the shell): open one per command, in
 * try-with-resources, and hand it to the runners, which poll it between points and realizations from any thread.
 * {@link #cancelRunning} asks every open one to stop.
 *
 * <p>A request is a flag, not a thread interrupt: an interrupted thread cannot write through a
 * {@code FileChannel} (the channel is closed under it) nor wait on a future, and a cancelled run must still write
 * its finished points and provenance. Commands whose work polls nothing but the thread's interrupt (plain model
 * code such as a search) open theirs with {@link #openInterrupting}; closing it clears the interrupt.
 */
public final class Cancellation implements BooleanSupplier, AutoCloseable {

    private static final Set<Cancellation> OPEN = ConcurrentHashMap.newKeySet();

    private final Thread command;
    private final boolean interrupting;
    private volatile boolean requested;
    /** Set by {@link #close}; guarded by this, so that no interrupt reaches the thread after it. */
    private boolean closed;

    private Cancellation(boolean interrupting) {
        this.command = Thread.currentThread();
        this.interrupting = interrupting;
        OPEN.add(this);
    }

    /** @return the cancellation of the command running on this thread, a flag only */
    public static Cancellation open() {
        return new Cancellation(false);
    }

    /** @return as {@link #open}, and a request also interrupts this thread (for work that has no files open) */
    public static Cancellation openInterrupting() {
        return new Cancellation(true);
    }

    /**
     * Asks every open cancellation to stop.
     *
     * @return whether there was one
     */
    public static boolean cancelRunning() {
        boolean any = false;
        for (Cancellation c : OPEN) {
            synchronized (c) {
                if (!c.closed) {
                    c.requested = true;
                    if (c.interrupting) {
                        c.command.interrupt();
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** @return whether the command was asked to stop */
    @Override
    public boolean getAsBoolean() {
        return requested;
    }

    /**
     * Ends the command's cancellation; the interrupt of an interrupting one is cleared, and none can come after
     * (the thread goes back to the shell's pool and runs other commands).
     */
    @Override
    public synchronized void close() {
        closed = true;
        OPEN.remove(this);
        if (interrupting && Thread.currentThread() == command) {
            Thread.interrupted();
        }
    }
}
