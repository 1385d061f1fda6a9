package org.isac.workbench.sganalytics;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The analytic results of the network ISAC paper (concern {@value #CONCERN}). Rates are in bit/s/Hz,
 * area spectral efficiencies in bit/s/Hz/m².
 */
@ProviderType
public interface NetworkIsacModel {

    /** The concern this service serves in the registry. */
    String CONCERN = "sg-model";

    /**
     * @param p the network point
     * @return the average data rate of the typical user R_c (Theorem 1)
     */
    Evaluation commRate(NetworkParameters p);

    /**
     * @param p the network point
     * @return R_c by the MISR-gain approximation (Theorem 2)
     */
    Evaluation commRateMisr(NetworkParameters p);

    /**
     * @param p the network point
     * @return the radar information rate of the typical target R_s (Proposition 3 for L_s = 1, Theorem 3
     *         otherwise)
     */
    Evaluation radarRate(NetworkParameters p);

    /**
     * @param p the network point
     * @return R_s ignoring the interference hole (the benchmark)
     */
    Evaluation radarRateNoHole(NetworkParameters p);

    /**
     * @param p the network point
     * @return R_s with the hole accounted for exactly, for any L_s
     */
    Evaluation radarRateExact(NetworkParameters p);
}
