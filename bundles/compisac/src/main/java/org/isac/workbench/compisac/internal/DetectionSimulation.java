package org.isac.workbench.compisac.internal;

import java.util.function.BooleanSupplier;
import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.numerics.montecarlo.BlockEngine;
import org.isac.workbench.numerics.montecarlo.BlockKernel;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.montecarlo.StopRule;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * Link-level Monte Carlo of target detection in one cell of the letter: per trial, the L base stations send
 * N independent unit-power symbols each, scaled by √P_l (QPSK or Gaussian); the echo channel h_s has
 * |h_l|² = g_li with independent uniform phases; λ = 2‖X h_s‖²/σ_s² and the active detector's statistic is
 * drawn given λ (exact: given X, the statistic depends on the echo only through λ).
 */
final class DetectionSimulation {

    /** Symbol alphabets. */
    enum Symbols { QPSK, GAUSSIAN }

    /**
     * Result for one target.
     *
     * @param simulated detections / trials
     * @param ci99Low lower end of the Wilson 99 % interval
     * @param ci99High upper end
     * @param exactTheory the exact conditional P_D averaged over the simulated X (the "theory" the
     *        simulation must match)
     * @param largeNTheory eq. (12) with X^H X = N diag(P), the N ≫ 1 closed form
     * @param trials trials run
     */
    record Result(double simulated, double ci99Low, double ci99High, double exactTheory, double largeNTheory,
            int trials) {
    }

    private DetectionSimulation() {
    }

    /** Trials per block: a few milliseconds of work at the letter's N. */
    static final int BLOCK = 1024;
    /** Block slots: the detection indicator, and the exact conditional P_D given the trial's symbols. */
    private static final int DETECTED = 0;
    private static final int EXACT = 1;

    /**
     * @param detector the detector
     * @param powers P_l
     * @param sensingGains g_li for the target's cell i (l = 0..L−1)
     * @param noise σ²_s,i
     * @param samples N
     * @param threshold δ
     * @param symbols the alphabet
     * @param trials independent trials
     * @param seed run seed
     * @param point index of the point (with the target index folded in by the caller)
     * @param threads worker threads (the result does not depend on them)
     * @param plan which blocks of trials run here, and where finished ones are kept
     * @param cancelled polled between trials
     * @return the estimate with its theory; null when cancelled before the end
     */
    static Result run(Detector detector, double[] powers, double[] sensingGains, double noise, int samples,
            double threshold, Symbols symbols, int trials, long seed, long point, int threads, BlockPlan plan,
            BooleanSupplier cancelled) {
        int cells = powers.length;
        double snr = 0;
        for (int l = 0; l < cells; l++) {
            snr += powers[l] * sensingGains[l] / noise;
        }
        double largeN = detector.detectionProbability(cells, samples, threshold, 2.0 * samples * snr);
        BlockEngine.Task task = new BlockEngine.Task("detection " + point, trials, BLOCK, 2, StopRule.NEVER);
        BlockEngine.Outcome outcome = BlockEngine.run(task, () -> kernel(detector, powers, sensingGains, noise,
                samples, threshold, symbols, seed, point), threads, plan, BlockEngine.Progress.NONE, cancelled);
        if (!outcome.complete()) {
            return null;
        }
        RunningStatistics detected = outcome.merged()[DETECTED];
        // a mean of zeros and ones times its count is the count of ones, to far better than ½
        int detections = (int) Math.round(detected.mean() * detected.count());
        double[] wilson = wilson(detections, trials);
        return new Result(detections / (double) trials, wilson[0], wilson[1], outcome.merged()[EXACT].mean(), largeN,
                trials);
    }

    /** One thread's trials: a trial's symbols, echo and statistic come from the stream of (seed, point, trial). */
    private static BlockKernel kernel(Detector detector, double[] powers, double[] sensingGains, double noise,
            int samples, double threshold, Symbols symbols, long seed, long point) {
        int cells = powers.length;
        double[] hRe = new double[cells];
        double[] hIm = new double[cells];
        double[] amplitude = new double[cells];
        for (int l = 0; l < cells; l++) {
            amplitude[l] = Math.sqrt(powers[l]);
        }
        return (block, slots, halt) -> {
            for (long t = block.first(); t < block.first() + block.count(); t++) {
                if (halt.getAsBoolean()) {
                    return false;
                }
                var random = RandomStreams.of(seed, point, t);
                for (int l = 0; l < cells; l++) {
                    double phase = 2 * Math.PI * random.nextDouble();
                    double magnitude = Math.sqrt(sensingGains[l]);
                    hRe[l] = magnitude * Math.cos(phase);
                    hIm[l] = magnitude * Math.sin(phase);
                }
                double energy = 0; // ‖X h‖²
                for (int n = 0; n < samples; n++) {
                    double re = 0;
                    double im = 0;
                    for (int l = 0; l < cells; l++) {
                        double sRe;
                        double sIm;
                        if (symbols == Symbols.QPSK) {
                            sRe = random.nextBoolean() ? Math.sqrt(0.5) : -Math.sqrt(0.5);
                            sIm = random.nextBoolean() ? Math.sqrt(0.5) : -Math.sqrt(0.5);
                        } else {
                            sRe = Math.sqrt(0.5) * random.nextGaussian();
                            sIm = Math.sqrt(0.5) * random.nextGaussian();
                        }
                        double xRe = amplitude[l] * sRe;
                        double xIm = amplitude[l] * sIm;
                        re += xRe * hRe[l] - xIm * hIm[l];
                        im += xRe * hIm[l] + xIm * hRe[l];
                    }
                    energy += re * re + im * im;
                }
                double lambda = 2 * energy / noise;
                slots[EXACT].add(detector.detectionProbability(cells, samples, threshold, lambda));
                slots[DETECTED].add(detector.sampleStatistic(random, cells, samples, lambda) > threshold ? 1 : 0);
            }
            return true;
        };
    }

    /**
     * Wilson score interval at 99 % (Hipparchus): keeps its coverage for proportions near 0 or 1, unlike
     * p ± z·se.
     */
    static double[] wilson(int successes, int trials) {
        ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval(trials, successes / (double) trials,
                0.99);
        return new double[] {ci.getLowerBound(), ci.getUpperBound()};
    }
}
