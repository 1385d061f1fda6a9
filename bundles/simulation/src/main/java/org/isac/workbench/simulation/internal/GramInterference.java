package org.isac.workbench.simulation.internal;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The exact law of an interferer's gain ‖hᴴW‖² for an i.i.d. Rayleigh channel h ~ CN(0, I_M) drawn independently
 * of the precoder W (M × K): hᴴW ~ CN(0, WᴴW), so with λ_1 … λ_K the eigenvalues of the Gram matrix WᴴW,
 * ‖hᴴW‖² = Σ_k λ_k E_k with E_k i.i.d. Exp(1) (unitary invariance of CN(0, I)). One draw costs K exponentials
 * instead of the M complex Gaussians and M·K complex products of the explicit channel, and the eigenvalues are
 * computed once per precoder.
 *
 * <p>It holds only where h is independent of W: not for a link whose channel the BS used to design W (its own
 * users, and the users whose nulling request it accepted), and not for channel models other than i.i.d. Rayleigh.
 *
 * <p>WᴴW is Hermitian; its eigenvalues are those of the real symmetric 2K × 2K matrix [[Re, −Im], [Im, Re]],
 * each twice, which Hipparchus' symmetric eigen-solver computes.
 */
final class GramInterference {

    private final int beams;
    private final double[] eigenvalues;
    private final double[] doubled;
    private final Array2DRowRealMatrix embedding;

    /** @param beams K, the precoder's columns */
    GramInterference(int beams) {
        this.beams = beams;
        this.eigenvalues = new double[beams];
        this.doubled = new double[2 * beams];
        this.embedding = new Array2DRowRealMatrix(2 * beams, 2 * beams);
    }

    /** @return K */
    int beams() {
        return beams;
    }

    /**
     * Computes the Gram eigenvalues of a precoder stored beam by beam: entry a of beam k at
     * {@code offset + k·M + a}.
     *
     * @param re real parts
     * @param im imaginary parts
     * @param offset where beam 0 starts
     * @param antennas M
     */
    void precoder(double[] re, double[] im, int offset, int antennas) {
        double[][] g = embedding.getDataRef();
        for (int k = 0; k < beams; k++) {
            for (int l = k; l < beams; l++) {
                // (WᴴW)_{kl} = Σ_a conj(w_k[a]) w_l[a]
                double sumRe = 0;
                double sumIm = 0;
                int wk = offset + k * antennas;
                int wl = offset + l * antennas;
                for (int a = 0; a < antennas; a++) {
                    sumRe += re[wk + a] * re[wl + a] + im[wk + a] * im[wl + a];
                    sumIm += re[wk + a] * im[wl + a] - im[wk + a] * re[wl + a];
                }
                g[k][l] = sumRe;
                g[l][k] = sumRe;
                g[beams + k][beams + l] = sumRe;
                g[beams + l][beams + k] = sumRe;
                g[beams + k][l] = sumIm;
                g[beams + l][k] = -sumIm;
                g[k][beams + l] = -sumIm;
                g[l][beams + k] = sumIm;
            }
        }
        double[] values = new EigenDecompositionSymmetric(embedding, EigenDecompositionSymmetric.DEFAULT_EPSILON, false).getEigenvalues();
        System.arraycopy(values, 0, doubled, 0, doubled.length);
        Arrays.sort(doubled);
        for (int k = 0; k < beams; k++) {
            // each eigenvalue appears twice; rounding can leave a PSD matrix's smallest ones a hair below 0
            eigenvalues[k] = Math.max(0, 0.5 * (doubled[2 * k] + doubled[2 * k + 1]));
        }
    }

    /**
     * @param random the link's stream
     * @return one draw of ‖hᴴW‖² for the last precoder given
     */
    double draw(RandomGenerator random) {
        double gain = 0;
        for (int k = 0; k < beams; k++) {
            gain += eigenvalues[k] * random.nextExponential();
        }
        return gain;
    }

    /** @return the k-th Gram eigenvalue of the last precoder, ascending */
    double eigenvalue(int k) {
        return eigenvalues[k];
    }
}
