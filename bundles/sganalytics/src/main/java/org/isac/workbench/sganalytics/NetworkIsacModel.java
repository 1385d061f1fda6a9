package org.isac.workbench.sganalytics;

import java.util.Map;
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
     * The providers this model's results assume, by concern (for the paper's model: a Poisson point process,
     * i.i.d. Rayleigh fading, single-slope path loss and zero-forcing with nulling). A figure draws the model's
     * lines only while these are the active providers, since otherwise the lines describe another network than
     * the one simulated.
     *
     * @return provider name by concern; empty when the model assumes nothing of the providers
     */
    default Map<String, String> assumptions() {
        return Map.of();
    }

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

    /**
     * @param p the network point
     * @return the communication ASE λ_b K R_c (eq. (4)) in bit/s/Hz/m², with R_c of Theorem 1
     */
    default Evaluation commAse(NetworkParameters p) {
        Evaluation rate = commRate(p);
        double scale = p.density() * p.users();
        return new Evaluation(scale * rate.value(), scale * rate.errorEstimate());
    }

    /**
     * @param p the network point
     * @return the sensing ASE λ_b J R_s (eq. (7)) in bit/s/Hz/m², with R_s as {@link #radarRate}
     */
    default Evaluation sensingAse(NetworkParameters p) {
        Evaluation rate = radarRate(p);
        double scale = p.density() * p.targets();
        return new Evaluation(scale * rate.value(), scale * rate.errorEstimate());
    }

    /**
     * Lemma 2: the number of users per cell that maximises the communication ASE without communication
     * nulling (L_c = 1), given the antennas left after sensing nulling, M − J(L_s − 1).
     *
     * @param p the network point (its K and L_c are ignored)
     * @return K*, between 1 and M − J(L_s − 1)
     */
    int optimalUsers(NetworkParameters p);
}
