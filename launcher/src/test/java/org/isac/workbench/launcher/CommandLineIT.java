package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as lab scripts do: {@code java -jar isac-workbench.jar -c "..."}, no stdin. */
class CommandLineIT {

    @TempDir
    Path folder;

    private JarProcess.Result launch(String... args) throws IOException, InterruptedException {
        return JarProcess.run(folder, folder, args);
    }

    @Test
    void listsActiveBundlesAndProviders() throws Exception {
        JarProcess.Result r = launch("-c", "lb; isac:components");
        assertEquals(0, r.status(), r.err());
        List<String> bundles = r.out().lines().filter(l -> l.matches("\\s*\\d+\\|.*")).toList();
        assertTrue(bundles.size() >= 30, r.out());
        bundles.forEach(line -> assertTrue(line.contains("|Active"), "not active: " + line));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("fading\\s+rayleigh\\s+\\*\\s+\\*.*")), r.out());
    }

    /**
     * {@code kill -9} while selections are being stored, 20 times at pseudo-random moments: the workspace always
     * holds a complete selection, the last one or the one before (Felix's own store lost them in 4 of 28 trials).
     */
    @Test
    void aKilledWorkbenchNeverLosesTheStoredSelection() throws Exception {
        assertEquals(0, launch("-c", "isac:use beamformer rzf").status());
        Path stored = folder.resolve("workspace").resolve("config/org/isac/workbench/selection.config");
        String script = String.join("; ", java.util.Collections.nCopies(100,
                "isac:use beamformer mrt; isac:use beamformer rzf"));
        java.util.Random moments = new java.util.Random(7);
        for (int trial = 0; trial < 20; trial++) {
            Process process = new ProcessBuilder(JarProcess.command(folder, "-c", script)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1200 + moments.nextInt(1500));
            process.destroyForcibly(); // SIGKILL
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            String selection = Files.readString(stored);
            assertTrue(selection.contains("beamformer=\"rzf\"") || selection.contains("beamformer=\"mrt\""),
                    "trial " + trial + ": " + selection);
        }
    }

    @Test
    void theCoreFeatureStartsAlone() throws Exception {
        JarProcess.Result r = launch("--features", "core", "-c", "lb; isac:components");
        assertEquals(0, r.status(), r.err());
        List<String> bundles = r.out().lines().filter(l -> l.matches("\\s*\\d+\\|.*")).toList();
        bundles.forEach(line -> assertTrue(line.contains("|Active"), "not active: " + line));
        // no paper, no toolkit: neither JFreeChart nor Swing code nor the papers' bundles are installed
        assertTrue(bundles.stream().noneMatch(l -> l.contains("JFree") || l.contains("FlatLaf")
                || l.contains("Network") || l.contains("CoMP")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("fading\\s+rayleigh\\s+\\*\\s+\\*.*")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("chart ") || l.startsWith("scenario-runner")), r.out());

        // a paper feature brings what it needs, and nothing of the other paper's
        r = launch("--features", "network-sg", "-c", "lb; isac:sg comm-rate K=4");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("3.545569354592"), r.out()); // Theorem 1 at the defaults, as isac:sg prints it
        assertTrue(r.out().lines().noneMatch(l -> l.contains("Optimizer") || l.contains("ojAlgo")
                || l.contains("JFree")), r.out());

        r = launch("--features", "core,nosuch", "-c", "lb");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("--features: unknown feature 'nosuch'; known: "), r.err());
    }

    @Test
    void aCorruptPluginIsReportedOnceAndNotWaitedFor() throws Exception {
        Files.createDirectories(folder.resolve("plugins"));
        Files.writeString(folder.resolve("plugins").resolve("broken.jar"), "not a zip file");
        JarProcess.Result r = launch("-c", "isac:components fading");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("warning: plugin broken.jar is ignored: not a readable jar ("), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("broken.jar")).count(), r.err());
        // and the start does not wait for it (the wait for plugins ends with this warning when it times out)
        assertTrue(!r.err().contains("plugins not started after"), r.err());
    }

    /**
     * L = 64 is allowed, and its global reference would run for hours: by default it is skipped, and asked for, it
     * stops at its time budget (here 2 s, set as a user would in the plugins folder) with a proven bound, saying so.
     */
    @Test
    void theGlobalReferenceAtLargeLIsSkippedOrStopsAtItsBudget() throws Exception {
        StringBuilder gainComm = new StringBuilder();
        StringBuilder gainSense = new StringBuilder();
        java.util.Random random = new java.util.Random(64);
        for (int l = 0; l < 64; l++) {
            gainComm.append(l == 0 ? "[" : ",[");
            gainSense.append(l == 0 ? "[" : ",[");
            for (int i = 0; i < 64; i++) {
                gainComm.append(i == 0 ? "" : ",").append(l == i ? 1 : 0.05 * random.nextDouble());
                gainSense.append(i == 0 ? "" : ",").append(l == i ? 10 : 0.3 * random.nextDouble());
            }
            gainComm.append(']');
            gainSense.append(']');
        }
        String instance = "{\"L\": 64, \"gainComm\": [" + gainComm + "], \"gainSense\": [" + gainSense + "], "
                + "\"noiseComm\": 1.2589, \"noiseSense\": 31.623, \"N\": 100, \"pfa\": 1e-6, \"powerBudget\": 640, "
                + "\"rateMin\": 0.5, \"pdMin\": 0.5}";
        Files.writeString(folder.resolve("l64.json"), instance);
        JarProcess.Result r = launch("-c", "isac:pa l64.json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"skipped\" : \"L = 64 > 8: the global reference runs above L = 8 only when the "
                + "instance has \\\"global\\\": true\""), r.out());
        assertTrue(!r.out().contains("gapToGlobal"), "no gap to a reference that did not run");

        Files.writeString(folder.resolve("l64.json"), instance.replace("{", "{\"global\": true, "));
        Files.createDirectories(folder.resolve("plugins"));
        Files.writeString(folder.resolve("plugins").resolve("org.isac.workbench.power_allocator.global.cfg"),
                "timeBudget=2\n");
        r = launch("-c", "isac:pa l64.json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"certified\" : false"), r.out());
        assertTrue(r.out().contains("\"note\" : \"not certified within budget (time budget of 2.0 s spent, "), r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("GLOBAL: not certified within budget (time budget of "
                + "2.0 s spent, ")), r.err());
    }

    @Test
    void aFailingCommandStopsTheScriptWithStatusOneAndTheErrorOnStderr() throws Exception {
        JarProcess.Result r = launch("-c", "isac:components fading; isac:use fading rician; isac:components");
        assertEquals(1, r.status());
        assertEquals("isac-workbench: isac:use fading rician: unknown fading provider 'rician'; known: rayleigh",
                r.err().strip());
        assertTrue(r.out().contains("rayleigh") && !r.out().contains("pathloss"), "stops at the failure: " + r.out());
    }

    @Test
    void unknownCommandAndBadOptionsAreErrors() throws Exception {
        JarProcess.Result r = launch("-c", "isac:nosuch");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("Command not found: isac:nosuch"), r.err());
        r = launch("--frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("isac-workbench: unknown argument '--frobnicate'"), r.err());
        Files.writeString(folder.resolve("not-a-folder"), "x");
        r = launch("--workspace", folder.resolve("not-a-folder").toString(), "-c", "lb");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("isac-workbench: --workspace " + folder.resolve("not-a-folder")
                + ": not a usable folder (a file of that name exists)"), r.err());
        r = launch("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: java -jar isac-workbench.jar"), r.out());
    }
}
