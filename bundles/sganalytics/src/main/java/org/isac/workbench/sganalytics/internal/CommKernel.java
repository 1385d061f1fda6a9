package org.isac.workbench.sganalytics.internal;

/** Kernel of Theorem 1 (specification §10 decision 1). */
public enum CommKernel {
    /**
     * [F_K(sη^α)]^{−L_c}: the cluster-edge distance πλr_{L_c}² ~ Gamma(L_c, 1) averaged out, independent of η
     * (eq. (11), exact under the average-load Gamma model; recommended).
     */
    EXACT,
    /**
     * [1 + η^{−2}(F_K(sη^α) − 1)]^{−1}: the serving distance r_1 averaged with the Rayleigh density while η is
     * treated as independent of it (a literal reading of the paper's proof; 2–3 % too high for L_c &ge; 2).
     */
    PAPER_LITERAL
}
