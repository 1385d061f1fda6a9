package org.isac.workbench.networkdesign;

import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * What the region is searched over: the fixed network (antennas, array, propagation, density) and the
 * bounds of the integer design variables K, J, L_c, L_s.
 *
 * @param antennas M
 * @param receiveAntennas N_r
 * @param maxTargets J_max, the targets a BS can resolve (N_r by default)
 * @param alpha path-loss exponent α
 * @param beta one-way sensing exponent β
 * @param sensingGain c_s
 * @param density λ_b
 * @param minCommCluster L_c^min (1 = no link-quality constraint; Fig. 11)
 * @param minSenseCluster L_s^min (1 = none)
 */
public record RegionRequest(int antennas, int receiveAntennas, int maxTargets, double alpha, double beta,
        double sensingGain, double density, int minCommCluster, int minSenseCluster) {

    /**
     * The largest M searched: the designs grow as M² log M and the search takes about 1 s at M = 16, 7 s at
     * M = 32, 35 s at M = 64 and a few minutes at M = 128 (one core).
     */
    public static final int MAX_ANTENNAS = 128;

    /** Validates the bounds, naming the field. */
    public RegionRequest {
        if (antennas < 2 || antennas > MAX_ANTENNAS) {
            throw new IllegalArgumentException("M must be in [2, " + MAX_ANTENNAS + "] for a region search, got "
                    + antennas);
        }
        if (maxTargets < 1) {
            throw new IllegalArgumentException("Jmax must be >= 1, got " + maxTargets);
        }
        if (minCommCluster < 1 || minSenseCluster < 1) {
            throw new IllegalArgumentException("LcMin and LsMin must be >= 1, got " + minCommCluster + ", "
                    + minSenseCluster);
        }
    }

    /**
     * The network point of one design of this request.
     *
     * @param users K
     * @param targets J
     * @param commCluster L_c
     * @param senseCluster L_s
     * @return the parameters the analytic model and the simulator take
     */
    public NetworkParameters parameters(int users, int targets, int commCluster, int senseCluster) {
        return new NetworkParameters(antennas, receiveAntennas, users, targets, commCluster, senseCluster, alpha, beta,
                sensingGain, density);
    }
}
