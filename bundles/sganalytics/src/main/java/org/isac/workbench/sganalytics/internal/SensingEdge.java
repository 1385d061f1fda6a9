package org.isac.workbench.sganalytics.internal;

/** Which neighbour of the serving BS bounds the sensing cluster in Theorem 3 (specification §10 decision 3). */
public enum SensingEdge {
    /** The (L_s − 1)-th nearest other BS: L_s − 1 nulled neighbours, consistent with the DoF count J(L_s − 1). */
    LS_MINUS_ONE,
    /** The L_s-th nearest other BS (the seed's "L_s-th closest BS" read as excluding the serving BS). */
    LS
}
