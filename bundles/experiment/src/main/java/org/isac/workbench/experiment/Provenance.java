package org.isac.workbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;

/** The provenance file of a run: which scenario, when, whether it completed, and the providers it used. */
public final class Provenance {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode used;
    private final ObjectNode settings;

    /**
     * @param scenario the scenario file
     * @param cancelled whether the run was cancelled (its results are then partial)
     */
    public Provenance(Path scenario, boolean cancelled) {
        root.put("scenario", scenario.toString());
        root.put("finished", Instant.now().toString());
        root.put("cancelled", cancelled);
        root.put("complete", !cancelled);
        used = root.putObject("providers");
        settings = root.putObject("settings");
    }

    /**
     * Marks the results of a run as incomplete before it writes any: the provenance says {@code "complete": false}
     * and how many points are finished until the run ends (a run killed midway leaves it so, next to its finished
     * rows), and the figure files of an earlier run of the same name are removed, so that no file of the old run
     * passes for one of the new.
     *
     * @param scenario the scenario file
     * @param results the run's folder
     * @param name the run's name: its files are {@code name.provenance.json}, {@code name.png}, {@code name.svg}
     * @param points the points the run computes
     * @return the run's record, to update after every finished point
     * @throws IOException when the provenance cannot be written or a stale file removed
     */
    public static Unfinished started(Path scenario, Path results, String name, long points) throws IOException {
        for (String figure : new String[] {".png", ".svg"}) {
            Files.deleteIfExists(results.resolve(name + figure));
        }
        Unfinished run = new Unfinished(scenario, results.resolve(name + ".provenance.json"), points);
        run.finished(0);
        return run;
    }

    /** The provenance of a run under way: incomplete, with its finished points. */
    public static final class Unfinished {

        private final ObjectNode state = JSON.createObjectNode();
        private final Path file;

        private Unfinished(Path scenario, Path file, long points) {
            this.file = file;
            state.put("scenario", scenario.toString());
            state.put("started", Instant.now().toString());
            state.put("complete", false);
            state.put("points", points);
        }

        /**
         * Records the points finished so far (their rows are written).
         *
         * @param points how many
         * @throws IOException when the provenance cannot be written
         */
        public void finished(long points) throws IOException {
            state.put("finishedPoints", points);
            AtomicFile.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        }
    }

    /**
     * @param key a name
     * @param value its value
     * @return this
     */
    public Provenance with(String key, Object value) {
        root.putPOJO(key, value);
        return this;
    }

    /**
     * Records the active provider (name, bundle, version) of each concern, and under {@code settings} the
     * configuration of those that have one.
     *
     * @param registry the registry
     * @param concerns the concerns the run used
     * @return this
     */
    public Provenance providers(ComponentRegistry registry, List<String> concerns) {
        for (String concern : concerns) {
            registry.activeInfo(concern).ifPresent(info -> provider(registry, info));
        }
        return this;
    }

    /**
     * Records one provider that the run used, by name (whether or not it is the active one), and its settings.
     *
     * @param registry the registry
     * @param concern its concern
     * @param name its name
     * @return this
     */
    public Provenance provider(ComponentRegistry registry, String concern, String name) {
        registry.providers(concern).stream().filter(p -> p.name().equals(name)).findFirst()
                .ifPresent(info -> provider(registry, info));
        return this;
    }

    /** Several providers of one concern (the schemes of a comparison) are listed together, their settings apart. */
    private void provider(ComponentRegistry registry, ProviderInfo info) {
        String entry = info.name() + " (" + info.bundle() + " " + info.bundleVersion() + ")";
        boolean first = !used.has(info.concern());
        used.put(info.concern(), first ? entry : used.get(info.concern()).asText() + ", " + entry);
        Map<String, String> configured = registry.settings(info.concern(), info.name());
        if (!configured.isEmpty()) {
            ObjectNode node = settings.putObject(first ? info.concern() : info.concern() + "/" + info.name());
            configured.forEach(node::put);
        }
    }

    /**
     * @param file where to write the JSON
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path write(Path file) throws IOException {
        return AtomicFile.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
