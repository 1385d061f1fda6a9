package org.isac.workbench.simulation.internal;

import java.util.concurrent.TimeUnit;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The physical network Monte Carlo with cooperative nulling, where some links must stay explicit (the channels a
 * BS used to design its precoder): M = 8, N_r = 8, K = 2, J = 2, L_c = 2, L_s = 1, λ_b = 1e-5, 400 BSs in the
 * window, one thread, two realizations per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class NullingSimulationBenchmark {

    /** Gains of independent interferers from their exact law or from explicit channels. */
    @Param({"law", "explicit"})
    public String gains;

    /** What is measured. */
    @Param({"both", "communication"})
    public String measured;

    private long next;

    @Benchmark
    public Object batch() {
        NetworkParameters p = new NetworkParameters(8, 8, 2, 2, 2, 1, 4, 2, 80, 1e-5);
        return MonteCarloRunner.run(() -> NetworkSimulationBenchmark.physical(gains, measured), p,
                new RunSettings(1, next++, 2, 0, 1), 1, RunProgress.NONE, () -> false);
    }
}
