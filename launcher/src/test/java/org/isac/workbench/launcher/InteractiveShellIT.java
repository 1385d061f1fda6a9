package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell on a pseudo-terminal, as a user at a keyboard has it: {@code script(1)} (util-linux, in
 * every Debian) runs the workbench on a new terminal and copies our input to it, so a 0x03 byte is the terminal's
 * Ctrl-C: a SIGINT to the workbench.
 */
class InteractiveShellIT {

    /** Bounds every wait; a hang is what it guards against. */
    private static final long WAIT_MILLIS = 90_000;
    private static final byte[] CTRL_C = {3};

    @TempDir
    Path folder;

    /** The terminal's output so far, read by a thread; waits are woken by new output, not by a clock. */
    private final StringBuilder screen = new StringBuilder();

    private void read(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (screen) {
                    screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    screen.notifyAll();
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    /** Waits until the screen shows {@code text} after position {@code from}; returns the position after it. */
    private int await(String text, int from) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (screen) {
            int at;
            while ((at = screen.indexOf(text, from)) < 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("no '" + text + "' on the terminal within " + WAIT_MILLIS + " ms:\n"
                            + screen);
                }
                screen.wait(left);
            }
            return at + text.length();
        }
    }

    private static void type(OutputStream terminal, byte[] keys) throws IOException {
        terminal.write(keys);
        terminal.flush();
    }

    private static void type(OutputStream terminal, String line) throws IOException {
        type(terminal, (line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ctrlCCancelsTheRunningCommandTheShellGoesOnAndTwoCtrlCsQuit() throws Exception {
        Path scenario = folder.resolve("long.json");
        Files.writeString(scenario, """
                {"kind": "network-sg", "title": "long", "quantity": "comm-rate", "base": {"M": 16, "J": 2},
                 "x": {"key": "Lc", "values": [1, 2]}, "series": {"key": "K", "values": [2]},
                 "mode": "gamma", "realizations": 1000000000, "seed": 1}""");
        String workbench = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("isac.workbench.jar"), "--no-gui", "--plugins", folder.resolve("plugins")
                        .toString(), "--workspace", folder.resolve("workspace").toString());
        Process process = new ProcessBuilder(List.of("script", "-qfec", workbench, "/dev/null"))
                .directory(folder.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> read(process.getInputStream()), "terminal reader");
        reader.setDaemon(true);
        reader.start();
        OutputStream terminal = process.getOutputStream();
        try {
            int at = await("g! ", 0);
            type(terminal, "isac:simulate comm-rate mode=gamma realizations=100000000 threads=1");
            at = await("comm-rate: ", at); // its progress: the simulation is under way
            at = await("ETA", at); // the whole line, so the Ctrl-C does not land in it
            type(terminal, CTRL_C);
            // the handler's note and the command's failure come on two streams, in either order
            int noted = await("^C: cancelling the running command", at);
            at = Math.max(noted, await("g! ", await("cancelled after ", at)));

            type(terminal, "isac:run " + scenario + " " + folder.resolve("results"));
            at = await("long.json: ", at);
            at = await("ETA", at);
            type(terminal, CTRL_C);
            noted = await("^C: cancelling the running command", at);
            at = Math.max(noted, await("g! ", await("cancelled; the finished points are kept", at)));
            String provenance = Files.readString(folder.resolve("results").resolve("long.provenance.json"));
            assertTrue(provenance.contains("\"complete\" : false") && provenance.contains("\"cancelled\" : true"),
                    provenance);
            // cancelled within its first point (10⁹ realizations): the CSV has its header and no partial point
            List<String> rows = Files.readAllLines(folder.resolve("results").resolve("long.csv"));
            assertEquals(1, rows.size(), String.join("\n", rows));
            assertTrue(rows.get(0).startsWith("Lc,"), rows.get(0));

            type(terminal, "isac:marcumq 1 1 2");
            at = await("Q 0.26901206003591005", at); // the shell keeps working (Q_1(1, 2) = 0.269012060035909996678..., mpmath)
            at = await("g! ", at);
            type(terminal, CTRL_C);
            type(terminal, CTRL_C);
            await("^C again: quitting", at);
            assertTrue(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the workbench quit");
            assertEquals(ShellInterrupts.INTERRUPTED_STATUS, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
