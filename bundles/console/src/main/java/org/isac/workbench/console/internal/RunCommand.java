package org.isac.workbench.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.BlockRuns;
import org.isac.workbench.experiment.BlockSpread;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.Clusters;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;


/**
 * {@code isac:run SCENARIO [RESULTS] [resume=true] [shard=I/N] [cluster=true]}: runs a scenario file with the runner that accepts
 * it, reports progress on standard error and prints the files written, one per line; with {@code shard=I/N} it runs
 * shard I's blocks only and prints the part file; {@code isac:merge RESULTS PART...} merges the parts.
 */
@Component(service = RunCommand.class)
@GogoCommand(scope = "isac", function = {"run", "merge"})
public final class RunCommand {

    private static final String OPTIONS = "resume=true|false, shard=I/N, cluster=true|false";
    /** More shards than this would not help any run of the workbench: a physical point has a few dozen blocks. */
    private static final int MAX_SHARDS = 10_000;

    private final ComponentRegistry registry;
    private final BundleContext context;

    @Activate
    public RunCommand(@Reference ComponentRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
    }

    @Descriptor("run a scenario; results go to RESULTS, by default results/<scenario folder>/; resume=true resumes an "
            + "interrupted run from its finished blocks; shard=I/N runs shard I of N and writes "
            + "RESULTS/<name>.part-I-of-N.json")
    public String run(@Descriptor("scenario file (the .json may be left out)") String scenario,
            @Descriptor("[RESULTS] [resume=true] [shard=I/N] [cluster=true]") String... arguments)
            throws IOException, InterruptedException {
        Path file = Scenarios.resolve(scenario);
        String results = null;
        boolean resume = false;
        boolean spread = false;
        int[] shard = null;
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 0) {
                if (results != null) {
                    throw new IllegalArgumentException("RESULTS: one results folder, got '" + results + "' and '"
                            + argument + "'");
                }
                results = argument;
                continue;
            }
            String key = argument.substring(0, equals);
            String value = argument.substring(equals + 1);
            switch (key) {
                case "resume" -> resume = bool(key, value);
                case "shard" -> shard = shard(value);
                case "cluster" -> spread = bool(key, value);
                default -> throw new IllegalArgumentException("unknown option '" + key + "'; known: " + OPTIONS);
            }
        }
        if (shard != null && resume) {
            throw new IllegalArgumentException("resume: a shard does not resume (it writes its part at its end); run "
                    + "it again without resume=true");
        }
        if (shard != null && spread) {
            throw new IllegalArgumentException("cluster: a shard runs its own blocks; use cluster=true or shard=I/N");
        }
        BlockSpread members = spread ? Clusters.await(context) : null;
        Path folder = Path.of(results != null ? results : Scenarios.resultsFolder(file).toString());
        String name = file.getFileName().toString();
        List<Path> written;
        boolean cancelled;
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, name)) {
            written = shard != null
                    ? List.of(BlockRuns.shard(registry, file, folder, shard[0], shard[1], progress, cancellation))
                    : BlockRuns.run(registry, file, folder, resume, members, progress, cancellation);
            cancelled = cancellation.getAsBoolean();
        }
        if (cancelled) {
            throw new CancellationException("cancelled; the finished points are kept (provenance: \"complete\": "
                    + "false) in " + String.join(", ", written.stream().map(Path::toString).toList())
                    + "; isac:run " + scenario + (results != null ? " " + results : "") + " resume=true goes on");
        }
        return lines(written);
    }

    @Descriptor("merge the parts of a sharded run into RESULTS: the files isac:run SCENARIO RESULTS writes")
    public String merge(@Descriptor("results folder") String results,
            @Descriptor("the part files, NAME.part-I-of-N.json") String... parts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String part : parts) {
            files.add(Path.of(part));
        }
        List<Path> written;
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:merge")) {
            written = BlockRuns.merge(registry, Path.of(results), files, progress, cancellation);
        }
        return lines(written);
    }

    private static String lines(List<Path> written) {
        StringBuilder out = new StringBuilder();
        written.forEach(p -> out.append(p).append('\n'));
        return out.toString().stripTrailing();
    }

    private static boolean bool(String key, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + ": must be true or false, got '" + value + "'");
        };
    }

    /** @return {I, N} of {@code I/N}, 0 ≤ I &lt; N */
    private static int[] shard(String value) {
        String[] parts = value.split("/", -1);
        try {
            if (parts.length == 2) {
                int shard = Integer.parseInt(parts[0]);
                int shards = Integer.parseInt(parts[1]);
                if (shards >= 1 && shards <= MAX_SHARDS && shard >= 0 && shard < shards) {
                    return new int[] {shard, shards};
                }
            }
        } catch (NumberFormatException notNumbers) {
            // reported below
        }
        throw new IllegalArgumentException("shard: must be I/N with 0 <= I < N <= " + MAX_SHARDS + " (shards are "
                + "numbered from 0, as Slurm's array task ids), got '" + value + "'");
    }
}
