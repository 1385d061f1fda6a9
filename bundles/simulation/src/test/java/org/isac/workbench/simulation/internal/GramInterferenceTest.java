package org.isac.workbench.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

class GramInterferenceTest {

    private static final int ANTENNAS = 16;
    private static final int BEAMS = 8;
    private static final int DRAWS = 20_000;

    /** A precoder stored beam by beam, entries CN(0, 1/M) (any W will do: the law holds for every W). */
    private static double[][] precoder(RandomGenerator random) {
        double[] re = new double[ANTENNAS * BEAMS];
        double[] im = new double[ANTENNAS * BEAMS];
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian() / Math.sqrt(2 * ANTENNAS);
            im[i] = random.nextGaussian() / Math.sqrt(2 * ANTENNAS);
        }
        return new double[][] {re, im};
    }

    /** ‖hᴴW‖² for h ~ CN(0, I_M), computed from the explicit channel. */
    private static double explicit(double[] re, double[] im, RandomGenerator random) {
        double[] hRe = new double[ANTENNAS];
        double[] hIm = new double[ANTENNAS];
        for (int a = 0; a < ANTENNAS; a++) {
            hRe[a] = random.nextGaussian() * Math.sqrt(0.5);
            hIm[a] = random.nextGaussian() * Math.sqrt(0.5);
        }
        double power = 0;
        for (int k = 0; k < BEAMS; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int a = 0; a < ANTENNAS; a++) {
                double wr = re[k * ANTENNAS + a];
                double wi = im[k * ANTENNAS + a];
                sumRe += hRe[a] * wr + hIm[a] * wi;
                sumIm += hRe[a] * wi - hIm[a] * wr;
            }
            power += sumRe * sumRe + sumIm * sumIm;
        }
        return power;
    }

    @Test
    void eigenvaluesKeepTheTraceAndTheFrobeniusNormOfTheGramMatrix() {
        double[][] w = precoder(RandomStreams.of(31, 0, 0));
        GramInterference gram = new GramInterference(BEAMS);
        gram.precoder(w[0], w[1], 0, ANTENNAS);
        // Σλ = tr(WᴴW) = ‖W‖_F² and Σλ² = ‖WᴴW‖_F², both computed here without the eigen-solver
        double trace = 0;
        for (int i = 0; i < w[0].length; i++) {
            trace += w[0][i] * w[0][i] + w[1][i] * w[1][i];
        }
        double frobenius = 0;
        for (int k = 0; k < BEAMS; k++) {
            for (int l = 0; l < BEAMS; l++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int a = 0; a < ANTENNAS; a++) {
                    double kr = w[0][k * ANTENNAS + a];
                    double ki = w[1][k * ANTENNAS + a];
                    double lr = w[0][l * ANTENNAS + a];
                    double li = w[1][l * ANTENNAS + a];
                    sumRe += kr * lr + ki * li;
                    sumIm += kr * li - ki * lr;
                }
                frobenius += sumRe * sumRe + sumIm * sumIm;
            }
        }
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < BEAMS; k++) {
            assertTrue(gram.eigenvalue(k) >= 0 && (k == 0 || gram.eigenvalue(k) >= gram.eigenvalue(k - 1)));
            sum += gram.eigenvalue(k);
            sumSquares += gram.eigenvalue(k) * gram.eigenvalue(k);
        }
        // a symmetric eigen-solver is backward stable: errors of a few ε times the norm, here 1e-12 relative
        assertEquals(trace, sum, 1e-12 * trace);
        assertEquals(frobenius, sumSquares, 1e-12 * frobenius);
    }

    @Test
    void theExactLawAndTheExplicitChannelGiveTheSameDistribution() {
        // two-sample Kolmogorov–Smirnov at the 99 % level: the test fails when p < 0.01. It has the power to see a
        // wrong law: the same draws scaled by 5 % (a gain off by 0.2 dB) are rejected
        double[][] w = precoder(RandomStreams.of(32, 0, 0));
        GramInterference gram = new GramInterference(BEAMS);
        gram.precoder(w[0], w[1], 0, ANTENNAS);
        RandomGenerator explicitStream = RandomStreams.of(33, 0, 0);
        RandomGenerator lawStream = RandomStreams.of(34, 0, 0);
        double[] explicit = new double[DRAWS];
        double[] law = new double[DRAWS];
        double[] scaled = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            explicit[i] = explicit(w[0], w[1], explicitStream);
            law[i] = gram.draw(lawStream);
            scaled[i] = 1.05 * law[i];
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double p = ks.kolmogorovSmirnovTest(explicit, law);
        assertTrue(p > 0.01, "same law: p = " + p);
        double wrong = ks.kolmogorovSmirnovTest(explicit, scaled);
        assertTrue(wrong < 0.01, "a 5 % error is seen: p = " + wrong);
    }
}
