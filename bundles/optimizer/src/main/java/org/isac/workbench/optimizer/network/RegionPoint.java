package org.isac.workbench.optimizer.network;

/**
 * One network design and its performance.
 *
 * @param users K
 * @param targets J
 * @param commCluster L_c
 * @param senseCluster L_s
 * @param commRate R_c in bit/s/Hz
 * @param radarRate R_s in bit/s/Hz
 * @param commAse λ_b K R_c in bit/s/Hz/m²
 * @param sensingAse λ_b J R_s in bit/s/Hz/m²
 */
public record RegionPoint(int users, int targets, int commCluster, int senseCluster, double commRate,
        double radarRate, double commAse, double sensingAse) {
}
