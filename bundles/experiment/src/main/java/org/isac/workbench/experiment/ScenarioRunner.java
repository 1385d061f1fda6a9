package org.isac.workbench.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs scenario files of one kind (concern {@value #CONCERN}): the provider's name in the registry is the
 * {@code kind} of the files it runs, for example {@code comp-isac} or {@code network-sg}.
 */
@ProviderType
public interface ScenarioRunner {

    /** The concern this service serves in the registry. */
    String CONCERN = "scenario-runner";

    /**
     * Runs a scenario; completed points are written as they finish, so a cancelled run keeps them.
     *
     * @param scenario the scenario, read once by the caller; the runner reads its fields (strictly: unknown
     *        fields are errors)
     * @param results the folder to write into (created when missing)
     * @param listener told of the progress and of the figure so far
     * @param cancelled polled between points and realizations
     * @return the files written
     * @throws java.io.IOException when the results cannot be written
     */
    List<Path> run(ScenarioFile scenario, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws java.io.IOException;

    /**
     * @return whether this runner's Monte Carlo runs in blocks ({@link BlockPlan}), so that its runs can be resumed,
     *         cut into shards and merged; false by default
     */
    default boolean runsInBlocks() {
        return false;
    }

    /**
     * Runs a scenario with its Monte Carlo blocks computed, found and kept as the plan says: a journaled local run
     * (resumable), one shard of a job array (its files are then not the scenario's results), or a merge of shards'
     * blocks. Whatever the plan, a run that is not sharded writes the same CSVs, byte for byte. The default, for
     * runners that do not run in blocks, accepts only plans that compute every block here.
     *
     * @param scenario the scenario
     * @param results the folder to write into
     * @param plan which blocks run here, and where finished blocks are found and kept
     * @param listener told of the progress and of the figure so far
     * @param cancelled polled between points and realizations
     * @return the files written
     * @throws java.io.IOException when the results cannot be written
     */
    default List<Path> run(ScenarioFile scenario, Path results, BlockPlan plan, ProgressListener listener,
            BooleanSupplier cancelled) throws java.io.IOException {
        if (!plan.everyBlockHere()) {
            throw new IllegalStateException("scenarios of kind '" + scenario.kind() + "' do not run in blocks: "
                    + "they cannot be resumed, sharded, merged or spread over a cluster");
        }
        return run(scenario, results, listener, cancelled);
    }
}
