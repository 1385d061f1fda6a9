package org.isac.workbench.experiment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A scenario file, read once: its path, its {@code kind} (which names the runner) and a strict reader of the
 * rest of its fields.
 *
 * @param path the file
 * @param kind the value of its {@code kind} field
 * @param fields its fields, {@code kind} already read
 */
public record ScenarioFile(Path path, String kind, JsonFields fields) {

    /**
     * @param path a scenario file
     * @return the scenario
     * @throws IOException naming the file when it cannot be read or is not JSON
     * @throws IllegalArgumentException when it holds no object or no {@code kind}
     */
    public static ScenarioFile read(Path path) throws IOException {
        JsonFields fields = JsonFields.read(path);
        return new ScenarioFile(path, fields.text("kind", null), fields);
    }

    /** @return the file name without {@code .json}, which names the files a run writes */
    public String name() {
        return Scenarios.name(path);
    }
}
