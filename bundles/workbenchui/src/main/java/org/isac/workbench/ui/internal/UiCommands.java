package org.isac.workbench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.ui.internal.model.FigureView;
import org.isac.workbench.ui.internal.model.RunFolder;
import org.isac.workbench.ui.internal.model.RunQueue;
import org.isac.workbench.ui.internal.model.ScenarioDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ui:providers}, {@code ui:select} and {@code ui:run}: the workbench's view models from the shell, with
 * or without a window, so that scripts and tests see what the window shows and do what its buttons do.
 */
@Component(service = UiCommands.class)
@GogoCommand(scope = "ui", function = {"providers", "select", "run"})
public final class UiCommands {

    private final WorkbenchUi ui;

    @Activate
    public UiCommands(@Reference WorkbenchUi ui) {
        this.ui = ui;
    }

    @Descriptor("the rows of the registry view: CONCERN NAME BUNDLE VERSION DEFAULT ACTIVE SELECTED")
    public String providers() {
        return ui.registry().table();
    }

    @Descriptor("select a provider in the registry view (the same as isac:use)")
    public String select(@Descriptor("concern, e.g. fading") String concern,
            @Descriptor("provider name, e.g. nakagami") String name) {
        ProviderInfo active = ui.registry().select(concern, name);
        return concern + ": using '" + active.name() + "' from " + active.bundle() + " " + active.bundleVersion();
    }

    @Descriptor("run a scenario through the run queue as the Run button does (results in a folder of the run's "
            + "own, results/<scenario folder>/NAME-<time>/) and export its figure as the chart pane does: "
            + "NAME.figure.png, .svg, .pdf and .csv")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario)
            throws IOException, InterruptedException {
        return run(scenario, RunFolder.create(Scenarios.resolve(scenario)).toString());
    }

    @Descriptor("as above, writing the results and the exported figure into the given folder")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario,
            @Descriptor("results folder") String results) throws IOException, InterruptedException {
        Path file = Scenarios.resolve(scenario);
        RunQueue.Run run = ui.run(ScenarioDocument.open(file), Path.of(results));
        run.awaitEnd();
        if (run.state() == RunQueue.State.FAILED) {
            throw new IllegalStateException(scenario + ": " + run.error());
        }
        if (run.figure() == null) {
            throw new IllegalStateException(scenario + ": the runner published no figure");
        }
        List<Path> exported = ui.exportAll(FigureView.of(run.figure()).apply(run.figure()), Path.of(results),
                Scenarios.name(file) + ".figure");
        StringBuilder out = new StringBuilder(run.state() + " " + run.progress().describe() + "\n");
        run.files().forEach(p -> out.append("result ").append(p).append('\n'));
        exported.forEach(p -> out.append("exported ").append(p).append('\n'));
        return out.toString().stripTrailing();
    }
}
