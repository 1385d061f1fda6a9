package org.isac.workbench.compisac.internal;

import org.isac.workbench.experiment.JsonFields;

import org.isac.workbench.detector.Detector;
import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * One power-allocation instance as given to {@code isac:pa}: the letter's quantities (N, P_FA, required
 * P_D, R_th) with their derived linear-constraint form.
 *
 * @param problem the optimisation problem (constraints (17)–(18))
 * @param samples N
 * @param falseAlarmProbability P_FA
 * @param threshold δ of the active detector for P_FA
 * @param detectionMin ξ per target
 * @param seed seed of randomised schemes (RPA)
 * @param global whether the global reference runs (by default for L ≤ {@link #GLOBAL_AUTO_CELLS})
 */
record PaInstance(PowerAllocationProblem problem, int samples, double falseAlarmProbability, double threshold,
        double[] detectionMin, long seed, boolean global) {

    /** The largest L the command accepts (the global reference is only certified for small L). */
    static final int MAX_CELLS = 64;
    /**
     * The largest L for which the global reference runs unless the instance says {@code "global": false}; above
     * it, it runs only with {@code "global": true} (its time then grows fast with L: seconds at L = 16).
     */
    static final int GLOBAL_AUTO_CELLS = 8;
    /** RPA's seed when the input gives none (the letter's "random seed of 2"). */
    static final long DEFAULT_SEED = 2;

    /**
     * Reads and validates an instance; every error names its field.
     *
     * @param json the parsed file
     * @param detector the detector that turns (P_FA, ξ) into the sensing-SNR requirement
     * @return the instance
     */
    static PaInstance parse(JsonFields in, Detector detector) {
        int cells = in.integer("L", 1, MAX_CELLS);
        double[][] gainComm = in.matrix("gainComm", cells, 0, JsonFields.UNBOUNDED);
        double[][] gainSense = in.matrix("gainSense", cells, 0, JsonFields.UNBOUNDED);
        double[] noiseComm = in.perCell("noiseComm", cells, JsonFields.POSITIVE, JsonFields.UNBOUNDED);
        double[] noiseSense = in.perCell("noiseSense", cells, JsonFields.POSITIVE, JsonFields.UNBOUNDED);
        int samples = in.integer("N", cells, 1_000_000_000);
        double pfa = in.number("pfa", JsonFields.POSITIVE, JsonFields.BELOW_ONE);
        double budget = in.number("powerBudget", JsonFields.POSITIVE, JsonFields.UNBOUNDED);
        double[] rateMin = in.perCell("rateMin", cells, 0, 1000);
        double[] pdMin = in.perCell("pdMin", cells, JsonFields.POSITIVE, JsonFields.BELOW_ONE);
        long seed = in.longInteger("seed", DEFAULT_SEED);
        boolean global = in.flag("global", cells <= GLOBAL_AUTO_CELLS);
        in.rejectUnknown();
        for (int i = 0; i < cells; i++) {
            if (gainComm[i][i] == 0) {
                throw new IllegalArgumentException("gainComm[" + i + "][" + i + "]: the direct link of user " + i
                        + " must have a positive gain");
            }
        }
        double delta = detector.threshold(cells, samples, pfa);
        double[] sinrMin = new double[cells];
        double[] sensingSnrMin = new double[cells];
        for (int i = 0; i < cells; i++) {
            sinrMin[i] = Math.expm1(rateMin[i] * Math.log(2)); // ζ^c = 2^R − 1
            sensingSnrMin[i] = detector.requiredNoncentrality(cells, samples, delta, pdMin[i]) / (2.0 * samples);
        }
        return new PaInstance(new PowerAllocationProblem(gainComm, gainSense, noiseComm, noiseSense, budget, sinrMin,
                sensingSnrMin), samples, pfa, delta, pdMin, seed, global);
    }
}
