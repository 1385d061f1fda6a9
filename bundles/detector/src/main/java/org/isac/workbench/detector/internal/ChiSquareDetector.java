package org.isac.workbench.detector.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.numerics.special.MarcumQ;
import org.isac.workbench.numerics.special.MarcumQInverse;

/**
 * A detector whose statistic is ‖w + μ‖² over {@code degrees(L, N)} complex dimensions, w ~ CN(0, I),
 * ‖μ‖² = λ/2: Gamma(d, 1) without a target, so P_FA = Γ(d, δ)/Γ(d), and P_D = Q_d(√λ, √(2δ)) with it.
 * The GLRT (d = L) and the energy detector (d = N) differ only in d.
 */
abstract class ChiSquareDetector implements Detector {

    /**
     * @param cells L
     * @param samples N
     * @return the complex dimensions the statistic observes
     */
    abstract int degrees(int cells, int samples);

    @Override
    public double threshold(int cells, int samples, double falseAlarmProbability) {
        if (!(falseAlarmProbability > 0 && falseAlarmProbability < 1)) {
            throw new IllegalArgumentException("pfa must be in (0, 1), got " + falseAlarmProbability);
        }
        return MarcumQInverse.gammaThreshold(checkedDegrees(cells, samples), falseAlarmProbability);
    }

    @Override
    public double detectionProbability(int cells, int samples, double threshold, double noncentrality) {
        checkNonNegative("noncentrality", noncentrality);
        checkNonNegative("threshold", threshold);
        return MarcumQ.q(checkedDegrees(cells, samples), Math.sqrt(noncentrality), Math.sqrt(2 * threshold));
    }

    @Override
    public double requiredNoncentrality(int cells, int samples, double threshold, double detectionProbability) {
        return MarcumQInverse.minimumNoncentrality(checkedDegrees(cells, samples), threshold, detectionProbability);
    }

    @Override
    public double sampleStatistic(RandomGenerator random, int cells, int samples, double noncentrality) {
        checkNonNegative("noncentrality", noncentrality);
        int d = checkedDegrees(cells, samples);
        // the mean vector along the first axis: only its norm matters for a circularly-symmetric w
        double shifted = Math.sqrt(0.5) * random.nextGaussian() + Math.sqrt(noncentrality / 2);
        double statistic = shifted * shifted + 0.5 * sq(random.nextGaussian());
        for (int k = 1; k < d; k++) {
            statistic += 0.5 * (sq(random.nextGaussian()) + sq(random.nextGaussian()));
        }
        return statistic;
    }

    private int checkedDegrees(int cells, int samples) {
        if (cells < 1) {
            throw new IllegalArgumentException("cells (L) must be >= 1, got " + cells);
        }
        if (samples < cells) {
            throw new IllegalArgumentException("samples (N) must be >= cells (L) = " + cells + ", got " + samples);
        }
        return degrees(cells, samples);
    }

    private static void checkNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
