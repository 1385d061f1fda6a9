package org.isac.workbench.compisac.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.model.ArrayGeometry;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.geometry.HexagonalLayout;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.Window;

/**
 * The CoMP layout of the letter and its channel gains: L cells on a hexagonal layout, base station B_l at
 * the centre of cell l, user U_i and target T_i uniform in the disc of radius r around B_i.
 *
 * <p>ρ_li = G_c·PL(|B_l U_i|) and g_li = G_s·PL(|B_l T_i|)·PL(|T_i B_i|), times independent fading power
 * gains |h|² (comm) and |g|² (the two-way echo, g ~ the fading model) when fading is on. G_c and G_s
 * collect antenna gains, the reference loss and, for sensing, the radar cross-section (the letter's units
 * are normalised; see the scenario files).
 *
 * @param gainComm ρ_li, L × L
 * @param gainSense g_li, L × L
 */
record CompNetwork(double[][] gainComm, double[][] gainSense) {

    /**
     * Geometry and gain constants of the layout.
     *
     * @param cells L
     * @param cellRadius r in metres
     * @param pathLossExponent α of every link
     * @param commGainDb G_c in dB
     * @param senseGainDb G_s in dB
     * @param userOffsets position of U_i relative to B_i (L rows of x, y), or {@code null} to drop at random
     * @param targetOffsets position of T_i relative to B_i, or {@code null} to drop at random
     */
    record Layout(int cells, double cellRadius, double pathLossExponent, double commGainDb, double senseGainDb,
            double[][] userOffsets, double[][] targetOffsets) {
    }

    /** The letter's single-antenna nodes. */
    private static final ArrayGeometry SINGLE_ANTENNA = ArrayGeometry.ula(1);

    /**
     * Draws one network.
     *
     * @param layout the layout
     * @param pathLoss the path-loss law
     * @param channel the channel model bound for the run (single-antenna links: the letter's BSs, users and
     *        targets have one antenna each), or {@code null} for path loss only
     * @param random the stream (positions first, then every link's channel: for each BS l and cell i, the link to
     *        user i, then the sensing link to target i)
     * @return the gains
     */
    static CompNetwork draw(Layout layout, PathLoss pathLoss, ChannelModel channel, RandomGenerator random) {
        int cells = layout.cells();
        Points sites = HexagonalLayout.sites(cells, layout.cellRadius());
        Window disc = new Window(layout.cellRadius());
        double[][] user = new double[cells][];
        double[][] target = new double[cells][];
        for (int i = 0; i < cells; i++) {
            user[i] = place(sites, i, layout.userOffsets(), disc, random);
            target[i] = place(sites, i, layout.targetOffsets(), disc, random);
        }
        double gc = Math.pow(10, layout.commGainDb() / 10);
        double gs = Math.pow(10, layout.senseGainDb() / 10);
        double alpha = layout.pathLossExponent();
        double[][] rho = new double[cells][cells];
        double[][] g = new double[cells][cells];
        double[] small = new double[2 * cells * cells];
        if (channel != null) {
            double[] re = new double[1];
            double[] im = new double[1];
            for (int l = 0; l < cells; l++) {
                for (int i = 0; i < cells; i++) {
                    double[][] ends = {user[i], target[i]};
                    for (int e = 0; e < 2; e++) {
                        channel.sample(new Link(sites.x(l), sites.y(l), ends[e][0], ends[e][1], SINGLE_ANTENNA,
                                SINGLE_ANTENNA), random, re, im, 0);
                        small[2 * (l * cells + i) + e] = re[0] * re[0] + im[0] * im[0];
                    }
                }
            }
        }
        for (int l = 0; l < cells; l++) {
            for (int i = 0; i < cells; i++) {
                double toUser = sites.distance(l, user[i][0], user[i][1]);
                double toTarget = sites.distance(l, target[i][0], target[i][1]);
                double back = sites.distance(i, target[i][0], target[i][1]);
                double fc = channel == null ? 1 : small[2 * (l * cells + i)];
                double fs = channel == null ? 1 : small[2 * (l * cells + i) + 1];
                rho[l][i] = gc * pathLoss.gain(toUser, alpha) * fc;
                g[l][i] = gs * pathLoss.gain(toTarget, alpha) * pathLoss.gain(back, alpha) * fs;
            }
        }
        return new CompNetwork(rho, g);
    }

    private static double[] place(Points sites, int i, double[][] offsets, Window disc, RandomGenerator random) {
        double[] xy = new double[2];
        if (offsets == null) {
            disc.sampleUniform(random, xy, 0);
        } else {
            xy = offsets[i];
        }
        return new double[] {sites.x(i) + xy[0], sites.y(i) + xy[1]};
    }
}
