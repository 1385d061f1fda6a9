package org.isac.workbench.simulation.internal;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.isac.workbench.beamforming.internal.ZeroForcingBeamformer;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.internal.RayleighFading;
import org.isac.workbench.channel.internal.SingleSlopePathLoss;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.geometry.internal.PoissonPointProcess;
import org.isac.workbench.sganalytics.NetworkParameters;
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
 * Network Monte Carlo throughput: realizations per second at the paper's density (λ_b = 1e-5, 400 BSs in
 * the window) for (M, K) = (16, 8), (32, 16), (64, 32) with J = 2 and no cooperation, explicit precoders
 * (physical, measuring communication, sensing or both) and equivalent gains (gamma), on 1 and 2 threads. One benchmark call runs
 * {@link #realizationsPerCall()} realizations through the parallel runner: the score times that is
 * realizations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class NetworkSimulationBenchmark {

    /** Antennas; K = M/2. */
    @Param({"16", "32", "64"})
    public int antennas;

    /** Simulator. */
    @Param({"physical", "gamma"})
    public String mode;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    /**
     * How the physical simulator gets the gains of independent interferers: from their exact law (the default for
     * i.i.d. Rayleigh channels) or from explicit channels (what a model that is not i.i.d. Rayleigh gets, and
     * what every run did before).
     */
    @Param({"law", "explicit"})
    public String gains;

    /** What the physical simulator measures: communication, sensing or both (gamma always measures both). */
    @Param({"both", "communication", "sensing"})
    public String measured;

    private long next;

    /** @return realizations per benchmark call: 2 physical (one per thread), 64 gamma */
    public int realizationsPerCall() {
        return mode.equals("gamma") ? 64 : 2;
    }

    @Benchmark
    public Object batch() {
        NetworkParameters p = new NetworkParameters(antennas, 8, antennas / 2, 2, 1, 1, 4, 2, 80, 1e-5);
        RunSettings settings = new RunSettings(1, next++, realizationsPerCall(), 0, threads);
        return MonteCarloRunner.run(mode.equals("gamma") ? GammaNetworkRealization::new
                : () -> physical(gains, measured), p, settings, realizationsPerCall() / 2, RunProgress.NONE,
                () -> false);
    }

    /**
     * @param gains {@code law} or {@code explicit}
     * @param measured {@code both}, {@code communication} or {@code sensing}
     * @return a physical kernel at the paper's density with zero-forcing precoders
     */
    static PhysicalNetworkRealization physical(String gains, String measured) {
        return new PhysicalNetworkRealization(new PoissonPointProcess(),
                ChannelModel.iid(new RayleighFading(), gains.equals("law")), new SingleSlopePathLoss(),
                new ZeroForcingBeamformer(), 400, 0.5, measured.equals("both")
                        ? org.isac.workbench.simulation.Measurement.all()
                        : Set.of(org.isac.workbench.simulation.Measurement.valueOf(measured.toUpperCase(
                                java.util.Locale.ROOT))));
    }
}
