package org.isac.workbench.simulation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.isac.workbench.numerics.montecarlo.BlockEngine;
import org.isac.workbench.numerics.montecarlo.BlockKernel;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.StopRule;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;

/**
 * Runs a network point's realizations in blocks ({@link BlockEngine}) and turns the merged samples into estimates,
 * bit-identically for any number of threads, shards or members: each block holds the communication and the sensing
 * samples of its realizations, blocks are merged in block order, and the stopping rule (target confidence
 * half-width) is checked at block boundaries only.
 */
final class MonteCarloRunner {

    /** Realizations per block of the physical simulator: about a second of work at M = 16. */
    static final int PHYSICAL_BLOCK = 16;
    /** Realizations per block of the gamma simulator: a few tenths of a second. */
    static final int GAMMA_BLOCK = 4096;
    /** The stopping target is not looked at before this many realizations: a tiny sample's spread is unreliable. */
    static final long MINIMUM_BEFORE_STOP = 128;

    /** Quantity names of the estimates returned. */
    static final String COMM_RATE = "comm-rate";
    static final String RADAR_RATE = "radar-rate";
    static final String COMM_ASE = "comm-ase";
    static final String SENSING_ASE = "sensing-ase";

    private MonteCarloRunner() {
    }

    /**
     * Runs every block here.
     *
     * @see #run(Supplier, NetworkParameters, RunSettings, int, BlockPlan, RunProgress, BooleanSupplier)
     */
    static Map<String, Estimate> run(Supplier<NetworkRealization> kernels, NetworkParameters p, RunSettings settings,
            int blockSize, RunProgress listener, BooleanSupplier cancelled) {
        return run(kernels, p, settings, blockSize, BlockPlan.LOCAL, listener, cancelled);
    }

    /**
     * @param kernels makes one realization kernel per worker thread
     * @param p the network point
     * @param settings seed, point, cap, stopping rule, threads
     * @param blockSize realizations per block
     * @param plan which blocks run here, and where finished blocks are kept
     * @param listener progress
     * @param cancelled polled between realizations, from the worker threads too
     * @return the estimates of comm-rate, radar-rate, comm-ase and sensing-ase (the ASEs are the rates times
     *         λ_b K and λ_b J, in bit/s/Hz/m²); of this shard's blocks only when the plan is sharded
     */
    static Map<String, Estimate> run(Supplier<NetworkRealization> kernels, NetworkParameters p, RunSettings settings,
            int blockSize, BlockPlan plan, RunProgress listener, BooleanSupplier cancelled) {
        BlockEngine.Task task = new BlockEngine.Task("point " + settings.point(), settings.realizations(), blockSize,
                NetworkRealization.SAMPLES, stopRule(settings.targetHalfWidth()));
        Supplier<BlockKernel> blockKernels = () -> kernel(kernels.get(), p, settings.seed(), settings.point());
        long start = System.nanoTime();
        BlockEngine.Outcome outcome = BlockEngine.run(task, blockKernels, settings.threads(), plan, (done, cap) -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            listener.progress(done, cap, seconds > 0 ? done / seconds : 0);
        }, cancelled);
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        Estimate commRate = outcome.merged()[NetworkRealization.COMM].estimate();
        Estimate radarRate = outcome.merged()[NetworkRealization.RADAR].estimate();
        estimates.put(COMM_RATE, commRate);
        estimates.put(RADAR_RATE, radarRate);
        estimates.put(COMM_ASE, scaled(commRate, p.density() * p.users()));
        estimates.put(SENSING_ASE, scaled(radarRate, p.density() * p.targets()));
        return estimates;
    }

    /** A block's samples: slot COMM and slot RADAR, a realization that measured nothing adds nothing. */
    private static BlockKernel kernel(NetworkRealization realization, NetworkParameters p, long seed, long point) {
        double[] samples = new double[NetworkRealization.SAMPLES];
        return (block, slots, halt) -> {
            for (long r = block.first(); r < block.first() + block.count(); r++) {
                if (halt.getAsBoolean()) {
                    return false;
                }
                realization.simulate(p, seed, point, r, samples);
                for (int s = 0; s < NetworkRealization.SAMPLES; s++) {
                    if (!Double.isNaN(samples[s])) {
                        slots[s].add(samples[s]);
                    }
                }
            }
            return true;
        };
    }

    /** Stops once every measured quantity's 95 % half-width is within the target (none: never). */
    private static StopRule stopRule(double targetHalfWidth) {
        if (targetHalfWidth <= 0) {
            return StopRule.NEVER;
        }
        // a quantity that was not asked for has no samples and does not hold the run up
        return (merged, done) -> {
            long measured = 0;
            for (RunningStatistics statistics : merged) {
                measured += statistics.count();
                // a NaN half-width (an infinite sample) is not within the target
                if (statistics.count() > 0 && !(halfWidth(statistics) <= targetHalfWidth)) {
                    return false;
                }
            }
            return done >= MINIMUM_BEFORE_STOP && measured > 0;
        };
    }

    private static double halfWidth(RunningStatistics statistics) {
        return statistics.count() < 2 ? Double.POSITIVE_INFINITY : Estimate.Z95 * statistics.estimate().standardError();
    }

    private static Estimate scaled(Estimate e, double factor) {
        return new Estimate(e.mean() * factor, e.standardError() * factor, e.count());
    }
}
