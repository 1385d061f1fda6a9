package org.isac.workbench.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar isac-workbench.jar}: an interactive Gogo shell, or with {@code -c} the given commands
 * run without standard input or display, their output printed, and an exit status of 1 when one fails.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args see {@link LaunchOptions#USAGE}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("isac-workbench: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return 0;
        }
        // the folders are arguments too: one that cannot be a folder is a usage error, not a failed start
        String unusable = unusableFolder("--plugins", options.plugins());
        unusable = unusable != null ? unusable : unusableFolder("--workspace", options.workspace());
        if (unusable != null) {
            System.err.println("isac-workbench: " + unusable);
            return 2;
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        boolean headless = java.awt.GraphicsEnvironment.isHeadless();
        boolean window = options.showWindow(headless);
        if (window && headless) {
            System.err.println("isac-workbench: --gui: no display (is DISPLAY set?); use --no-gui for the shell only");
            return 1;
        }
        // the shell reads the terminal; without one (a window started from a desktop) it must not, since
        // the end of its input would stop the workbench
        boolean terminalShell = options.commands().isEmpty() && (!window || System.console() != null);
        Workbench workbench;
        try {
            workbench = Workbench.start(options.plugins(), options.workspace(), terminalShell,
                    Map.of(Workbench.GUI_PROPERTY, Boolean.toString(window), Workbench.FEATURES_PROPERTY,
                            String.join(",", options.features())));
        } catch (Exception e) {
            System.err.println("isac-workbench: cannot start: " + e.getMessage());
            return 1;
        }
        Thread stopOnExit = new Thread(() -> closeQuietly(workbench), "isac-workbench-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            if (options.commands().isPresent()) {
                List<Workbench.Outcome> outcomes = workbench.execute(options.commands().get(), out);
                out.flush();
                Workbench.Outcome last = outcomes.get(outcomes.size() - 1);
                if (!last.ok()) {
                    System.err.println("isac-workbench: " + last.command() + ": " + last.error());
                    return 1;
                }
                return 0;
            }
            out.printf("ISAC Workbench ready in %d ms%s; plugins folder: %s.%s%n", workbench.startupMillis(),
                    window ? " with its window (closing it quits)" : "", options.plugins().toAbsolutePath(),
                    terminalShell ? " Try 'isac:components', 'help', or 'stop 0' to quit." : "");
            if (terminalShell) {
                new ShellInterrupts(workbench::interruptRunningCommand,
                        () -> System.exit(ShellInterrupts.INTERRUPTED_STATUS), System.err,
                        System::currentTimeMillis).install();
                workbench.startShell();
            }
            workbench.waitForStop();
            return 0;
        } catch (Exception e) {
            System.err.println("isac-workbench: " + e.getMessage());
            return 1;
        } finally {
            closeQuietly(workbench);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing left to do
            }
        }
    }

    private static void closeQuietly(Workbench workbench) {
        try {
            workbench.close();
        } catch (Exception e) {
            System.err.println("isac-workbench: while stopping: " + e.getMessage());
        }
    }

    /** @return why a folder option names no usable folder (creating it when missing), or null when it does */
    private static String unusableFolder(String option, Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder) ? null : option + " " + folder + ": not writable";
        } catch (IOException | SecurityException e) {
            return option + " " + folder + ": not a usable folder (" + (e instanceof FileAlreadyExistsException
                    ? "a file of that name exists" : e.getMessage()) + ")";
        }
    }
}
