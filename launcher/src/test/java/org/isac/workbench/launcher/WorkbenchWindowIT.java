package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged workbench with its window, on the display of the session or, without one, on an Xvfb server
 * this test starts (installing the Debian package {@code xvfb} when it is missing and the test runs as root
 * with apt-get): the window opens Fig. 4, types two edits into the scenario form, runs it, and when the run
 * has ended writes a screenshot and closes itself, which stops the container. Skipped, with the reason, only
 * where no display can be made.
 */
class WorkbenchWindowIT {

    /** JVM start, a 2-second run, and the stop; generous for a loaded CI machine. */
    private static final long TIMEOUT_SECONDS = 180;
    /** The window's size on a screen larger than it (the Xvfb screen below is 1920 x 1080). */
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;

    @TempDir
    Path folder;

    @Test
    void runsAScenarioFromTheWindowAndClosesCleanly() throws Exception {
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        try {
            if (display == null || display.isBlank()) {
                xvfb = startXvfb();
                display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine().strip();
            }
            Path scenario = folder.resolve("scenarios/network-sg/fig04.json");
            Files.createDirectories(scenario.getParent());
            Files.copy(Path.of(System.getProperty("isac.scenarios"), "network-sg", "fig04.json"), scenario);
            Path screenshot = Path.of(System.getProperty("isac.screenshots"), "workbench-fig04.png");
            Files.deleteIfExists(screenshot);

            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Disac.workbench.ui.run=scenarios/network-sg/fig04.json",
                    "-Disac.workbench.ui.set=mode=gamma;realizations=2000",
                    "-Disac.workbench.ui.screenshot=" + screenshot,
                    "-jar", System.getProperty("isac.workbench.jar"), "--gui",
                    "--plugins", folder.resolve("plugins").toString(), "--workspace", folder.resolve("workspace").toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectInput(Files.createFile(folder.resolve("stdin")).toFile())
                    .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
            builder.environment().put("DISPLAY", display);
            Process workbench = builder.start();
            if (!workbench.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
                throw new AssertionError("the window did not run and close within " + TIMEOUT_SECONDS + " s; stderr: "
                        + Files.readString(folder.resolve("err.txt")));
            }
            String out = Files.readString(folder.resolve("out.txt"));
            String err = Files.readString(folder.resolve("err.txt"));
            assertEquals(0, workbench.exitValue(), "closing the window stops the container cleanly; stderr: " + err);
            assertTrue(out.contains("with its window (closing it quits)"), out);
            assertTrue(!err.contains("ERROR"), "no errors logged: " + err);

            BufferedImage image = ImageIO.read(screenshot.toFile());
            if (xvfb != null) {
                assertEquals(WIDTH, image.getWidth());
                assertEquals(HEIGHT, image.getHeight());
            }
            assertTrue(out.contains("screenshot " + image.getWidth() + "x" + image.getHeight()), out);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            long distinct = java.util.Arrays.stream(pixels).distinct().count();
            assertTrue(distinct > 100, "a window with a chart, forms and tables has many colours, got " + distinct);

            // the run used the edited copy (kept with its results, in a folder of the run's own) and left the
            // original alone
            List<Path> runs;
            try (var listing = Files.list(folder.resolve("results/network-sg"))) {
                runs = listing.toList();
            }
            assertEquals(1, runs.size(), "one run folder: " + runs);
            Path results = runs.get(0);
            assertTrue(results.getFileName().toString().matches("fig04-\\d{8}-\\d{6}"), results.toString());
            assertTrue(Files.readString(results.resolve("fig04.json")).contains("\"gamma\""));
            assertTrue(Files.readString(scenario).contains("\"physical\""));
            List<String> rows = Files.readAllLines(results.resolve("fig04.csv"));
            assertEquals(1 + 24, rows.size(), "a row per (Lc, K) point: " + rows);
            assertTrue(rows.get(1).endsWith(",gamma,"), rows.get(1));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts Xvfb on a free display; its first output line is the display number. */
    private static Process startXvfb() throws IOException, InterruptedException {
        Optional<Path> binary = onPath("Xvfb");
        if (binary.isEmpty() && isRoot() && onPath("apt-get").isPresent()) {
            install();
            binary = onPath("Xvfb");
        }
        assumeTrue(binary.isPresent(), "skipped: no DISPLAY, and Xvfb is not installed and could not be installed "
                + "(that needs root and apt-get); install the Debian package xvfb to run this test");
        return new ProcessBuilder(binary.get().toString(), "-displayfd", "1", "-screen", "0", "1920x1080x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void install() throws IOException, InterruptedException {
        for (List<String> step : List.of(List.of("apt-get", "install", "-y", "-q", "xvfb"),
                List.of("apt-get", "update", "-q"), List.of("apt-get", "install", "-y", "-q", "xvfb"))) {
            List<String> command = new ArrayList<>(step);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return;
            }
            if (onPath("Xvfb").isPresent()) {
                return;
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
