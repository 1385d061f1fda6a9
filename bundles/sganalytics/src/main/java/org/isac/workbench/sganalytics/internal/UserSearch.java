package org.isac.workbench.sganalytics.internal;

/** How Lemma 2's optimal number of users is found (specification §6 A1). */
public enum UserSearch {
    /**
     * Exact integer argmax of K·R_c over K ∈ {1, …, M_J} with Theorem 1 (L_c = 1, Δ = M_J − K + 1): the
     * reference (recommended).
     */
    EXACT,
    /**
     * The paper's way: bisection on the real-K derivative of K·g_K(M_J − K + 1) (eqs. (21)–(22), F_K's
     * dependence on K kept), then the better of the two neighbouring integers.
     */
    BISECTION
}
