package org.isac.workbench.beamforming.internal;

import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.numerics.linalg.HermitianSolver;

/**
 * Zero-forcing precoders W = H (HᴴH + εI)⁻¹, columns of the own users normalised: with ε = 0 every beam is
 * orthogonal to every other stacked channel (own users and nulled ones), eq. (2) of the network paper.
 */
final class ZeroForcing {

    /**
     * Below this fraction of its norm, what is left of a nulled channel after projecting out the ones before
     * it adds no direction: its nulling is implied by theirs, to that relative leakage.
     */
    private static final double RANK_TOLERANCE = 1e-11;

    private ZeroForcing() {
    }

    /**
     * @param channels the M × n stacked channels: the own users' first, then the nulled ones
     * @param streams K, the own users
     * @param ridge ε; 0 for zero-forcing proper
     * @return the M × K precoder, unit-norm columns
     */
    static ComplexMatrix precoder(ComplexMatrix channels, int streams, double ridge) {
        int antennas = channels.rows();
        int n = channels.columns();
        if (streams < 1 || streams > n) {
            throw new IllegalArgumentException("streams must be in [1, " + n + "], got " + streams);
        }
        if (ridge == 0 && n > antennas) {
            throw new IllegalArgumentException("zero-forcing needs at most M = " + antennas + " channels, got " + n
                    + " (drop nulling requests beyond the DoF budget)");
        }
        // The normal equations square the condition number: nulled rows of nearly collinear targets (a
        // Vandermonde filter of close angles) made their Cholesky fail. Projecting the nulled channels out
        // first leaves only the users' Gram matrix, and the precoder is the same: column k of
        // H(HᴴH)⁻¹ points along h_k with every other column projected out.
        ComplexMatrix users = ridge == 0 && n > streams ? projectOutNulled(channels, streams) : channels;
        return normalEquations(users, streams, ridge);
    }

    /** W = H (HᴴH + εI)⁻¹ e_k for the first K columns, normalised. */
    private static ComplexMatrix normalEquations(ComplexMatrix channels, int streams, double ridge) {
        int antennas = channels.rows();
        int n = channels.columns();
        HermitianSolver solver = new HermitianSolver(HermitianSolver.gram(channels, ridge));
        ComplexMatrix w = new ComplexMatrix(antennas, streams);
        double[] yRe = new double[n];
        double[] yIm = new double[n];
        double[] hRe = channels.re();
        double[] hIm = channels.im();
        for (int k = 0; k < streams; k++) {
            java.util.Arrays.fill(yRe, 0);
            java.util.Arrays.fill(yIm, 0);
            yRe[k] = 1;
            solver.solveInPlace(yRe, yIm); // y = (HᴴH + εI)⁻¹ e_k
            double norm = 0;
            for (int m = 0; m < antennas; m++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double ar = hRe[m * n + j];
                    double ai = hIm[m * n + j];
                    sr += ar * yRe[j] - ai * yIm[j];
                    si += ar * yIm[j] + ai * yRe[j];
                }
                w.set(m, k, sr, si);
                norm += sr * sr + si * si;
            }
            double scale = 1 / Math.sqrt(norm);
            for (int m = 0; m < antennas; m++) {
                w.set(m, k, w.re(m, k) * scale, w.im(m, k) * scale);
            }
        }
        return w;
    }

    /**
     * The own users' channels with the span of the nulled ones projected out, by Gram–Schmidt with a second
     * pass ("twice is enough") so that the basis stays orthonormal to rounding however close to dependent the
     * nulled channels are. Hand-written on the primitive arrays: it runs once per BS and realization.
     *
     * @return M × K
     */
    private static ComplexMatrix projectOutNulled(ComplexMatrix channels, int streams) {
        int antennas = channels.rows();
        int n = channels.columns();
        double[] hRe = channels.re();
        double[] hIm = channels.im();
        double[] basisRe = new double[(n - streams) * antennas];
        double[] basisIm = new double[(n - streams) * antennas];
        double[] vRe = new double[antennas];
        double[] vIm = new double[antennas];
        int rank = 0;
        for (int j = streams; j < n; j++) {
            double before = column(hRe, hIm, n, j, vRe, vIm);
            double after = orthogonalise(vRe, vIm, basisRe, basisIm, rank);
            if (after > RANK_TOLERANCE * RANK_TOLERANCE * before) {
                double scale = 1 / Math.sqrt(after);
                for (int m = 0; m < antennas; m++) {
                    basisRe[rank * antennas + m] = vRe[m] * scale;
                    basisIm[rank * antennas + m] = vIm[m] * scale;
                }
                rank++;
            }
        }
        ComplexMatrix users = new ComplexMatrix(antennas, streams);
        for (int k = 0; k < streams; k++) {
            column(hRe, hIm, n, k, vRe, vIm);
            orthogonalise(vRe, vIm, basisRe, basisIm, rank);
            for (int m = 0; m < antennas; m++) {
                users.set(m, k, vRe[m], vIm[m]);
            }
        }
        return users;
    }

    /** Copies column j of a row-major M × n matrix into v; returns its squared norm. */
    private static double column(double[] re, double[] im, int n, int j, double[] vRe, double[] vIm) {
        double norm = 0;
        for (int m = 0; m < vRe.length; m++) {
            vRe[m] = re[m * n + j];
            vIm[m] = im[m * n + j];
            norm += vRe[m] * vRe[m] + vIm[m] * vIm[m];
        }
        return norm;
    }

    /** v minus its projection onto the first {@code rank} orthonormal basis vectors, twice; returns |v|². */
    private static double orthogonalise(double[] vRe, double[] vIm, double[] basisRe, double[] basisIm, int rank) {
        int antennas = vRe.length;
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < rank; r++) {
                int base = r * antennas;
                double cRe = 0;
                double cIm = 0;
                for (int m = 0; m < antennas; m++) {
                    // c = qᴴ v
                    cRe += basisRe[base + m] * vRe[m] + basisIm[base + m] * vIm[m];
                    cIm += basisRe[base + m] * vIm[m] - basisIm[base + m] * vRe[m];
                }
                for (int m = 0; m < antennas; m++) {
                    vRe[m] -= cRe * basisRe[base + m] - cIm * basisIm[base + m];
                    vIm[m] -= cRe * basisIm[base + m] + cIm * basisRe[base + m];
                }
            }
        }
        double norm = 0;
        for (int m = 0; m < antennas; m++) {
            norm += vRe[m] * vRe[m] + vIm[m] * vIm[m];
        }
        return norm;
    }
}
