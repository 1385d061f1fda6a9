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
 * <p>An echo's interference seen through J receive filters u_1 … u_J (N_r each) of a BS i from the N_r × M channel
 * G of an interferer b is u_jᴴ G W: the rows of G W are i.i.d. CN(0, WᴴW), so in law G W = Y Λ^½ Vᴴ with Y
 * i.i.d. CN(0, 1) and ‖u_jᴴ G W‖² = Σ_k λ_k |x_k[j]|² with x_k = Uᴴy_k ~ CN(0, UᴴU), drawn as L z_k (L the Cholesky
 * factor of UᴴU, z_k ~ CN(0, I_J)). That is the joint law of the J targets' interference, at 2JK Gaussians
 * instead of the N_r·M complex Gaussians of G and the products that follow.
 *
 * <p>WᴴW is Hermitian; its eigenvalues are those of the real symmetric 2K × 2K matrix [[Re, −Im], [Im, Re]],
 * each twice, which Hipparchus' symmetric eigen-solver computes.
 */
final class GramInterference {

    /** A pivot below this fraction of its diagonal entry counts as zero (filters that are linearly dependent). */
    private static final double PIVOT_TOLERANCE = 1e-12;
    private static final double HALF_SQRT = Math.sqrt(0.5);

    private final int beams;
    private final double[] doubled;
    private final Array2DRowRealMatrix embedding;

    /** @param beams K, the precoder's columns */
    GramInterference(int beams) {
        this.beams = beams;
        this.doubled = new double[2 * beams];
        this.embedding = new Array2DRowRealMatrix(2 * beams, 2 * beams);
    }

    /** @return K */
    int beams() {
        return beams;
    }

    /**
     * The Gram eigenvalues of a precoder stored beam by beam: entry a of beam k at {@code offset + k·M + a}.
     *
     * @param re real parts
     * @param im imaginary parts
     * @param offset where beam 0 starts
     * @param antennas M
     * @param out receives the K eigenvalues, ascending, at {@code outOffset}
     * @param outOffset where they go
     */
    void eigenvalues(double[] re, double[] im, int offset, int antennas, double[] out, int outOffset) {
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
        double[] values = new EigenDecompositionSymmetric(embedding, EigenDecompositionSymmetric.DEFAULT_EPSILON, false)
                .getEigenvalues();
        System.arraycopy(values, 0, doubled, 0, doubled.length);
        Arrays.sort(doubled);
        for (int k = 0; k < beams; k++) {
            // each eigenvalue appears twice; rounding can leave a PSD matrix's smallest ones a hair below 0
            out[outOffset + k] = Math.max(0, 0.5 * (doubled[2 * k] + doubled[2 * k + 1]));
        }
    }

    /**
     * @param eigenvalues the precoder's Gram eigenvalues
     * @param offset where they start
     * @param beams K
     * @param random the link's stream
     * @return one draw of ‖hᴴW‖² for h ~ CN(0, I_M)
     */
    static double draw(double[] eigenvalues, int offset, int beams, RandomGenerator random) {
        double gain = 0;
        for (int k = 0; k < beams; k++) {
            gain += eigenvalues[offset + k] * random.nextExponential();
        }
        return gain;
    }

    /**
     * The lower Cholesky factor L of UᴴU for J filters of N_r entries each (filter j at {@code uOffset + j·N_r});
     * a zero pivot (a filter in the span of the earlier ones) gives a zero column, which still has L Lᴴ = UᴴU.
     *
     * @param lRe receives L's real parts, row-major J × J at {@code lOffset}
     * @param lIm receives its imaginary parts
     */
    static void filterCholesky(double[] uRe, double[] uIm, int uOffset, int length, int filters, double[] lRe,
            double[] lIm, int lOffset) {
        for (int i = 0; i < filters; i++) {
            for (int j = 0; j <= i; j++) {
                // C_ij = u_iᴴ u_j
                double cRe = 0;
                double cIm = 0;
                for (int n = 0; n < length; n++) {
                    double ar = uRe[uOffset + i * length + n];
                    double ai = uIm[uOffset + i * length + n];
                    double br = uRe[uOffset + j * length + n];
                    double bi = uIm[uOffset + j * length + n];
                    cRe += ar * br + ai * bi;
                    cIm += ar * bi - ai * br;
                }
                // minus Σ_{k<j} L_ik conj(L_jk)
                for (int k = 0; k < j; k++) {
                    int ik = lOffset + i * filters + k;
                    int jk = lOffset + j * filters + k;
                    cRe -= lRe[ik] * lRe[jk] + lIm[ik] * lIm[jk];
                    cIm -= lIm[ik] * lRe[jk] - lRe[ik] * lIm[jk];
                }
                int ij = lOffset + i * filters + j;
                if (i == j) {
                    double diagonal = squaredNorm(uRe, uIm, uOffset + i * length, length);
                    lRe[ij] = cRe > PIVOT_TOLERANCE * diagonal ? Math.sqrt(cRe) : 0;
                    lIm[ij] = 0;
                } else {
                    double pivot = lRe[lOffset + j * filters + j];
                    lRe[ij] = pivot > 0 ? cRe / pivot : 0;
                    lIm[ij] = pivot > 0 ? cIm / pivot : 0;
                }
                if (j < i) {
                    lRe[lOffset + j * filters + i] = 0;
                    lIm[lOffset + j * filters + i] = 0;
                }
            }
        }
    }

    /**
     * One joint draw of ‖u_jᴴ G W‖², j = 1 … J, for G i.i.d. CN(0, 1) and independent of W.
     *
     * @param eigenvalues W's Gram eigenvalues, at {@code offset}
     * @param beams K
     * @param lRe the filters' Cholesky factor ({@link #filterCholesky}), at {@code lOffset}
     * @param lIm its imaginary parts
     * @param filters J
     * @param random the link's stream
     * @param z a scratch array of at least 2J values
     * @param out receives the J gains
     */
    static void drawFiltered(double[] eigenvalues, int offset, int beams, double[] lRe, double[] lIm, int lOffset,
            int filters, RandomGenerator random, double[] z, double[] out) {
        Arrays.fill(out, 0, filters, 0);
        for (int k = 0; k < beams; k++) {
            for (int j = 0; j < filters; j++) {
                z[2 * j] = random.nextGaussian() * HALF_SQRT;
                z[2 * j + 1] = random.nextGaussian() * HALF_SQRT;
            }
            double lambda = eigenvalues[offset + k];
            for (int i = 0; i < filters; i++) {
                double xRe = 0;
                double xIm = 0;
                for (int j = 0; j <= i; j++) {
                    double ar = lRe[lOffset + i * filters + j];
                    double ai = lIm[lOffset + i * filters + j];
                    xRe += ar * z[2 * j] - ai * z[2 * j + 1];
                    xIm += ar * z[2 * j + 1] + ai * z[2 * j];
                }
                out[i] += lambda * (xRe * xRe + xIm * xIm);
            }
        }
    }

    private static double squaredNorm(double[] re, double[] im, int offset, int length) {
        double sum = 0;
        for (int n = 0; n < length; n++) {
            sum += re[offset + n] * re[offset + n] + im[offset + n] * im[offset + n];
        }
        return sum;
    }
}
