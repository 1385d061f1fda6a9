package org.isac.workbench.numerics.linalg;

/**
 * A dense complex matrix, row-major, with real and imaginary parts in two primitive arrays. Mutable and
 * not thread-safe: a Monte Carlo realization owns its matrices.
 */
public final class ComplexMatrix {

    private final int rows;
    private final int columns;
    private final double[] re;
    private final double[] im;

    /**
     * A zero matrix.
     *
     * @param rows number of rows, &ge; 1
     * @param columns number of columns, &ge; 1
     */
    public ComplexMatrix(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("matrix size must be at least 1x1, got " + rows + "x" + columns);
        }
        this.rows = rows;
        this.columns = columns;
        this.re = new double[rows * columns];
        this.im = new double[rows * columns];
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return number of columns */
    public int columns() {
        return columns;
    }

    /** @return the real parts, row-major; writes go to the matrix */
    public double[] re() {
        return re;
    }

    /** @return the imaginary parts, row-major; writes go to the matrix */
    public double[] im() {
        return im;
    }

    /**
     * @param row row index
     * @param column column index
     * @return the real part of an entry
     */
    public double re(int row, int column) {
        return re[row * columns + column];
    }

    /**
     * @param row row index
     * @param column column index
     * @return the imaginary part of an entry
     */
    public double im(int row, int column) {
        return im[row * columns + column];
    }

    /**
     * Sets an entry.
     *
     * @param row row index
     * @param column column index
     * @param real real part
     * @param imaginary imaginary part
     */
    public void set(int row, int column, double real, double imaginary) {
        re[row * columns + column] = real;
        im[row * columns + column] = imaginary;
    }

    /**
     * @param column a column index
     * @return the squared Euclidean norm of that column
     */
    public double columnNormSquared(int column) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int k = r * columns + column;
            sum += re[k] * re[k] + im[k] * im[k];
        }
        return sum;
    }

    /**
     * |aᴴ b|² of column {@code i} of this matrix and column {@code j} of another with as many rows.
     *
     * @param i column of this matrix
     * @param other the other matrix
     * @param j column of the other matrix
     * @return the squared magnitude of their inner product
     */
    public double innerProductSquared(int i, ComplexMatrix other, int j) {
        if (other.rows != rows) {
            throw new IllegalArgumentException("row counts differ: " + rows + " and " + other.rows);
        }
        double sr = 0;
        double si = 0;
        for (int r = 0; r < rows; r++) {
            double ar = re[r * columns + i];
            double ai = im[r * columns + i];
            double br = other.re[r * other.columns + j];
            double bi = other.im[r * other.columns + j];
            // conj(a) * b
            sr += ar * br + ai * bi;
            si += ar * bi - ai * br;
        }
        return sr * sr + si * si;
    }
}
