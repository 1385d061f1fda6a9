package org.isac.workbench.ui.internal.model;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.isac.workbench.experiment.Scenarios;

/**
 * Where a run started from the window writes: a folder of its own, {@code results/<scenario folder>/NAME-<time>/},
 * so that running a scenario again (with another provider, say) keeps the earlier run's files, which the runs
 * table still lists. {@code isac:run} keeps writing into {@code results/<scenario folder>/} for scripts.
 */
public final class RunFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {
    }

    /**
     * @param scenario the scenario file
     * @return a new folder for a run of it starting now
     * @throws IOException when it cannot be created
     */
    public static Path create(Path scenario) throws IOException {
        return create(Scenarios.resultsFolder(scenario), Scenarios.name(scenario), LocalDateTime.now());
    }

    /**
     * Creates a run's folder.
     *
     * @param parent the scenario's results folder
     * @param name the scenario's name
     * @param now the run's start
     * @return a new, empty folder NAME-yyyyMMdd-HHmmss; {@code -2}, {@code -3}, ... appended when runs start
     *         within the same second
     * @throws IOException when it cannot be created
     */
    static Path create(Path parent, String name, LocalDateTime now) throws IOException {
        Files.createDirectories(parent);
        String base = name + "-" + STAMP.format(now);
        for (int n = 1;; n++) {
            Path folder = parent.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // another run of this second: try the next suffix
            }
        }
    }
}
