package org.isac.workbench.beamforming.internal;

import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.numerics.linalg.HermitianSolver;

/**
 * Zero-forcing precoders W = H (HᴴH + εI)⁻¹, columns of the own users normalised: with ε = 0 every beam is
 * orthogonal to every other stacked channel (own users and nulled ones), eq. (2) of the network paper.
 */
final class ZeroForcing {

    private ZeroForcing() {
    }

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
}
