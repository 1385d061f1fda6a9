package org.isac.workbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;

/**
 * Scenarios reach the runner registered for their {@code kind}, inside a framework with the headless bundles
 * of the network paper (no chart provider: the run writes its CSV and provenance, no figure files).
 */
class ScenarioDispatchTest {

    @InjectService(timeout = 10_000)
    ComponentRegistry registry;

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
