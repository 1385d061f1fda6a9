package org.isac.workbench.console.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.AtomicFile;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:sbatch SCENARIO shards=N [results=DIR] [cpus=C] [time=T] [partition=P]}: writes
 * {@code RESULTS/NAME.slurm.sh}, which submits the scenario's shards as a Slurm job array and their merge as a job
 * that waits for them ({@link SlurmScript}).
 */
@Component(service = SbatchCommand.class)
@GogoCommand(scope = "isac", function = "sbatch")
public final class SbatchCommand {

    private static final String KEYS = "shards=N, results=DIR, cpus=C, time=T, partition=P";
    /** The merge job names every part in one argument, which Linux caps at 128 KiB. */
    private static final int MAX_SHARDS = 1000;
    private static final int MAX_CPUS = 1024;

    private final ComponentRegistry registry;
    private final BundleContext context;

    @Activate
    public SbatchCommand(@Reference ComponentRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
    }

    @Descriptor("write a script that runs a scenario as a Slurm job array of shards and merges them")
    public String sbatch(@Descriptor("scenario file (the .json may be left out)") String scenario,
            @Descriptor(KEYS) String... arguments) throws IOException {
        Path file = Scenarios.resolve(scenario);
        ScenarioFile read = ScenarioFile.read(file);
        if (!Scenarios.runnerFor(registry, read).runsInBlocks()) {
            throw new IllegalArgumentException("isac:sbatch: scenarios of kind '" + read.kind() + "' do not run in "
                    + "blocks, so they cannot be cut into shards");
        }
        int shards = 0;
        int cpus = 1;
        String results = Scenarios.resultsFolder(file).toString();
        String time = "";
        String partition = "";
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            String key = equals < 0 ? argument : argument.substring(0, equals);
            String value = equals < 0 ? "" : argument.substring(equals + 1);
            switch (key) {
                case "shards" -> shards = count(key, value, MAX_SHARDS);
                case "cpus" -> cpus = count(key, value, MAX_CPUS);
                case "results" -> results = value;
                case "time" -> time = value;
                case "partition" -> partition = value;
                default -> throw new IllegalArgumentException("unknown key '" + key + "'; known: " + KEYS);
            }
        }
        if (shards == 0) {
            throw new IllegalArgumentException("shards: missing; shards=N, N in [1, " + MAX_SHARDS + "]");
        }
        String jar = context.getProperty("isac.launch.jar");
        if (jar == null) {
            throw new IllegalStateException("isac:sbatch: this workbench was not started from its jar, which the "
                    + "jobs would run");
        }
        Path folder = Path.of(results).toAbsolutePath().normalize();
        SlurmScript script = new SlurmScript(file.toAbsolutePath().normalize(), folder, read.name(), Path.of(jar),
                Path.of(context.getProperty("isac.launch.plugins")), Path.of(context.getProperty("isac.launch.workspace")),
                shards, cpus, time, partition);
        Files.createDirectories(folder);
        Path written = AtomicFile.writeString(folder.resolve(read.name() + ".slurm.sh"), script.text());
        return written + "\nsubmit it with: bash " + written;
    }

    private static int count(String key, String value, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": must be a whole number in [1, " + max + "], got '" + value + "'");
    }
}
