package org.isac.workbench.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs scenario files of one kind (concern {@value #CONCERN}; the provider name is the scenario kind, for
 * example {@code comp-isac} or {@code network-sg}).
 */
@ProviderType
public interface ScenarioRunner {

    /** The concern this service serves in the registry. */
    String CONCERN = "scenario-runner";

    /**
     * @param scenario the scenario file
     * @return whether this runner understands it
     */
    boolean accepts(Path scenario);

    /**
     * Runs a scenario; completed points are written as they finish, so a cancelled run keeps them.
     *
     * @param scenario the scenario file
     * @param results the folder to write into (created when missing)
     * @param listener told of the progress
     * @param cancelled polled between points and realizations
     * @return the files written
     * @throws java.io.IOException when the scenario cannot be read or the results written
     */
    List<Path> run(Path scenario, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws java.io.IOException;
}
