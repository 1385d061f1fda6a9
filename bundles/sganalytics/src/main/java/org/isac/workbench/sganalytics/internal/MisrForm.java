package org.isac.workbench.sganalytics.internal;

/** Form of Theorem 2, the MISR-gain approximation (specification §10 decision 2). */
public enum MisrForm {
    /** Eq. (12): mean desired gain Δ scaled by G_{L_c}, ∫(1 − e^{−zG Δ})/(z F_K(z)) dz (recommended). */
    MEAN_SIGNAL,
    /** Variant (12-γ): Gamma(Δ) desired gain kept, ∫(1 − (1 + zG)^{−Δ})/(z F_K(z)) dz. */
    GAMMA_SIGNAL,
    /** Variant (12-e): each interferer K·Exp(1), ∫(1 − e^{−zGΔ/K})/(z F_1(z)) dz. */
    EXPONENTIAL_INTERFERENCE
}
