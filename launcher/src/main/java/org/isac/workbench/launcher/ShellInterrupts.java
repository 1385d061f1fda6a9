package org.isac.workbench.launcher;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import sun.misc.Signal;

/**
 * Ctrl-C in the interactive shell: the first one cancels the running command (its finished points and provenance
 * are kept and the prompt comes back), or says how to quit when none runs; a second one within
 * {@value #QUIT_WINDOW_MILLIS} ms quits the workbench (status 130, as the shell's default would). Without this,
 * the JVM's default handler stops the whole workbench at the first Ctrl-C.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}) is the JDK's only way to handle a signal without
 * exiting; the rules are kept apart from it, in {@link #interrupted()}, so that they can be tested without one.
 */
final class ShellInterrupts {

    /** A second Ctrl-C within this time quits. */
    static final long QUIT_WINDOW_MILLIS = 1000;
    /** The exit status of a process stopped by SIGINT (128 + 2). */
    static final int INTERRUPTED_STATUS = 130;

    private final BooleanSupplier cancelRunningCommand;
    private final Runnable quit;
    private final PrintStream err;
    private final LongSupplier clockMillis;
    private long lastMillis = Long.MIN_VALUE;

    /**
     * @param cancelRunningCommand interrupts the running command; answers whether one was running
     * @param quit stops the workbench
     * @param err where the notes go
     * @param clockMillis the time
     */
    ShellInterrupts(BooleanSupplier cancelRunningCommand, Runnable quit, PrintStream err, LongSupplier clockMillis) {
        this.cancelRunningCommand = cancelRunningCommand;
        this.quit = quit;
        this.err = err;
        this.clockMillis = clockMillis;
    }

    /** Handles SIGINT from now on. */
    void install() {
        Signal.handle(new Signal("INT"), signal -> interrupted());
    }

    /** One Ctrl-C. */
    synchronized void interrupted() {
        long now = clockMillis.getAsLong();
        boolean again = lastMillis != Long.MIN_VALUE && now - lastMillis <= QUIT_WINDOW_MILLIS;
        lastMillis = now;
        if (again) {
            err.println("^C again: quitting");
            quit.run();
        } else if (cancelRunningCommand.getAsBoolean()) {
            err.println("^C: cancelling the running command (Ctrl-C again within 1 s quits)");
        } else {
            err.println("^C: no command is running; Ctrl-C again within 1 s, or 'stop 0', quits");
        }
    }
}
