package org.isac.workbench.optimizer.internal;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * Random instances of problem (13) as in the measurement table of spec §3: Rayleigh gains (|h|² ~ Exp with the
 * given mean) with direct gains of mean 1, cross gains of mean −6 dB for communication and sensing,
 * σ²_c = 1 dB, σ²_s = 15 dB, R_th = 1 bit/s/Hz (ζ^c = 1), ξ = 0.7 with L = 3, P_FA = 1e-6, N = 100.
 *
 * <p>ζ^s = λ_min(0.7)/(2N) with λ_min = 39.788524972, hard-coded from the spec's table (§2, (18)) because the
 * Marcum Q inversion lives in the numerics bundle and belongs to the detector; this bundle only sees ζ^s.
 */
final class Instances {

    /** λ_min(ξ = 0.7) for L = 3, P_FA = 1e-6 (spec §2 table). */
    static final double LAMBDA_MIN_07 = 39.788524972;
    /** N of the letter. */
    static final int SAMPLES = 100;
    /** ζ^s = λ_min/(2N) = 0.198943. */
    static final double ZETA_S = LAMBDA_MIN_07 / (2 * SAMPLES);
    /** σ²_c = 1 dB. */
    static final double NOISE_COMM = Math.pow(10, 0.1);
    /** σ²_s = 15 dB. */
    static final double NOISE_SENSE = Math.pow(10, 1.5);
    /** The P_th values of the spec's default run, in dB. */
    static final double[] BUDGETS_DB = {15, 20, 25, 30};

    private Instances() {
    }

    /**
     * The spec's default instance family (L = 3, cross gains −6 dB, R_th = 1).
     *
     * @param seed stream seed
     * @param index instance index (its P_th is BUDGETS_DB[index % 4])
     * @return the instance
     */
    static PowerAllocationProblem spec(long seed, int index) {
        return rayleigh(RandomStreams.of(seed, index, 0), 3, BUDGETS_DB[index % BUDGETS_DB.length], -6, 1);
    }

    /**
     * @param random stream
     * @param cells L
     * @param budgetDb P_th in dB (of the normalised power unit)
     * @param crossDb mean of the cross gains (communication and sensing) in dB
     * @param rateMin R_th in bit/s/Hz
     * @return a Rayleigh instance
     */
    static PowerAllocationProblem rayleigh(RandomGenerator random, int cells, double budgetDb, double crossDb,
            double rateMin) {
        double cross = Math.pow(10, crossDb / 10);
        double[][] rho = new double[cells][cells];
        double[][] g = new double[cells][cells];
        for (int l = 0; l < cells; l++) {
            for (int i = 0; i < cells; i++) {
                double mean = l == i ? 1 : cross;
                rho[l][i] = mean * random.nextExponential();
                g[l][i] = mean * random.nextExponential();
            }
        }
        return new PowerAllocationProblem(rho, g, filled(cells, NOISE_COMM), filled(cells, NOISE_SENSE),
                Math.pow(10, budgetDb / 10), filled(cells, Math.pow(2, rateMin) - 1), filled(cells, ZETA_S));
    }

    /**
     * @param p an instance
     * @param budget a new P_th
     * @return the same instance with another budget
     */
    static PowerAllocationProblem withBudget(PowerAllocationProblem p, double budget) {
        return new PowerAllocationProblem(p.gainComm(), p.gainSense(), p.noiseComm(), p.noiseSense(), budget,
                p.sinrMin(), p.sensingSnrMin());
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
