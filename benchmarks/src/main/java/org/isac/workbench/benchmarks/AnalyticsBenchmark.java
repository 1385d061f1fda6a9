package org.isac.workbench.benchmarks;

import java.util.concurrent.TimeUnit;
import org.isac.workbench.networkdesign.internal.RegionDesigner;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.sganalytics.internal.NetworkAnalytics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per analytic point of the network paper (Theorem 1 with and without a communication cluster, the radar
 * rate with the hole, the exact hole-aware rate) and per full S–C region (M = 16: every design of the DoF
 * search, a fresh search each call, so nothing is cached across calls).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AnalyticsBenchmark {

    private final NetworkAnalytics model = new NetworkAnalytics();
    private final NetworkParameters noCluster = new NetworkParameters(16, 8, 4, 2, 1, 1, 4, 2, 80, 1e-5);
    private final NetworkParameters cluster = new NetworkParameters(16, 8, 4, 2, 3, 2, 4, 2, 80, 1e-5);

    @Benchmark
    public Evaluation commRateNoCluster() {
        return model.commRate(noCluster);
    }

    @Benchmark
    public Evaluation commRateCluster() {
        return model.commRate(cluster);
    }

    @Benchmark
    public Evaluation radarRateWithHole() {
        return model.radarRate(noCluster);
    }

    @Benchmark
    public Evaluation radarRateExactHole() {
        return model.radarRateExact(cluster);
    }

    @Benchmark
    public ScRegion regionM16() {
        return new RegionDesigner().region(model, new RegionRequest(16, 8, 8, 4, 2, 80, 1e-5, 1, 1));
    }

    @Benchmark
    public ScRegion regionM32() {
        return new RegionDesigner().region(model, new RegionRequest(32, 8, 8, 4, 2, 80, 1e-5, 1, 1));
    }
}
