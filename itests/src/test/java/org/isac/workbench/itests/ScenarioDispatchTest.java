package org.isac.workbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Scenarios reach the runner registered for their {@code kind}, inside a framework with the headless bundles
 * of the network paper (no chart provider: the run writes its CSV and provenance, no figure files).
 */
class ScenarioDispatchTest {

    @InjectService(timeout = 10_000)
    ComponentRegistry registry;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path folder;

    @Test
    void aScenarioRunsWithTheRunnerOfItsKind() throws Exception {
        Path file = folder.resolve("theory.json");
        Files.writeString(file, """
                {"kind": "network-sg", "title": "R_c, theory only", "quantity": "comm-rate", "theory": ["comm-rate"],
                 "base": {"M": 8, "J": 1}, "x": {"key": "Lc", "values": [1, 2]}, "mode": "none"}""");
        ScenarioFile scenario = ScenarioFile.read(file);
        assertEquals("network-sg", scenario.kind());
        ScenarioRunner runner = Scenarios.runnerFor(registry, scenario);
        List<Path> written = runner.run(scenario, folder.resolve("results"), ProgressListener.NONE, () -> false);
        assertEquals(List.of("theory.csv", "theory-theory.csv", "theory.provenance.json"),
                written.stream().map(p -> p.getFileName().toString()).toList());

        // the line is the active model's Theorem 1, written with 12 significant digits
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        List<String> rows = Files.readAllLines(folder.resolve("results").resolve("theory-theory.csv"));
        assertEquals("Lc,series,quantity,value,error_estimate,note", rows.get(0));
        for (int lc = 1; lc <= 2; lc++) {
            double expected = model.commRate(new NetworkParameters(8, 8, 4, 1, lc, 1, 4, 2, 80, 1e-5)).value();
            String row = rows.get(lc);
            assertTrue(row.startsWith(lc + ",,comm-rate," + String.format(Locale.ROOT, "%.12g", expected) + ","),
                    row);
        }
    }

    /** A third-party simulator: every realization gives the same rates. */
    static final class ConstantSimulator implements NetworkSimulator {
        @Override
        public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
                RunProgress listener, BooleanSupplier cancelled) {
            listener.progress(settings.realizations(), settings.realizations(), 1);
            Estimate rate = new Estimate(1.25, 0, settings.realizations());
            Estimate ase = new Estimate(1.25e-5, 0, settings.realizations());
            return Map.of("comm-rate", rate, "radar-rate", rate, "comm-ase", ase, "sensing-ase", ase);
        }
    }

    @Test
    void aThirdPartySimulatorRunsWhenNamedOrSelectedAndIsRecorded() throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(IsacProvider.CONCERN, NetworkSimulator.CONCERN);
        properties.put(IsacProvider.NAME, "constant");
        properties.put(IsacProvider.DESCRIPTION, "every realization the same, a test simulator");
        ServiceRegistration<NetworkSimulator> registration = context.registerService(NetworkSimulator.class,
                new ConstantSimulator(), properties);
        try {
            Path file = folder.resolve("third.json");
            String scenario = """
                    {"kind": "network-sg", "quantity": "comm-rate", "base": {"M": 8, "J": 1},
                     "x": {"key": "Lc", "values": [1, 2]}, "realizations": 7%s}""";
            Files.writeString(file, scenario.formatted(", \"mode\": \"constant\""));
            Path results = folder.resolve("named");
            Scenarios.run(registry, file, results, ProgressListener.NONE, () -> false);
            assertRun(results);

            // selected with isac:use (here through the registry), it runs for a scenario that names no mode
            Files.writeString(file, scenario.formatted(""));
            registry.select(NetworkSimulator.CONCERN, "constant");
            results = folder.resolve("selected");
            Scenarios.run(registry, file, results, ProgressListener.NONE, () -> false);
            assertRun(results);
        } finally {
            registry.clearSelection(NetworkSimulator.CONCERN);
            registration.unregister();
        }
    }

    private static void assertRun(Path results) throws Exception {
        List<String> rows = Files.readAllLines(results.resolve("third.csv"));
        assertEquals("1,,comm-rate,1.250000000,0.00000,1.250000000,1.250000000,7,constant,", rows.get(1));
        String provenance = Files.readString(results.resolve("third.provenance.json"));
        assertTrue(provenance.contains("\"network-simulator\" : \"constant (org.isac.workbench.itests "), provenance);
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() throws Exception {
        Path file = folder.resolve("odd.json");
        Files.writeString(file, "{\"kind\": \"nosuch\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.runnerFor(registry, ScenarioFile.read(file)));
        assertTrue(e.getMessage().endsWith("kind: no scenario runner for 'nosuch'; known kinds: network-sg, "
                + "network-sg-region"), e.getMessage());
    }
}
