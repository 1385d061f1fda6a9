package org.isac.workbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
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
     * @param scenario a scenario
     * @return the scenario runner registered under the scenario's kind
     * @throws IllegalArgumentException naming the file, its kind and the known kinds when no runner has it
     */
    public static ScenarioRunner runnerFor(ComponentRegistry registry, ScenarioFile scenario) {
        List<String> kinds = registry.providers(ScenarioRunner.CONCERN).stream().map(ProviderInfo::name).toList();
        if (!kinds.contains(scenario.kind())) {
            throw new IllegalArgumentException(scenario.path() + ": kind: no scenario runner for '" + scenario.kind()
                    + "'; known kinds: " + String.join(", ", kinds));
        }
        return registry.named(ScenarioRunner.CONCERN, scenario.kind(), ScenarioRunner.class);
    }

    /**
     * Reads a scenario file once and runs it with the runner of its kind.
     *
     * @param registry the provider registry
     * @param file the scenario file
     * @param results the folder to write into
     * @param listener told of the progress
     * @param cancelled polled between points and realizations
     * @return the files written
     * @throws IOException when the file cannot be read or the results written
     */
    public static List<Path> run(ComponentRegistry registry, Path file, Path results, ProgressListener listener,
            BooleanSupplier cancelled) throws IOException {
        ScenarioFile scenario = ScenarioFile.read(file);
        return runnerFor(registry, scenario).run(scenario, results, listener, cancelled);
    }
}
