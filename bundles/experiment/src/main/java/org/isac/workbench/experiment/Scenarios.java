package org.isac.workbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;

/**
 * Where scenario files and their results are, and which runner takes a file: the rules of {@code isac:run},
 * shared with the Swing workbench so that both find the same files and write to the same folders.
 */
public final class Scenarios {

    /** The folder of the scenario files, relative to the working folder. */
    public static final Path FOLDER = Path.of("scenarios");
    /** The folder results go into, relative to the working folder: {@code results/<scenario folder>/}. */
    public static final Path RESULTS = Path.of("results");

    private Scenarios() {
    }

    /**
     * @param scenario a scenario file name, with or without its {@code .json}
     * @return the existing file
     * @throws IOException naming the argument when there is no such file
     */
    public static Path resolve(String scenario) throws IOException {
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file) && Files.isRegularFile(Path.of(scenario + ".json"))) {
            file = Path.of(scenario + ".json");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(scenario + ": no such scenario file");
        }
        return file;
    }

    /**
     * @param scenario a scenario file
     * @return its default results folder, {@code results/<name of the folder holding the scenario>}
     */
    public static Path resultsFolder(Path scenario) {
        return RESULTS.resolve(scenario.toAbsolutePath().getParent().getFileName().toString());
    }

    /**
     * @param scenario a scenario file
     * @return its name without {@code .json}, which names the files a run writes
     */
    public static String name(Path scenario) {
        return scenario.getFileName().toString().replaceFirst("\\.json$", "");
    }

    /**
     * @param registry the provider registry
     * @param scenario a scenario file
     * @return the first scenario runner (by name) that accepts the file
     * @throws IllegalArgumentException naming the file and the known runners when none accepts it
     */
    public static ScenarioRunner runnerFor(ComponentRegistry registry, Path scenario) {
        List<ProviderInfo> runners = registry.providers(ScenarioRunner.CONCERN);
        for (ProviderInfo info : runners) {
            ScenarioRunner candidate = registry.named(ScenarioRunner.CONCERN, info.name(), ScenarioRunner.class);
            if (candidate.accepts(scenario)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(scenario + ": no scenario runner accepts this file; runners: "
                + String.join(", ", runners.stream().map(ProviderInfo::name).toList()) + " (is its 'kind' right?)");
    }
}
