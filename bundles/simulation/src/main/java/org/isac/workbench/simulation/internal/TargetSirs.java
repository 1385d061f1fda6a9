package org.isac.workbench.simulation.internal;

import java.util.Arrays;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.channel.model.SquaredDistancePathLoss;
import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * The echo SIR of every target of the measured BSs, eq. (6): c_s ‖a_t(θ)ᴴ W_i‖² r^{−2β} over
 * Σ_{b ≠ i} ‖u_{i,j}ᴴ G_{b→i} W_b‖² d_{b,i}^{−α} plus the residual clutter ({@link Clutter}).
 *
 * <p><b>Reading of eq. (6).</b> The specification writes the sensing interference as a sum over Φ_b ∖ C_s, the BSs
 * outside the sensing cluster. That is the analysis' view, where every request is accepted and the cluster's
 * interference is exactly zero. Here the sum runs over every BS but the serving one, and the cluster drops out by
 * itself: a cluster BS that accepted the bundle has u_{i,j}ᴴ G_{b→i} W_b = 0 up to rounding, and one that dropped it
 * interferes as it really does. The interference hole around a target needs no special treatment either: its
 * serving BS is its nearest.
 *
 * <p>The J targets' gains from an interferer come jointly from their exact law ({@link GramInterference#drawFiltered})
 * where the channels are i.i.d. Rayleigh and the interferer did not accept BS i's bundle, and from the explicit
 * channel G_{b→i} otherwise.
 */
final class TargetSirs {

    private static final double LN2 = Math.log(2);

    private final PathLoss pathLoss;
    private int stations;
    private int[] station = new int[0];
    /** The Cholesky factor of every measured BS's receive filters' Gram matrix UᴴU, J × J per measured BS. */
    private double[] choleskyRe = new double[0];
    private double[] choleskyIm = new double[0];
    private double[] gains = new double[0];
    private double[] scratch = new double[0];
    private double[] interference = new double[0];

    /** @param pathLoss gives every path-loss gain */
    TargetSirs(PathLoss pathLoss) {
        this.pathLoss = pathLoss;
    }

    /**
     * Measures the targets of the measured BSs.
     *
     * @param p the point (α, β, c_s, clutter)
     * @return their mean log₂(1 + γ), weighted by their serving cell's area; NaN when no BS is measured
     */
    double measure(NetworkParameters p, NetworkLayout layout, NullingRequests requests, LinkChannels channels,
            Precoders precoders) {
        int targets = layout.targets();
        int users = layout.users();
        station = Buffers.atLeast(station, layout.baseStations());
        stations = 0;
        for (int b = 0; b < layout.baseStations(); b++) {
            if (layout.measured(b)) {
                station[stations++] = b;
            }
        }
        int measured = stations * targets;
        if (measured == 0) {
            return Double.NaN;
        }
        int factorSize = targets * targets;
        interference = Buffers.atLeast(interference, measured);
        Arrays.fill(interference, 0, measured, 0);
        boolean exactLaw = precoders.exactLaw();
        if (exactLaw) {
            choleskyRe = Buffers.atLeast(choleskyRe, stations * factorSize);
            choleskyIm = Buffers.atLeast(choleskyIm, stations * factorSize);
            gains = Buffers.atLeast(gains, targets);
            scratch = Buffers.atLeast(scratch, 2 * targets);
            for (int q = 0; q < stations; q++) {
                GramInterference.filterCholesky(layout.filterRe(), layout.filterIm(),
                        station[q] * targets * layout.receiveAntennas(), layout.receiveAntennas(), targets,
                        choleskyRe, choleskyIm, q * factorSize);
            }
        }
        int antennas = p.antennas();
        for (int b = 0; b < layout.baseStations(); b++) {
            for (int q = 0; q < stations; q++) {
                int i = station[q];
                if (i == b) {
                    continue;
                }
                double loss = SquaredDistancePathLoss.gainSquared(pathLoss, layout.stationToStationSquared(b, i),
                        p.alpha());
                if (exactLaw && !requests.accepted(b, NullingRequests.sensingCode(i))) {
                    // G_{b→i} did not shape W_b
                    GramInterference.drawFiltered(precoders.gramEigenvalues(), b * users, users, choleskyRe,
                            choleskyIm, q * factorSize, targets,
                            channels.pairStream(LinkChannels.TARGET_GAIN, b, i), scratch, gains);
                    for (int j = 0; j < targets; j++) {
                        interference[q * targets + j] += gains[j] * loss;
                    }
                } else {
                    channels.sensingRows(b, i);
                    for (int j = 0; j < targets; j++) {
                        interference[q * targets + j] += precoders.beamPower(channels.rowRe(), channels.rowIm(),
                                j * antennas, b) * loss;
                    }
                }
            }
        }
        return meanRate(p, layout, channels, precoders);
    }

    /** The echo of every measured target over its interference and clutter, averaged. */
    private double meanRate(NetworkParameters p, NetworkLayout layout, LinkChannels channels, Precoders precoders) {
        int targets = layout.targets();
        double sum = 0;
        double weights = 0;
        for (int q = 0; q < stations; q++) {
            int i = station[q];
            for (int j = 0; j < targets; j++) {
                int t = i * targets + j;
                double dx = layout.targetX(t) - layout.bsX(i);
                double dy = layout.targetY(t) - layout.bsY(i);
                double distanceSquared = dx * dx + dy * dy;
                // a_t(θ), ‖a_t‖² = M, same array orientation as the receive filter
                double sine = dy / Math.sqrt(distanceSquared);
                double echo = p.sensingGain() * precoders.steeredBeamPower(sine, i)
                        * SquaredDistancePathLoss.gainSquared(pathLoss, distanceSquared, 2 * p.beta());
                double clutter = Clutter.power(p, channels.pairStream(LinkChannels.CLUTTER, i, t),
                        Math.sqrt(distanceSquared), sine, direction -> precoders.steeredBeamPower(direction, i));
                double sir = echo / (interference[q * targets + j] + clutter);
                sum += layout.cellArea(i) * Math.log1p(sir) / LN2;
                weights += layout.cellArea(i);
            }
        }
        return sum / weights;
    }
}
