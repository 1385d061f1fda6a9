package org.isac.workbench.simulation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Monte Carlo simulator of the network ISAC model (concern {@value #CONCERN}).
 */
@ProviderType
public interface NetworkSimulator {

    /** The concern this service serves in the registry. */
    String CONCERN = "network-simulator";

    /**
     * @return the realizations a run makes when the user names no count (a cheap simulator affords more)
     */
    default long defaultRealizations() {
        return 400;
    }

    /**
     * @return the concerns whose active providers a run of this simulator uses (so that a run records them),
     *         for example point process, fading and beamformer; none by default
     */
    default List<String> concernsUsed() {
        return List.of();
    }

    /**
     * Measures everything: as {@link #simulate(NetworkParameters, RunSettings, Set, RunProgress, BooleanSupplier)}
     * with {@link Measurement#all()}.
     *
     * @param parameters the network point
     * @param settings seed, realization cap, stopping rule, threads
     * @param listener told of the progress
     * @param cancelled polled between realizations; when it answers true the run stops and returns what
     *        it has
     * @return per quantity (comm-rate, radar-rate, comm-ase, sensing-ase) its estimate
     */
    Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings, RunProgress listener,
            BooleanSupplier cancelled);

    /**
     * Measures what is asked for and, where the simulator can, nothing else. Without a stopping target
     * ({@code targetHalfWidth} 0), a measured quantity's estimate is the same, bit for bit, as when everything is
     * measured; with one, the run stops when the measured quantities meet it. The quantities of a measurement not
     * asked for may be empty estimates (NaN, no samples). The default measures everything.
     *
     * @param parameters the network point
     * @param settings seed, realization cap, stopping rule, threads
     * @param measured what the run must measure (not empty)
     * @param listener told of the progress
     * @param cancelled polled between realizations
     * @return per quantity (comm-rate, radar-rate, comm-ase, sensing-ase) its estimate
     */
    default Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            Set<Measurement> measured, RunProgress listener, BooleanSupplier cancelled) {
        return simulate(parameters, settings, listener, cancelled);
    }

    /**
     * @return realizations per block: the unit of work that threads, shards and cluster members share, and the
     *         granularity of the stopping target. Fixed per simulator, so that every engine cuts a run alike.
     */
    default int blockSize() {
        return 64;
    }

    /**
     * Runs in blocks of {@link #blockSize()} as the plan says (see {@link BlockPlan}): here, as one shard of a job
     * array, from the shards' stored results, or resuming from the finished blocks of an interrupted run. Blocks
     * are merged in block order, so a point's estimates are the same, bit for bit, whichever plan computed its
     * blocks. A sharded plan returns the estimates of its own blocks only (the merge makes the point's). The default,
     * for simulators that do not run in blocks, runs everything here when the plan allows it (a local run; its
     * journal stays empty, so a resume recomputes) and refuses other plans.
     *
     * @param parameters the network point
     * @param settings seed, point index (part of every block's identity), realization cap, stopping rule, threads
     * @param measured what the run must measure (not empty)
     * @param plan which blocks run here, and where finished blocks are found and kept
     * @param listener told of the progress
     * @param cancelled polled between realizations
     * @return per quantity (comm-rate, radar-rate, comm-ase, sensing-ase) its estimate
     * @throws IllegalStateException when this simulator does not run in blocks and the plan does not compute every
     *         block here
     */
    default Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            Set<Measurement> measured, BlockPlan plan, RunProgress listener, BooleanSupplier cancelled) {
        if (!plan.everyBlockHere()) {
            throw new IllegalStateException("mode: this network simulator does not run in blocks, so its runs cannot "
                    + "be sharded, merged or spread over a cluster; run them without shard= or cluster=");
        }
        return simulate(parameters, settings, measured, listener, cancelled);
    }
}
