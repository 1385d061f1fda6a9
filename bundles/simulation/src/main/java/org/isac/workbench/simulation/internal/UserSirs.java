package org.isac.workbench.simulation.internal;

import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.channel.model.SquaredDistancePathLoss;

/**
 * The SIR of every user of the measured BSs, eq. (3): |h_{b(u),u}ᴴ w_{b(u),k(u)}|² r^{−α} over
 * Σ_{b ≠ b(u)} ‖h_{b,u}ᴴ W_b‖² d_{b,u}^{−α}, over every other BS of the window, plus the intra-cell term
 * Σ_{k ≠ k(u)} |h_{b(u),u}ᴴ w_{b(u),k}|² r^{−α}. Zero-forcing makes that term vanish (eq. (3) leaves it out for that
 * reason); it is kept so that a beamformer that does not zero-force, such as maximum-ratio transmission, is charged
 * the interference it really causes.
 *
 * <p>An interferer's gain comes from its exact law ({@link GramInterference#draw}, K exponentials) where the channels
 * are i.i.d. Rayleigh and W_b was designed without this user's channel, and from the explicit channel otherwise.
 * The sum over the communication cluster needs no special case: a BS that accepted the user's request has
 * h_{b,u}ᴴ W_b = 0 up to rounding, and one that dropped it interferes as it really does.
 */
final class UserSirs {

    private static final double LN2 = Math.log(2);

    private final PathLoss pathLoss;
    private int count;
    private int[] user = new int[0];
    private double[] interference = new double[0];
    private double[] sir = new double[0];
    private double[] cellArea = new double[0];

    /** @param pathLoss gives every path-loss gain */
    UserSirs(PathLoss pathLoss) {
        this.pathLoss = pathLoss;
    }

    /** Forgets the last realization's users. */
    void clear() {
        count = 0;
    }

    /**
     * Measures the users of the measured BSs.
     *
     * @param alpha the path-loss exponent α
     * @return their mean log₂(1 + SIR), weighted by their serving cell's area; NaN when no BS is measured
     */
    double measure(NetworkLayout layout, NullingRequests requests, LinkChannels channels, Precoders precoders,
            double alpha) {
        int users = layout.users();
        int stations = layout.baseStations();
        user = Buffers.atLeast(user, stations * users);
        interference = Buffers.atLeast(interference, stations * users);
        sir = Buffers.atLeast(sir, stations * users);
        cellArea = Buffers.atLeast(cellArea, stations * users);
        count = 0;
        for (int b = 0; b < stations; b++) {
            if (layout.measured(b)) {
                for (int k = 0; k < users; k++) {
                    user[count] = b * users + k;
                    cellArea[count] = layout.cellArea(b);
                    interference[count++] = 0;
                }
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        boolean exactLaw = precoders.exactLaw();
        // interferers outside, receivers inside: W_b stays in cache while every measured user is served
        for (int b = 0; b < stations; b++) {
            for (int q = 0; q < count; q++) {
                int u = user[q];
                if (u / users == b) {
                    continue;
                }
                double gain;
                if (exactLaw && !requests.accepted(b, u)) {
                    gain = GramInterference.draw(precoders.gramEigenvalues(), b * users, users,
                            channels.pairStream(LinkChannels.USER_GAIN, b, u));
                } else {
                    channels.userChannel(b, u);
                    gain = precoders.beamPower(channels.userRe(), channels.userIm(), 0, b);
                }
                interference[q] += gain * SquaredDistancePathLoss.gainSquared(pathLoss,
                        layout.stationToUserSquared(b, u), alpha);
            }
        }
        double sum = 0;
        double weights = 0;
        for (int q = 0; q < count; q++) {
            int u = user[q];
            double servingGain = SquaredDistancePathLoss.gainSquared(pathLoss,
                    layout.stationToUserSquared(u / users, u), alpha);
            sir[q] = precoders.userSignal(u) * servingGain
                    / (precoders.userIntraCell(u) * servingGain + interference[q]);
            sum += cellArea[q] * Math.log1p(sir[q]) / LN2;
            weights += cellArea[q];
        }
        return sum / weights;
    }

    /** @return how many users the last realization measured */
    int count() {
        return count;
    }

    /** @return measured user q's SIR */
    double sir(int q) {
        return sir[q];
    }

    /** @return the area of measured user q's serving cell, m² */
    double cellArea(int q) {
        return cellArea[q];
    }
}
