package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceEvent;

/**
 * The hot-swap round trip: drop the example Nakagami plugin into a running workbench, select it, check
 * the samples it draws, keep the selection across a restart, remove the plugin and see the fallback.
 */
class HotSwapIT {

    private static final String NAKAGAMI = "(&(isac.concern=fading)(isac.name=nakagami))";
    /** Samples per distribution check. */
    private static final int SAMPLES = 200_000;
    /**
     * Half-width of the moment checks in standard errors: 4.5 gives a two-sided false-alarm rate of 7e-6
     * for a correct model, while the Rayleigh/Nakagami(2) second moments (2 vs 1.5) differ by ~90 errors.
     */
    private static final double Z = 4.5;

    @TempDir
    Path folder;

    @Test
    void pluginArrivesIsSelectedSurvivesRestartAndFallsBack() throws Exception {
        Path plugins = folder.resolve("plugins");
        Path workspace = folder.resolve("workspace");
        Path dropped = plugins.resolve("nakagami-fading.jar");
        try (Workbench workbench = Workbench.start(plugins, workspace, false)) {
            WorkbenchFixture.awaitServiceEvent(workbench.context(), NAKAGAMI, ServiceEvent.REGISTERED,
                    () -> Files.copy(WorkbenchFixture.examplePlugin(), dropped));
            awaitListing(workbench, "fading\\s+nakagami\\s+-\\s+-\\s+0\\s+org\\.isac\\.examples\\.nakagami.*");

            assertEquals("fading: using 'nakagami' from org.isac.examples.nakagami 1.0.0.SNAPSHOT",
                    WorkbenchFixture.run(workbench, "isac:use fading nakagami").strip());
            checkSamples(workbench, "nakagami", 1.5, 11);
            assertTheoryNotApplicable(workbench);
        }

        // the selection is kept by Config Admin in the workspace: a new container with the plugin uses it
        try (Workbench workbench = Workbench.start(plugins, workspace, false)) {
            awaitListing(workbench, "fading\\s+nakagami\\s+\\*.*");

            WorkbenchFixture.awaitServiceEvent(workbench.context(), NAKAGAMI, ServiceEvent.UNREGISTERING,
                    () -> Files.delete(dropped));
            // listeners of one service event are called in no fixed order: the registry may hear of it after us
            String listed = awaitListing(workbench, "fading\\s+rayleigh\\s+\\*\\s+\\*.*");
            assertTrue(listed.contains("note: fading selection 'nakagami' is not installed; using 'rayleigh'"), listed);
            checkSamples(workbench, "rayleigh", 2.0, 12);
        }
    }

    /** Waits (on the registry's notifications) until a line of {@code isac:components fading} matches. */
    private static String awaitListing(Workbench workbench, String line) throws Exception {
        return WorkbenchFixture.awaitOutput(workbench, "isac:components fading",
                listed -> listed.lines().anyMatch(l -> l.matches(line)));
    }

    /** With Nakagami fading active, the paper's analytic lines (which assume Rayleigh) are not drawn, and say why. */
    private void assertTheoryNotApplicable(Workbench workbench) throws Exception {
        Path scenario = folder.resolve("theory.json");
        Files.writeString(scenario, """
                {"kind": "network-sg", "quantity": "comm-rate", "theory": ["comm-rate"], "base": {"M": 8, "J": 1},
                 "x": {"key": "Lc", "values": [1]}, "mode": "none"}""");
        WorkbenchFixture.run(workbench, "isac:run " + scenario + " " + folder.resolve("theory"));
        String why = "theory not applicable: assumes fading 'rayleigh', active: 'nakagami'";
        assertEquals("1,,comm-rate,NaN,NaN,\"" + why + "\"",
                Files.readAllLines(folder.resolve("theory").resolve("theory-theory.csv")).get(1));
        assertTrue(Files.readString(folder.resolve("theory").resolve("theory.provenance.json"))
                .contains("\"theory\" : \"" + why + "\""));
        // and isac:components says which runners and commands the fading model reaches
        assertTrue(WorkbenchFixture.run(workbench, "isac:components fading").contains(
                "used by: fading: channel-model iid, isac:fading-sample, isac:run comp-isac, network-simulator physical"));
    }

    /**
     * A provider that rejects its configuration: it is listed with its own message and not used (consumers get
     * the default, and say so), selecting it fails naming the message; fixed, it is used again.
     */
    @Test
    void aProviderThatRejectsItsConfigurationGivesWayUntilItIsFixed() throws Exception {
        Path plugins = folder.resolve("plugins");
        Files.createDirectories(plugins);
        Path cfg = plugins.resolve("org.isac.examples.nakagami.cfg");
        Files.writeString(cfg, "m=0.1\n");
        try (Workbench workbench = Workbench.start(plugins, folder.resolve("workspace"), false)) {
            WorkbenchFixture.awaitServiceEvent(workbench.context(), NAKAGAMI, ServiceEvent.REGISTERED,
                    () -> Files.copy(WorkbenchFixture.examplePlugin(), plugins.resolve("nakagami-fading.jar")));
            awaitListing(workbench, "fading\\s+nakagami\\s+.*");
            assertEquals("fading: 'nakagami' is selected but failed: m must be finite and >= 0.5, got 0.1; consumers "
                    + "use 'rayleigh' until it works (fix its configuration)",
                    WorkbenchFixture.fail(workbench, "isac:use fading nakagami"));
            assertTrue(WorkbenchFixture.run(workbench, "isac:fading-sample 1000 1").startsWith("rayleigh,"));
            String listed = WorkbenchFixture.run(workbench, "isac:components fading");
            assertTrue(listed.contains("note: fading provider 'nakagami' failed: m must be finite and >= 0.5, got 0.1"),
                    listed);
            assertTrue(listed.contains("note: fading selection 'nakagami' is out of use (failed); using 'rayleigh'"),
                    listed);
            assertTrue(listed.lines().anyMatch(l -> l.matches("fading\\s+nakagami\\s+-\\s+-.*")), listed);

            // fixed: File Install updates the configuration, the provider is tried again and, selected, used
            Files.writeString(cfg, "m=2\n");
            awaitListing(workbench, "fading\\s+nakagami\\s+\\*.*");
            checkSamples(workbench, "nakagami", 1.5, 13);
        }
    }

    /**
     * Draws samples through the console and checks them against Gamma(m, 1/m) with m = 1/(E|h|⁴ − 1):
     * mean 1 and the declared second moment within Z standard errors, and a Kolmogorov–Smirnov test.
     */
    private void checkSamples(Workbench workbench, String provider, double secondMoment, long seed) throws Exception {
        Path file = folder.resolve(provider + "-" + seed + ".txt");
        String summary = WorkbenchFixture.run(workbench, "isac:fading-sample " + SAMPLES + " " + seed + " " + file).strip();
        String[] fields = summary.split(",");
        assertEquals(provider, fields[0], summary);
        assertEquals(secondMoment, Double.parseDouble(fields[4]), 0, "declared second moment");

        double[] gains = Files.readAllLines(file).stream().mapToDouble(Double::parseDouble).toArray();
        assertEquals(SAMPLES, gains.length);
        double mean = 0;
        double meanSquare = 0;
        for (double g : gains) {
            mean += g / SAMPLES;
            meanSquare += g * g / SAMPLES;
        }
        double m = 1 / (secondMoment - 1);
        // standard errors from the exact moments of Gamma(m, 1/m): Var X = 1/m, Var X² = E X⁴ − (E X²)²
        double fourth = (m + 1) * (m + 2) * (m + 3) / (m * m * m);
        double seMean = Math.sqrt(1 / m / SAMPLES);
        double seSquare = Math.sqrt((fourth - secondMoment * secondMoment) / SAMPLES);
        assertEquals(1.0, mean, Z * seMean, provider + " mean");
        assertEquals(secondMoment, meanSquare, Z * seSquare, provider + " second moment");
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new GammaDistribution(m, 1 / m), gains);
        assertTrue(p > 1e-3, provider + ": KS test against Gamma(" + m + ") rejects, p = " + p);
        double other = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new GammaDistribution(3 - m, 1 / (3 - m)), gains);
        assertTrue(other < 1e-6, provider + ": KS test does not tell it from Gamma(" + (3 - m) + "), p = " + other);
    }
}
