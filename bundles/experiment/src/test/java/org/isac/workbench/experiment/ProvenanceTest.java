package org.isac.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path folder;

    @Test
    void aRunIsIncompleteUntilItEndsAndLeavesNoFigureOfAnEarlierRun() throws Exception {
        Path scenario = folder.resolve("fig.json");
        Files.writeString(folder.resolve("fig.png"), "an earlier run's chart");
        Files.writeString(folder.resolve("fig.svg"), "an earlier run's chart");
        Files.writeString(folder.resolve("fig.csv"), "an earlier run's rows");
        Provenance.Unfinished run = Provenance.started(scenario, folder, "fig", 5);
        assertFalse(Files.exists(folder.resolve("fig.png")) || Files.exists(folder.resolve("fig.svg")));
        // the rows are the run's own business: it rewrites them as it goes
        assertTrue(Files.exists(folder.resolve("fig.csv")));
        String started = Files.readString(folder.resolve("fig.provenance.json"));
        assertTrue(started.contains("\"complete\" : false") && started.contains("\"points\" : 5")
                && started.contains("\"finishedPoints\" : 0"), started);
        run.finished(3);
        assertTrue(Files.readString(folder.resolve("fig.provenance.json")).contains("\"finishedPoints\" : 3"));

        new Provenance(scenario, true).write(folder.resolve("fig.provenance.json"));
        String cancelled = Files.readString(folder.resolve("fig.provenance.json"));
        assertTrue(cancelled.contains("\"cancelled\" : true") && cancelled.contains("\"complete\" : false"), cancelled);
        new Provenance(scenario, false).write(folder.resolve("fig.provenance.json"));
        assertTrue(Files.readString(folder.resolve("fig.provenance.json")).contains("\"complete\" : true"));
    }
}
