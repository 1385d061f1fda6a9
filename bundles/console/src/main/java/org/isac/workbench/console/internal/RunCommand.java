package org.isac.workbench.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import java.util.concurrent.CancellationException;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:run SCENARIO [RESULTS]}: runs a scenario file with the runner that accepts it, reports progress
 * on standard error and prints the files written, one per line.
 */
@Component(service = RunCommand.class)
@GogoCommand(scope = "isac", function = "run")
public final class RunCommand {

    private final ComponentRegistry registry;

    @Activate
    public RunCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("run a scenario; results go to results/<scenario folder>/")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario) throws IOException {
        return run(scenario, Scenarios.resultsFolder(Scenarios.resolve(scenario)).toString());
    }

    @Descriptor("run a scenario, writing into the given folder")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario,
            @Descriptor("results folder") String results) throws IOException {
        Path file = Scenarios.resolve(scenario);
        String name = file.getFileName().toString();
        List<Path> written;
        boolean cancelled;
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, name)) {
            written = Scenarios.run(registry, file, Path.of(results), progress, cancellation);
            cancelled = cancellation.getAsBoolean();
        }
        StringBuilder out = new StringBuilder();
        written.forEach(p -> out.append(p).append('\n'));
        if (cancelled) {
            throw new CancellationException("cancelled; the finished points are kept (provenance: \"complete\": "
                    + "false) in " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        return out.toString().stripTrailing();
    }
}
