package org.isac.workbench.experiment;

import java.io.IOException;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.BlockStore;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Spreads a run's blocks beyond this process, for example over the members of a cluster. The run travels as data,
 * its {@link RunIdentity} (the scenario's text and the providers with their versions and settings): every other
 * process runs it with the providers of its own registry, and refuses it when they are not the run's.
 */
@ProviderType
public interface BlockSpread {

    /** A run being spread; closed when the run ends, which withdraws it from the other processes. */
    interface Session extends AutoCloseable {

        /** @return the coordinator's plan: blocks are claimed here or elsewhere, and merged here */
        BlockPlan plan();

        @Override
        void close();
    }

    /**
     * Offers a run to the other processes.
     *
     * @param run the run
     * @param journal this run's journal: blocks found there are not computed again, and blocks computed elsewhere
     *        are kept there too once this process has merged them, so that a coordinator that dies leaves every
     *        block it merged on disk
     * @return the run's session
     * @throws IOException when the run cannot be offered
     */
    Session start(RunIdentity run, BlockStore journal) throws IOException;
}
