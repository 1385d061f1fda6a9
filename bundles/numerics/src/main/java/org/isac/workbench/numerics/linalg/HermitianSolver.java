package org.isac.workbench.numerics.linalg;

/**
 * Cholesky factorisation G = L Lᴴ of a Hermitian positive-definite matrix, and solves with it: the kernel of
 * zero-forcing precoders W = H (HᴴH)⁻¹ for a few dozen antennas, on primitive arrays without allocation in
 * the solve.
 */
public final class HermitianSolver {

    private final int n;
    private final double[] lRe;
    private final double[] lIm;

    /**
     * Factorises {@code gram} (only its lower triangle is read).
     *
     * @param gram an n × n Hermitian positive-definite matrix; not modified
     * @throws IllegalArgumentException when it is not square or not positive definite (for a Gram matrix:
     *         the channels are linearly dependent)
     */
    public HermitianSolver(ComplexMatrix gram) {
        if (gram.rows() != gram.columns()) {
            throw new IllegalArgumentException("matrix must be square, got " + gram.rows() + "x" + gram.columns());
        }
        n = gram.rows();
        lRe = gram.re().clone();
        lIm = gram.im().clone();
        for (int j = 0; j < n; j++) {
            double diagonal = lRe[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= lRe[j * n + k] * lRe[j * n + k] + lIm[j * n + k] * lIm[j * n + k];
            }
            if (!(diagonal > 0)) {
                throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + " = " + diagonal
                        + "): the channels are linearly dependent");
            }
            double d = Math.sqrt(diagonal);
            lRe[j * n + j] = d;
            lIm[j * n + j] = 0;
            for (int i = j + 1; i < n; i++) {
                // L_ij = (G_ij − Σ_k L_ik conj(L_jk)) / L_jj
                double sr = lRe[i * n + j];
                double si = lIm[i * n + j];
                for (int k = 0; k < j; k++) {
                    double ar = lRe[i * n + k];
                    double ai = lIm[i * n + k];
                    double br = lRe[j * n + k];
                    double bi = -lIm[j * n + k];
                    sr -= ar * br - ai * bi;
                    si -= ar * bi + ai * br;
                }
                lRe[i * n + j] = sr / d;
                lIm[i * n + j] = si / d;
            }
        }
    }

    /**
     * Solves G x = b in place.
     *
     * @param re real parts of b, replaced by x (n values)
     * @param im imaginary parts of b, replaced by x
     */
    public void solveInPlace(double[] re, double[] im) {
        // forward: L y = b
        for (int i = 0; i < n; i++) {
            double sr = re[i];
            double si = im[i];
            for (int k = 0; k < i; k++) {
                double ar = lRe[i * n + k];
                double ai = lIm[i * n + k];
                sr -= ar * re[k] - ai * im[k];
                si -= ar * im[k] + ai * re[k];
            }
            double d = lRe[i * n + i];
            re[i] = sr / d;
            im[i] = si / d;
        }
        // backward: Lᴴ x = y, (Lᴴ)_ik = conj(L_ki)
        for (int i = n - 1; i >= 0; i--) {
            double sr = re[i];
            double si = im[i];
            for (int k = i + 1; k < n; k++) {
                double ar = lRe[k * n + i];
                double ai = -lIm[k * n + i];
                sr -= ar * re[k] - ai * im[k];
                si -= ar * im[k] + ai * re[k];
            }
            double d = lRe[i * n + i];
            re[i] = sr / d;
            im[i] = si / d;
        }
    }

    /**
     * The Gram matrix HᴴH (+ εI) of the columns of H.
     *
     * @param h an M × n matrix
     * @param ridge ε ≥ 0 added to the diagonal (regularised zero-forcing)
     * @return the n × n Hermitian matrix
     */
    public static ComplexMatrix gram(ComplexMatrix h, double ridge) {
        int rows = h.rows();
        int n = h.columns();
        double[] re = h.re();
        double[] im = h.im();
        ComplexMatrix g = new ComplexMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                // (HᴴH)_ij = Σ_m conj(H_mi) H_mj
                double sr = 0;
                double si = 0;
                for (int m = 0; m < rows; m++) {
                    double ar = re[m * n + i];
                    double ai = im[m * n + i];
                    double br = re[m * n + j];
                    double bi = im[m * n + j];
                    sr += ar * br + ai * bi;
                    si += ar * bi - ai * br;
                }
                g.set(i, j, sr + (i == j ? ridge : 0), i == j ? 0 : si);
                g.set(j, i, sr + (i == j ? ridge : 0), i == j ? 0 : -si);
            }
        }
        return g;
    }
}
