package org.isac.workbench.optimizer.internal;

import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * A validated instance of problem (13) with the evaluation helpers every scheme needs: the received power
 * T_i(P) = Σ_l P_l ρ_li + σ²_c,i, the interference-plus-noise I_i(P) = Σ_{l≠i} P_l ρ_li + σ²_c,i, the rates
 * R_i = log₂(T_i/I_i), their sum, and the sensing SNR S_i = Σ_l P_l g_li / σ²_s,i.
 *
 * <p>Construction rejects malformed problems with an {@link IllegalArgumentException} that names the field
 * (Java indices, from 0): wrong sizes, negative or non-finite gains, non-positive noise variances (the rates
 * divide by I_i ≥ σ²_c,i and S_i by σ²_s,i), a negative or non-finite budget or requirement. The arrays are
 * read, never modified; the model keeps its own copies so a caller that breaks the record's "do not modify"
 * rule cannot change an allocation half way.
 */
final class SumRateModel {

    private static final double LN2 = Math.log(2);

    private final PowerAllocationProblem problem;
    private final int cells;
    /** rho[l][i] = ρ_li, base station l to user i. */
    private final double[][] rho;
    /** g[l][i] = g_li, base station l to target i to base station i. */
    private final double[][] g;
    private final double[] noiseComm;
    private final double[] noiseSense;
    private final double budget;
    private final double[] sinrMin;
    private final double[] sensingSnrMin;

    private SumRateModel(PowerAllocationProblem problem) {
        this.problem = problem;
        this.cells = problem.noiseComm().length;
        this.rho = copy(problem.gainComm());
        this.g = copy(problem.gainSense());
        this.noiseComm = problem.noiseComm().clone();
        this.noiseSense = problem.noiseSense().clone();
        this.budget = problem.powerBudget();
        this.sinrMin = problem.sinrMin().clone();
        this.sensingSnrMin = problem.sensingSnrMin().clone();
    }

    /**
     * @param problem the instance
     * @return its validated model
     * @throws IllegalArgumentException naming the first malformed field
     */
    static SumRateModel of(PowerAllocationProblem problem) {
        validate(problem);
        return new SumRateModel(problem);
    }

    /**
     * Checks sizes and values of every field.
     *
     * @param problem the instance
     * @throws IllegalArgumentException naming the first malformed field, e.g. {@code gainComm[1][2]}
     */
    static void validate(PowerAllocationProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        double[] noiseComm = problem.noiseComm();
        if (noiseComm == null || noiseComm.length == 0) {
            throw new IllegalArgumentException("noiseComm must hold one value per cell (at least one cell)");
        }
        int cells = noiseComm.length;
        checkMatrix("gainComm", problem.gainComm(), cells);
        checkMatrix("gainSense", problem.gainSense(), cells);
        checkVector("noiseComm", noiseComm, cells, true);
        checkVector("noiseSense", problem.noiseSense(), cells, true);
        double budget = problem.powerBudget();
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("powerBudget must be finite and >= 0, got " + budget);
        }
        checkVector("sinrMin", problem.sinrMin(), cells, false);
        checkVector("sensingSnrMin", problem.sensingSnrMin(), cells, false);
    }

    private static void checkMatrix(String name, double[][] m, int cells) {
        if (m == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (m.length != cells) {
            throw new IllegalArgumentException(name + " must have " + cells + " rows (one per base station, as "
                    + "noiseComm has " + cells + " cells), got " + m.length);
        }
        for (int l = 0; l < cells; l++) {
            if (m[l] == null || m[l].length != cells) {
                throw new IllegalArgumentException(name + "[" + l + "] must have " + cells + " values, got "
                        + (m[l] == null ? "null" : m[l].length));
            }
            for (int i = 0; i < cells; i++) {
                double v = m[l][i];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException(name + "[" + l + "][" + i + "] must be finite and >= 0, got "
                            + v);
                }
            }
        }
    }

    private static void checkVector(String name, double[] v, int cells, boolean positive) {
        if (v == null || v.length != cells) {
            throw new IllegalArgumentException(name + " must have " + cells + " values (one per cell), got "
                    + (v == null ? "null" : v.length));
        }
        for (int i = 0; i < cells; i++) {
            boolean ok = positive ? v[i] > 0 : v[i] >= 0;
            if (!ok || Double.isInfinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and "
                        + (positive ? "> 0" : ">= 0") + ", got " + v[i]);
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** @return the instance this model was built from */
    PowerAllocationProblem problem() {
        return problem;
    }

    /** @return L */
    int cells() {
        return cells;
    }

    /** @return P_th */
    double budget() {
        return budget;
    }

    /**
     * @param l base station
     * @param i user
     * @return ρ_li
     */
    double rho(int l, int i) {
        return rho[l][i];
    }

    /**
     * @param l base station
     * @param i target
     * @return g_li
     */
    double g(int l, int i) {
        return g[l][i];
    }

    /**
     * @param i user
     * @return σ²_c,i
     */
    double noiseComm(int i) {
        return noiseComm[i];
    }

    /**
     * @param i target
     * @return σ²_s,i
     */
    double noiseSense(int i) {
        return noiseSense[i];
    }

    /**
     * @param i user
     * @return ζ^c_i
     */
    double sinrMin(int i) {
        return sinrMin[i];
    }

    /**
     * @param i target
     * @return ζ^s_i
     */
    double sensingSnrMin(int i) {
        return sensingSnrMin[i];
    }

    /**
     * @param p powers
     * @param i user
     * @return T_i(P) = Σ_l P_l ρ_li + σ²_c,i
     */
    double total(double[] p, int i) {
        double t = noiseComm[i];
        for (int l = 0; l < cells; l++) {
            t += p[l] * rho[l][i];
        }
        return t;
    }

    /**
     * Summed without the direct term (not T_i − P_i ρ_ii) so that a strong direct link cannot cancel the
     * interference away.
     *
     * @param p powers
     * @param i user
     * @return I_i(P) = Σ_{l≠i} P_l ρ_li + σ²_c,i
     */
    double interference(double[] p, int i) {
        double t = noiseComm[i];
        for (int l = 0; l < cells; l++) {
            if (l != i) {
                t += p[l] * rho[l][i];
            }
        }
        return t;
    }

    /**
     * @param p powers
     * @param i user
     * @return SINR_i = P_i ρ_ii / I_i(P)
     */
    double sinr(double[] p, int i) {
        return p[i] * rho[i][i] / interference(p, i);
    }

    /**
     * log1p keeps full relative accuracy at low SINR, where log₂(T/I) would lose the digits of a ratio
     * close to 1.
     *
     * @param p powers
     * @param i user
     * @return R_i = log₂(1 + SINR_i) in bit/s/Hz
     */
    double rate(double[] p, int i) {
        return Math.log1p(sinr(p, i)) / LN2;
    }

    /**
     * @param p powers
     * @return R_i per user
     */
    double[] rates(double[] p) {
        double[] r = new double[cells];
        for (int i = 0; i < cells; i++) {
            r[i] = rate(p, i);
        }
        return r;
    }

    /**
     * @param p powers
     * @return R_sum = Σ_i R_i
     */
    double sumRate(double[] p) {
        double s = 0;
        for (int i = 0; i < cells; i++) {
            s += rate(p, i);
        }
        return s;
    }

    /**
     * @param p powers
     * @param i target
     * @return S_i = Σ_l P_l g_li / σ²_s,i
     */
    double sensingSnr(double[] p, int i) {
        double s = 0;
        for (int l = 0; l < cells; l++) {
            s += p[l] * g[l][i];
        }
        return s / noiseSense[i];
    }

    /**
     * @param p powers
     * @return S_i per target
     */
    double[] sensingSnrs(double[] p) {
        double[] s = new double[cells];
        for (int i = 0; i < cells; i++) {
            s[i] = sensingSnr(p, i);
        }
        return s;
    }

    /**
     * A bound no allocation can beat: every user alone with the whole budget,
     * Σ_i log₂(1 + P_th ρ_ii / σ²_c,i) (spec §3, monotonicity).
     *
     * @return the interference-free upper bound on R_sum
     */
    double interferenceFreeBound() {
        double s = 0;
        for (int i = 0; i < cells; i++) {
            s += Math.log1p(budget * rho[i][i] / noiseComm[i]) / LN2;
        }
        return s;
    }
}
