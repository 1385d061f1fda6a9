package org.isac.workbench.optimizer;

/**
 * One instance of problem (13) of the CoMP-ISAC letter: maximise the sum rate of L cells under a total
 * power budget, a minimum rate per user and a minimum detection probability per target. Powers and noise
 * variances are linear (not dB). Arrays are owned by the record: do not modify them after construction.
 *
 * @param gainComm gainComm[l][i] = |h^c_{l,i}|², from base station l to user i (L × L)
 * @param gainSense gainSense[l][i] = |h^s_{l,i}|², on the path base station l → target i → base station i
 * @param noiseComm σ²_{c,i} per user (L values)
 * @param noiseSense σ²_{s,i} per target (L values)
 * @param samples N, the number of symbols in a sensing frame
 * @param falseAlarmProbability P_FA in (0, 1)
 * @param powerBudget P_th, the total transmit power
 * @param rateMin R_th per user in bit/s/Hz (L values, &ge; 0)
 * @param detectionMin ξ per target, the minimum P_D (L values in (0, 1))
 */
public record PowerAllocationProblem(double[][] gainComm, double[][] gainSense, double[] noiseComm,
        double[] noiseSense, int samples, double falseAlarmProbability, double powerBudget, double[] rateMin,
        double[] detectionMin) {

    /** @return L, the number of cells */
    public int cells() {
        return noiseComm.length;
    }
}
