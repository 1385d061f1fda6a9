package org.isac.workbench.simulation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.RunSettings;

/**
 * Runs realizations in parallel and folds their samples into estimates, bit-identically for any number of
 * threads: realizations go in batches of {@value #BATCH}; within a batch each thread fills the samples of its
 * share of indices, and the batch is then folded in index order. The stopping rule (target confidence
 * half-width) is checked between batches only, so where a run stops does not depend on the threads either.
 * Cancellation is also polled between realizations, so that a long batch stops soon after it is asked to; the
 * batch under way is then dropped whole, and the estimates hold the completed batches.
 */
final class MonteCarloRunner {

    /** Realizations per batch: the granularity of stopping, cancelling and reporting. */
    static final int BATCH = 64;

    /** Quantity names of the estimates returned. */
    static final String COMM_RATE = "comm-rate";
    static final String RADAR_RATE = "radar-rate";
    static final String COMM_ASE = "comm-ase";
    static final String SENSING_ASE = "sensing-ase";

    private MonteCarloRunner() {
    }

    /**
     * @param kernels makes one realization kernel per worker thread
     * @param p the network point
     * @param settings seed, point, cap, stopping rule, threads
     * @param listener progress
     * @param cancelled polled between realizations, from the worker threads too
     * @return the estimates of comm-rate, radar-rate, comm-ase and sensing-ase (the ASEs are the rates times
     *         λ_b K and λ_b J, in bit/s/Hz/m²)
     */
    static Map<String, Estimate> run(Supplier<NetworkRealization> kernels, NetworkParameters p, RunSettings settings,
            RunProgress listener, BooleanSupplier cancelled) {
        int threads = settings.threads();
        List<NetworkRealization> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(kernels.get());
        }
        RunningStatistics comm = new RunningStatistics();
        RunningStatistics radar = new RunningStatistics();
        double[][] batch = new double[BATCH][NetworkRealization.SAMPLES];
        long start = System.nanoTime();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "isac-monte-carlo");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            long done = 0;
            while (done < settings.realizations() && !cancelled.getAsBoolean()) {
                int size = (int) Math.min(BATCH, settings.realizations() - done);
                if (!runBatch(workers, pool, p, settings, done, size, batch, cancelled)) {
                    break;
                }
                for (int i = 0; i < size; i++) {
                    addIfMeasured(comm, batch[i][NetworkRealization.COMM]);
                    addIfMeasured(radar, batch[i][NetworkRealization.RADAR]);
                }
                done += size;
                double seconds = (System.nanoTime() - start) / 1e9;
                listener.progress(done, settings.realizations(), seconds > 0 ? done / seconds : 0);
                // the stopping rule looks at what is measured: a quantity that was not asked for has no samples
                if (settings.targetHalfWidth() > 0 && done >= 2 * BATCH && comm.count() + radar.count() > 0
                        && (comm.count() == 0 || halfWidth(comm) <= settings.targetHalfWidth())
                        && (radar.count() == 0 || halfWidth(radar) <= settings.targetHalfWidth())) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        Estimate commRate = comm.estimate();
        Estimate radarRate = radar.estimate();
        estimates.put(COMM_RATE, commRate);
        estimates.put(RADAR_RATE, radarRate);
        estimates.put(COMM_ASE, scaled(commRate, p.density() * p.users()));
        estimates.put(SENSING_ASE, scaled(radarRate, p.density() * p.targets()));
        return estimates;
    }

    /** @return whether the batch is complete (false: cancelled) */
    private static boolean runBatch(List<NetworkRealization> workers, ExecutorService pool, NetworkParameters p,
            RunSettings s, long first, int size, double[][] batch, BooleanSupplier cancelled) {
        if (pool == null) {
            return simulate(workers.get(0), p, s, first, 0, size, batch, cancelled);
        }
        List<Future<Boolean>> parts = new ArrayList<>();
        int threads = workers.size();
        for (int t = 0; t < threads; t++) {
            NetworkRealization worker = workers.get(t);
            int from = (int) ((long) size * t / threads);
            int to = (int) ((long) size * (t + 1) / threads);
            parts.add(pool.submit(() -> simulate(worker, p, s, first, from, to, batch, cancelled)));
        }
        boolean complete = true;
        try {
            for (Future<Boolean> part : parts) {
                complete &= part.get();
            }
        } catch (InterruptedException e) {
            // commands cancel through their flag, not by interrupts: an interrupt is someone stopping the thread
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return complete;
    }

    private static boolean simulate(NetworkRealization worker, NetworkParameters p, RunSettings s, long first,
            int from, int to, double[][] batch, BooleanSupplier cancelled) {
        for (int i = from; i < to; i++) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            worker.simulate(p, s.seed(), s.point(), first + i, batch[i]);
        }
        return true;
    }

    private static void addIfMeasured(RunningStatistics statistics, double sample) {
        if (!Double.isNaN(sample)) {
            statistics.add(sample);
        }
    }

    private static double halfWidth(RunningStatistics statistics) {
        return statistics.count() < 2 ? Double.POSITIVE_INFINITY : Estimate.Z95 * statistics.estimate().standardError();
    }

    private static Estimate scaled(Estimate e, double factor) {
        return new Estimate(e.mean() * factor, e.standardError() * factor, e.count());
    }
}
