package org.isac.workbench.sganalytics;

/**
 * A point of the network ISAC model, in the symbols of the specification.
 *
 * @param antennas M, transmit antennas per base station
 * @param receiveAntennas N_r, receive antennas per base station
 * @param users K, users served per cell
 * @param targets J, targets sensed per cell
 * @param commCluster L_c, communication cluster size (1 = no nulling)
 * @param senseCluster L_s, sensing cluster size (1 = no nulling)
 * @param alpha path-loss exponent of base station to user and base station to base station links, &gt; 2
 * @param beta one-way path-loss exponent base station to target, &gt; 1
 * @param sensingGain c_s = G_mf·σ·N_r·ξ, the aggregate sensing gain constant, &gt; 0
 * @param density λ_b, base stations per square metre, &gt; 0
 * @param clutterDensity λ_cl, clutter scatterers per square metre (Remark 1), &ge; 0; 0 = no clutter
 * @param clutterRcs σ_cl/σ, the clutter's mean radar cross-section relative to a target's, &gt; 0
 * @param rangeCell Δr in metres, the range resolution: only clutter in the target's range cell survives
 *        the delay matching, &gt; 0
 */
public record NetworkParameters(int antennas, int receiveAntennas, int users, int targets, int commCluster,
        int senseCluster, double alpha, double beta, double sensingGain, double density, double clutterDensity,
        double clutterRcs, double rangeCell) {

    /** Default clutter RCS ratio and range cell (15 m: 10 MHz of bandwidth). */
    public static final double DEFAULT_CLUTTER_RCS = 1;
    /** Default range cell in metres. */
    public static final double DEFAULT_RANGE_CELL = 15;

    /**
     * A point without clutter, the paper's model.
     *
     * @param antennas M
     * @param receiveAntennas N_r
     * @param users K
     * @param targets J
     * @param commCluster L_c
     * @param senseCluster L_s
     * @param alpha α
     * @param beta β
     * @param sensingGain c_s
     * @param density λ_b
     */
    public NetworkParameters(int antennas, int receiveAntennas, int users, int targets, int commCluster,
            int senseCluster, double alpha, double beta, double sensingGain, double density) {
        this(antennas, receiveAntennas, users, targets, commCluster, senseCluster, alpha, beta, sensingGain, density,
                0, DEFAULT_CLUTTER_RCS, DEFAULT_RANGE_CELL);
    }

    /** Rejects points outside the model, naming the symbol, its value and what is allowed. */
    public NetworkParameters {
        atLeast("M", antennas, 1);
        atLeast("Nr", receiveAntennas, 1);
        atLeast("K", users, 1);
        // J = 0 is a communication-only network (the paper's communication corner): sensing quantities refuse it
        atLeast("J", targets, 0);
        atLeast("Lc", commCluster, 1);
        atLeast("Ls", senseCluster, 1);
        if (!(alpha > 2) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 2 (interference-limited PPP), got " + alpha);
        }
        if (!(beta > 1) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and > 1, got " + beta);
        }
        if (!(sensingGain > 0) || Double.isInfinite(sensingGain)) {
            throw new IllegalArgumentException("cs must be finite and > 0, got " + sensingGain);
        }
        if (!(density > 0) || Double.isInfinite(density)) {
            throw new IllegalArgumentException("lambda must be finite and > 0, got " + density);
        }
        if (!(clutterDensity >= 0) || Double.isInfinite(clutterDensity)) {
            throw new IllegalArgumentException("clutter must be finite and >= 0, got " + clutterDensity);
        }
        if (!(clutterRcs > 0) || Double.isInfinite(clutterRcs)) {
            throw new IllegalArgumentException("clutterRcs must be finite and > 0, got " + clutterRcs);
        }
        if (!(rangeCell > 0) || Double.isInfinite(rangeCell)) {
            throw new IllegalArgumentException("rangeCell must be finite and > 0, got " + rangeCell);
        }
        int diversity = antennas - users * commCluster - targets * (senseCluster - 1) + 1;
        if (diversity < 1) {
            throw new IllegalArgumentException("K*Lc + J*(Ls-1) = " + (users * commCluster + targets * (senseCluster - 1))
                    + " exceeds M = " + antennas + ": zero-forcing has no degree of freedom left");
        }
    }

    /** @return Δ = M − K·L_c − J·(L_s − 1) + 1, the diversity order of a user under the average nulling load */
    public int diversity() {
        return antennas - users * commCluster - targets * (senseCluster - 1) + 1;
    }

    /**
     * Refuses a sensing quantity for a network without targets.
     *
     * @param quantity what needs targets, for the message (e.g. {@code radar-rate})
     * @throws IllegalArgumentException when J = 0
     */
    public void requireTargets(String quantity) {
        if (targets == 0) {
            throw new IllegalArgumentException("J = 0: a communication-only network has no targets; " + quantity
                    + " needs J >= 1");
        }
    }

    private static void atLeast(String symbol, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(symbol + " must be >= " + minimum + ", got " + value);
        }
    }
}
