package org.isac.workbench.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
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
}
