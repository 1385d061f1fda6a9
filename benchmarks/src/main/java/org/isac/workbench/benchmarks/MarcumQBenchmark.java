package org.isac.workbench.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.isac.workbench.numerics.special.MarcumQ;
import org.isac.workbench.numerics.special.MarcumQInverse;
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
 * Evaluations of the generalized Marcum Q-function per second, over arguments typical of each regime:
 * the letter's detection range (M = 3, a and b up to 10), the range scipy was measured on (M from 1 to 8, a and b
 * up to 15: scipy's {@code ncx2.sf} and {@code ncx2.cdf} gave 1.05·10⁶ Q and 1 − Q pairs per CPU-second on the
 * development machine), large arguments (up to 200) and the deep upper tail (b ≫ a). Each call gives Q and 1 − Q.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarcumQBenchmark {

    /** Regimes. */
    @Param({"letter", "range", "large", "tail"})
    public String regime;

    private static final int POINTS = 1024;
    private final int[] m = new int[POINTS];
    private final double[] a = new double[POINTS];
    private final double[] b = new double[POINTS];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < POINTS; i++) {
            switch (regime) {
                case "letter" -> {
                    m[i] = 3;
                    a[i] = 10 * random.nextDouble();
                    b[i] = 2 + 6 * random.nextDouble();
                }
                case "range" -> {
                    m[i] = 1 + random.nextInt(8);
                    a[i] = 15 * random.nextDouble();
                    b[i] = 15 * random.nextDouble();
                }
                case "large" -> {
                    m[i] = 1 + random.nextInt(64);
                    a[i] = 200 * random.nextDouble();
                    b[i] = 200 * random.nextDouble();
                }
                default -> {
                    m[i] = 1 + random.nextInt(16);
                    a[i] = 5 * random.nextDouble();
                    b[i] = 20 + 20 * random.nextDouble();
                }
            }
        }
    }

    @Benchmark
    public MarcumQ.Result marcumQ() {
        int i = next++ & (POINTS - 1);
        return MarcumQ.evaluate(m[i], a[i], b[i]);
    }

    @Benchmark
    public double minimumNoncentrality() {
        int i = next++ & (POINTS - 1);
        return MarcumQInverse.minimumNoncentrality(3, 19.129168188604843, 0.3 + 0.69 * (i / (double) POINTS));
    }
}
