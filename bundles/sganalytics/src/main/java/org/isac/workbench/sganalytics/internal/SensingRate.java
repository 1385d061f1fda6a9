package org.isac.workbench.sganalytics.internal;

/**
 * What the radar rate of a cooperative sensing cluster (L_s &ge; 2) is (specification §10 decision 4); at
 * L_s = 1 both are Proposition 3.
 */
public enum SensingRate {
    /** Theorem 3, the interference hole around the nulled neighbours ignored, as the paper does (5–8 % low). */
    THEOREM_3,
    /** The exact hole-aware rate (H1). */
    EXACT_HOLE
}
