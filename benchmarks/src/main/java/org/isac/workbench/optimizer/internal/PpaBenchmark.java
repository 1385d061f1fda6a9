package org.isac.workbench.optimizer.internal;

import java.util.concurrent.TimeUnit;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PPA solves per second for L = 3, 8, 16 cells with each surrogate backend, over feasible Rayleigh instances
 * (direct gains of mean 1; L = 3: the specification's family, cross gains −6 dB, R_th = 1, P_th = 25 dB;
 * L = 8, 16: cross gains −13 dB and R_th = 0.25, where −6 dB with R_th = 1 is never feasible). Lives in the
 * optimizer's internal package to call the plain-Java algorithm without a container, and draws its instances
 * with the optimizer tests' generator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PpaBenchmark {

    private static final int INSTANCES = 64;

    /** Cells. */
    @Param({"3", "8", "16"})
    public int cells;

    /** Surrogate backend. */
    @Param({"hipparchus", "ojalgo"})
    public String backend;

    private final PowerAllocationProblem[] problems = new PowerAllocationProblem[INSTANCES];
    private final ProposedPowerAllocation ppa = new ProposedPowerAllocation();
    private SurrogateSolver solver;
    private int next;

    @Setup
    public void setUp() {
        solver = backend.equals("ojalgo") ? new OjalgoSurrogateSolver() : new HipparchusSurrogateSolver();
        double crossDb = cells == 3 ? -6 : -13;
        double rateMin = cells == 3 ? 1 : 0.25;
        int found = 0;
        for (long seed = 0; found < INSTANCES; seed++) {
            PowerAllocationProblem p = Instances.rayleigh(RandomStreams.of(42, cells, seed), cells, 25, crossDb, rateMin);
            if (new FeasibleRegion(LinearConstraints.of(SumRateModel.of(p))).nonEmpty()) {
                problems[found++] = p;
            }
        }
    }

    @Benchmark
    public PowerAllocation ppa() {
        return ppa.allocate(problems[next++ % INSTANCES], solver);
    }
}
