package org.isac.workbench.optimizer;

/**
 * One instance of problem (13) of the CoMP-ISAC letter, with its constraints in the linear form
 * (17)–(18): maximise Σ_i R_i(P) over P ≥ 0 with Σ_l P_l ≤ P_th,
 * P_i ρ_ii ≥ ζ^c_i (Σ_{l≠i} P_l ρ_li + σ²_c,i) and Σ_l P_l g_li ≥ ζ^s_i σ²_s,i.
 *
 * <p>The detection requirement enters only through ζ^s_i, the minimum sensing SNR of target i; the caller
 * derives it from P_FA and the required P_D with the active detector (for the GLRT of the letter:
 * ζ^s = λ_min(ξ)/(2N)). Powers and noise variances are linear (not dB). Arrays are owned by the record: do
 * not modify them after construction.
 *
 * @param gainComm gainComm[l][i] = ρ_li = |h^c_{l,i}|², from base station l to user i (L × L)
 * @param gainSense gainSense[l][i] = g_li = |h^s_{l,i}|², on the path base station l → target i → base
 *        station i (L × L)
 * @param noiseComm σ²_c,i per user (L values)
 * @param noiseSense σ²_s,i per target (L values)
 * @param powerBudget P_th, the total transmit power
 * @param sinrMin ζ^c_i = 2^{R_th,i} − 1 per user (L values, &ge; 0)
 * @param sensingSnrMin ζ^s_i per target (L values, &ge; 0; 0 when the requirement is void)
 */
public record PowerAllocationProblem(double[][] gainComm, double[][] gainSense, double[] noiseComm,
        double[] noiseSense, double powerBudget, double[] sinrMin, double[] sensingSnrMin) {

    /** @return L, the number of cells */
    public int cells() {
        return noiseComm.length;
    }
}
