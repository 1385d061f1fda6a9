package org.isac.workbench.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.registry.ComponentRegistry;

/**
 * Runs of a scenario whose Monte Carlo runs in blocks ({@link ScenarioRunner#runsInBlocks()}): journaled local runs
 * that resume, shards of a job array, and the merge of their parts. All give the same CSVs, byte for byte, as one
 * uninterrupted run on one machine, because every block is the same whoever computes it and blocks merge in order.
 */
public final class BlockRuns {

    private BlockRuns() {
    }

    /**
     * {@code isac:run SCENARIO [RESULTS] [resume=true]}: runs every block here, keeping each finished block in the
     * run's journal ({@code NAME.journal}) until the run completes, so that an interrupted run can resume.
     *
     * @param resume whether to take the finished blocks of the interrupted run's journal instead of computing them
     * @return the files written
     */
    public static List<Path> run(ComponentRegistry registry, Path file, Path results, boolean resume,
            ProgressListener listener, BooleanSupplier cancelled) throws IOException {
        return run(registry, file, results, resume, null, listener, cancelled);
    }

    /**
     * As {@link #run(ComponentRegistry, Path, Path, boolean, ProgressListener, BooleanSupplier)}, with the blocks
     * spread beyond this process.
     *
     * @param spread spreads the blocks (a cluster), null to compute them all here
     * @return the files written
     */
    public static List<Path> run(ComponentRegistry registry, Path file, Path results, boolean resume,
            BlockSpread spread, ProgressListener listener, BooleanSupplier cancelled) throws IOException {
        ScenarioFile scenario = ScenarioFile.read(file);
        ScenarioRunner runner = Scenarios.runnerFor(registry, scenario);
        if (!runner.runsInBlocks()) {
            if (resume || spread != null) {
                String option = resume ? "resume" : "cluster";
                throw new IllegalArgumentException(option + ": scenarios of kind '" + scenario.kind() + "' do not run "
                        + "in blocks, so a run of them cannot " + (resume ? "resume" : "be spread over a cluster")
                        + "; run without " + option + "=true");
            }
            return runner.run(scenario, results, listener, cancelled);
        }
        RunIdentity identity = RunIdentity.of(file, registry);
        Path journalFile = BlockJournal.fileOf(results, scenario.name());
        BlockJournal journal = resume ? BlockJournal.resume(journalFile, identity)
                : BlockJournal.start(journalFile, identity);
        if (resume) {
            System.err.println(scenario.name() + ": resuming with the " + journal.resumed() + " blocks the interrupted "
                    + "run finished");
        }
        boolean complete = false;
        try {
            List<Path> written;
            if (spread == null) {
                written = runner.run(scenario, results, BlockPlan.local(journal), listener, cancelled);
            } else {
                try (BlockSpread.Session session = spread.start(identity, journal)) {
                    written = runner.run(scenario, results, session.plan(), listener, cancelled);
                }
            }
            complete = !cancelled.getAsBoolean();
            return written;
        } finally {
            journal.finish(complete);
        }
    }

    /**
     * Takes part in a run another process coordinates: runs its scenario (from the run's text) into a scratch
     * folder, which is removed, with a partial plan whose blocks go to the coordinator through the plan's store.
     *
     * @param registry this workbench's registry, whose providers must be the run's
     * @param run the run
     * @param plan this process's part
     * @param cancelled polled between realizations
     * @throws IllegalArgumentException naming the differences when this workbench's providers are not the run's
     */
    public static void participate(ComponentRegistry registry, RunIdentity run, BlockPlan plan,
            BooleanSupplier cancelled) throws IOException {
        List<String> differences = run.differencesHere(registry);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", differences) + " (the run vs here)");
        }
        Path scratch = Files.createTempDirectory("isac-member-");
        try {
            ScenarioFile scenario = fromText(run, scratch);
            Scenarios.runnerFor(registry, scenario).run(scenario, scratch.resolve("out"), plan, ProgressListener.NONE,
                    cancelled);
        } finally {
            deleteTree(scratch);
        }
    }

    /** @return the run's scenario, read from its text (written into the folder), under its original path */
    private static ScenarioFile fromText(RunIdentity run, Path folder) throws IOException {
        Path original = Path.of(run.scenario());
        Path text = folder.resolve(original.getFileName());
        Files.writeString(text, run.text(), StandardCharsets.UTF_8);
        ScenarioFile read = ScenarioFile.read(text);
        Files.delete(text);
        return new ScenarioFile(original, read.kind(), read.fields());
    }

    /**
     * {@code isac:run SCENARIO [RESULTS] shard=I/N}: computes shard I's blocks of every point up to the realization
     * caps (a stopping target is applied by the merge) and writes them, atomically, to
     * {@code RESULTS/NAME.part-I-of-N.json}. Nothing else is written to RESULTS.
     *
     * @return the part file
     */
    public static Path shard(ComponentRegistry registry, Path file, Path results, int shard, int shards,
            ProgressListener listener, BooleanSupplier cancelled) throws IOException {
        ScenarioFile scenario = ScenarioFile.read(file);
        ScenarioRunner runner = Scenarios.runnerFor(registry, scenario);
        if (!runner.runsInBlocks()) {
            throw new IllegalArgumentException("shard: scenarios of kind '" + scenario.kind() + "' do not run in blocks, "
                    + "so they cannot be cut into shards; run them whole");
        }
        RunIdentity identity = RunIdentity.of(file, registry);
        BlockRecords blocks = new BlockRecords();
        // the runner's own files of a shard are not the scenario's results: they go to a scratch folder
        Path scratch = Files.createTempDirectory("isac-shard-");
        try {
            runner.run(scenario, scratch, BlockPlan.shard(shard, shards, blocks), listener, cancelled);
        } finally {
            deleteTree(scratch);
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled; no part written");
        }
        Files.createDirectories(results);
        return ShardParts.write(ShardParts.fileOf(results, scenario.name(), shard, shards), identity, shard, shards,
                blocks);
    }

    /**
     * {@code isac:merge RESULTS PART...}: checks that the parts are the shards of one run of one scenario with this
     * workbench's providers, each shard once, no block doubled or missing, and writes into RESULTS exactly the files
     * {@code isac:run SCENARIO RESULTS} writes. The files are written to a scratch folder first and copied in, each
     * atomically, only when the merge succeeded, so a refused or cancelled merge changes nothing.
     *
     * @return the files written
     */
    public static List<Path> merge(ComponentRegistry registry, Path results, List<Path> parts,
            ProgressListener listener, BooleanSupplier cancelled) throws IOException {
        ShardParts blocks = ShardParts.read(parts);
        RunIdentity identity = blocks.identity();
        List<String> differences = identity.differencesHere(registry);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("merge: the parts were computed with other providers than this "
                    + "workbench's: " + String.join("; ", differences) + " (parts vs here)");
        }
        Path scratch = Files.createTempDirectory("isac-merge-");
        try {
            ScenarioFile scenario = fromText(identity, scratch);
            Path out = scratch.resolve("out");
            List<Path> written = Scenarios.runnerFor(registry, scenario).run(scenario, out, BlockPlan.stored(blocks),
                    listener, cancelled);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled; nothing written to " + results);
            }
            // each file replaces its namesake in one atomic step
            Files.createDirectories(results);
            List<Path> moved = new ArrayList<>();
            for (Path w : written) {
                moved.add(AtomicFile.write(results.resolve(out.relativize(w).toString()), o -> Files.copy(w, o)));
            }
            return moved;
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
