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
    private static double explicit(double[][] w, RandomGenerator random) {
        double[] hRe = new double[ANTENNAS];
        double[] hIm = new double[ANTENNAS];
        for (int a = 0; a < ANTENNAS; a++) {
            hRe[a] = random.nextGaussian() * Math.sqrt(0.5);
            hIm[a] = random.nextGaussian() * Math.sqrt(0.5);
        }
        return quadratic(hRe, hIm, w);
    }

    @Test
    void eigenvaluesKeepTheTraceAndTheFrobeniusNormOfTheGramMatrix() {
        double[][] w = precoder(RandomStreams.of(31, 0, 0));
        double[] eigenvalues = new double[BEAMS];
        new GramInterference(BEAMS).eigenvalues(w[0], w[1], 0, ANTENNAS, eigenvalues, 0);
        // Σλ = tr(WᴴW) = ‖W‖_F² and Σλ² = ‖WᴴW‖_F², both computed here without the eigen-solver
        double trace = 0;
        for (int i = 0; i < w[0].length; i++) {
            trace += w[0][i] * w[0][i] + w[1][i] * w[1][i];
        }
        // ‖WᴴW‖_F² = Σ_k ‖w_kᴴW‖²
        double frobenius = 0;
        for (int k = 0; k < BEAMS; k++) {
            frobenius += quadratic(java.util.Arrays.copyOfRange(w[0], k * ANTENNAS, (k + 1) * ANTENNAS),
                    java.util.Arrays.copyOfRange(w[1], k * ANTENNAS, (k + 1) * ANTENNAS), w);
        }
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < BEAMS; k++) {
            assertTrue(eigenvalues[k] >= 0 && (k == 0 || eigenvalues[k] >= eigenvalues[k - 1]));
            sum += eigenvalues[k];
            sumSquares += eigenvalues[k] * eigenvalues[k];
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
        double[] eigenvalues = new double[BEAMS];
        new GramInterference(BEAMS).eigenvalues(w[0], w[1], 0, ANTENNAS, eigenvalues, 0);
        RandomGenerator explicitStream = RandomStreams.of(33, 0, 0);
        RandomGenerator lawStream = RandomStreams.of(34, 0, 0);
        double[] explicit = new double[DRAWS];
        double[] law = new double[DRAWS];
        double[] scaled = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            explicit[i] = explicit(w, explicitStream);
            law[i] = GramInterference.draw(eigenvalues, 0, BEAMS, lawStream);
            scaled[i] = 1.05 * law[i];
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double p = ks.kolmogorovSmirnovTest(explicit, law);
        assertTrue(p > 0.01, "same law: p = " + p);
        double wrong = ks.kolmogorovSmirnovTest(explicit, scaled);
        assertTrue(wrong < 0.01, "a 5 % error is seen: p = " + wrong);
    }

    /** J = 3 unit filters of N_r = 4 entries; the third is the first times a phase (linearly dependent). */
    private static double[][] filters(RandomGenerator random) {
        int nr = 4;
        double[] re = new double[3 * nr];
        double[] im = new double[3 * nr];
        for (int j = 0; j < 2; j++) {
            double norm = 0;
            for (int n = 0; n < nr; n++) {
                re[j * nr + n] = random.nextGaussian();
                im[j * nr + n] = random.nextGaussian();
                norm += re[j * nr + n] * re[j * nr + n] + im[j * nr + n] * im[j * nr + n];
            }
            for (int n = 0; n < nr; n++) {
                re[j * nr + n] /= Math.sqrt(norm);
                im[j * nr + n] /= Math.sqrt(norm);
            }
        }
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        for (int n = 0; n < nr; n++) {
            re[2 * nr + n] = c * re[n] - s * im[n];
            im[2 * nr + n] = s * re[n] + c * im[n];
        }
        return new double[][] {re, im};
    }

    @Test
    void filterCholeskyReproducesTheFiltersGramMatrixAlsoWhenOneIsDependent() {
        double[][] u = filters(RandomStreams.of(35, 0, 0));
        int nr = 4;
        double[] lRe = new double[9];
        double[] lIm = new double[9];
        GramInterference.filterCholesky(u[0], u[1], 0, nr, 3, lRe, lIm, 0);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double cRe = 0;
                double cIm = 0;
                for (int n = 0; n < nr; n++) {
                    cRe += u[0][i * nr + n] * u[0][j * nr + n] + u[1][i * nr + n] * u[1][j * nr + n];
                    cIm += u[0][i * nr + n] * u[1][j * nr + n] - u[1][i * nr + n] * u[0][j * nr + n];
                }
                double llRe = 0;
                double llIm = 0;
                for (int k = 0; k < 3; k++) {
                    // (L Lᴴ)_ij = Σ_k L_ik conj(L_jk)
                    llRe += lRe[i * 3 + k] * lRe[j * 3 + k] + lIm[i * 3 + k] * lIm[j * 3 + k];
                    llIm += lIm[i * 3 + k] * lRe[j * 3 + k] - lRe[i * 3 + k] * lIm[j * 3 + k];
                }
                // unit filters: entries of size ≤ 1, a Cholesky factor to a few ε (the dependent third filter's
                // zero pivot is set to 0 below 1e-12, which bounds its error)
                assertEquals(cRe, llRe, 1e-12, "Re C_" + i + j);
                assertEquals(cIm, llIm, 1e-12, "Im C_" + i + j);
            }
        }
        assertEquals(0, lRe[8], "the dependent filter's pivot");
    }

    @Test
    void theJointLawOfFilteredGainsMatchesExplicitChannels() {
        // marginal of each filter and the sum over the filters (which sees their correlation), explicit N_r × M
        // channels against the joint law, two-sample KS at 99 % each (Bonferroni over the four: p > 0.0025)
        double[][] w = precoder(RandomStreams.of(36, 0, 0));
        double[][] u = filters(RandomStreams.of(37, 0, 0));
        int nr = 4;
        double[] eigenvalues = new double[BEAMS];
        new GramInterference(BEAMS).eigenvalues(w[0], w[1], 0, ANTENNAS, eigenvalues, 0);
        double[] lRe = new double[9];
        double[] lIm = new double[9];
        GramInterference.filterCholesky(u[0], u[1], 0, nr, 3, lRe, lIm, 0);
        RandomGenerator explicitStream = RandomStreams.of(38, 0, 0);
        RandomGenerator lawStream = RandomStreams.of(39, 0, 0);
        double[][] explicit = new double[4][DRAWS];
        double[][] law = new double[4][DRAWS];
        double[] gRe = new double[nr * ANTENNAS];
        double[] gIm = new double[nr * ANTENNAS];
        double[] out = new double[3];
        double[] z = new double[6];
        for (int d = 0; d < DRAWS; d++) {
            for (int e = 0; e < gRe.length; e++) {
                gRe[e] = explicitStream.nextGaussian() * Math.sqrt(0.5);
                gIm[e] = explicitStream.nextGaussian() * Math.sqrt(0.5);
            }
            for (int j = 0; j < 3; j++) {
                // e = Gᴴu_j, then ‖eᴴW‖² as the simulator's explicit path computes it
                double[] eRe = new double[ANTENNAS];
                double[] eIm = new double[ANTENNAS];
                for (int n = 0; n < nr; n++) {
                    double ur = u[0][j * nr + n];
                    double ui = u[1][j * nr + n];
                    for (int a = 0; a < ANTENNAS; a++) {
                        eRe[a] += gRe[n * ANTENNAS + a] * ur + gIm[n * ANTENNAS + a] * ui;
                        eIm[a] += gRe[n * ANTENNAS + a] * ui - gIm[n * ANTENNAS + a] * ur;
                    }
                }
                explicit[j][d] = quadratic(eRe, eIm, w);
                explicit[3][d] += explicit[j][d];
            }
            GramInterference.drawFiltered(eigenvalues, 0, BEAMS, lRe, lIm, 0, 3, lawStream, z, out);
            for (int j = 0; j < 3; j++) {
                law[j][d] = out[j];
                law[3][d] += out[j];
            }
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int c = 0; c < 4; c++) {
            double p = ks.kolmogorovSmirnovTest(explicit[c], law[c]);
            assertTrue(p > 0.0025, (c < 3 ? "filter " + c : "sum") + ": p = " + p);
        }
    }

    /** ‖eᴴW‖² for W stored beam by beam. */
    private static double quadratic(double[] eRe, double[] eIm, double[][] w) {
        double power = 0;
        for (int k = 0; k < BEAMS; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int a = 0; a < ANTENNAS; a++) {
                double wr = w[0][k * ANTENNAS + a];
                double wi = w[1][k * ANTENNAS + a];
                sumRe += eRe[a] * wr + eIm[a] * wi;
                sumIm += eRe[a] * wi - eIm[a] * wr;
            }
            power += sumRe * sumRe + sumIm * sumIm;
        }
        return power;
    }
}
