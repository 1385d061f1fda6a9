package org.isac.workbench.console.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.isac.workbench.experiment.ProgressLines;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:run SCENARIO [RESULTS]}: runs a scenario file with the runner that accepts it, reports progress
 * on standard error and prints the files written, one per line.
 */
@Component(service = RunCommand.class, property = {"osgi.command.scope=isac", "osgi.command.function=run"})
public final class RunCommand {

    /** Progress lines at most this often. */
    static final long REPORT_MILLIS = 2000;

    private final ComponentRegistry registry;

    @Activate
    public RunCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("run a scenario; results go to results/<scenario folder>/")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario) throws IOException {
        Path file = resolve(scenario);
        Path parent = file.toAbsolutePath().getParent();
        return run(scenario, Path.of("results", parent.getFileName().toString()).toString());
    }

    @Descriptor("run a scenario, writing into the given folder")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario,
            @Descriptor("results folder") String results) throws IOException {
        Path file = resolve(scenario);
        ScenarioRunner runner = null;
        for (ProviderInfo info : registry.providers(ScenarioRunner.CONCERN)) {
            ScenarioRunner candidate = registry.named(ScenarioRunner.CONCERN, info.name(), ScenarioRunner.class);
            if (candidate.accepts(file)) {
                runner = candidate;
                break;
            }
        }
        if (runner == null) {
            throw new IllegalArgumentException(scenario + ": no scenario runner accepts this file; runners: "
                    + String.join(", ", registry.providers(ScenarioRunner.CONCERN).stream().map(ProviderInfo::name)
                            .toList()) + " (is its 'kind' right?)");
        }
        String name = file.getFileName().toString();
        List<Path> written = runner.run(file, Path.of(results), ProgressLines.to(System.err, name, REPORT_MILLIS),
                () -> Thread.currentThread().isInterrupted());
        StringBuilder out = new StringBuilder();
        written.forEach(p -> out.append(p).append('\n'));
        return out.toString().stripTrailing();
    }

    private static Path resolve(String scenario) throws IOException {
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file) && Files.isRegularFile(Path.of(scenario + ".json"))) {
            file = Path.of(scenario + ".json");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(scenario + ": no such scenario file");
        }
        return file;
    }
}
