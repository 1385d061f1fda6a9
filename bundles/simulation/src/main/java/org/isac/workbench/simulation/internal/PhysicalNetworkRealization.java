package org.isac.workbench.simulation.internal;

import java.util.Set;
import java.util.random.RandomGenerator;
import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.geometry.PointProcess;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.Window;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.Measurement;

/**
 * The specification's physical Monte Carlo ("Monte Carlo B", section 7): one network topology per call,
 * simulated with its real channels, nulling requests, zero-forcing precoders and interference.
 *
 * <h2>What one realization does</h2>
 * <ol>
 * <li><b>Base stations.</b> The {@link PointProcess} service draws the BSs with density λ_b in a disc window
 * whose radius R = √(n̄ / (π λ_b)) holds {@code meanBaseStations} = n̄ of them on average.</li>
 * <li><b>Users and targets</b> ({@link NetworkLayout}): every BS serves K users and senses J targets, each uniform
 * in its own Voronoi cell (clipped to the window), so the serving BS of each is its nearest.</li>
 * <li><b>Nulling requests</b> ({@link NullingRequests}): users ask their L_c − 1 nearest other BSs, BSs their
 * L_s − 1 nearest other BSs for their targets' bundle; each BS accepts a random subset that fits its beamformer's
 * nulling capacity.</li>
 * <li><b>Precoders</b> ({@link Precoders}): W_b from the BS's own users' channels and the accepted requests'
 * channels and rows ({@link LinkChannels}).</li>
 * <li><b>Measurement</b>, for users and targets whose serving BS lies within {@code measuredRadiusFraction} of R
 * from the centre: user SIR, eq. (3) ({@link UserSirs}), and target echo SIR, eq. (6) ({@link TargetSirs}), each
 * only when its {@link Measurement} is asked for.</li>
 * </ol>
 *
 * <h2>Area-weighted averages</h2>
 * Each cell holds K users and J targets, so a plain mean over them would weight every cell alike (Haenggi's
 * "type I" user, IEEE WCL 2017), whereas the analysis' typical user or target sits at a uniformly random
 * location, which falls in a cell with probability proportional to its area. The samples therefore weight
 * every receiver by its serving cell's area: at M = K = 1, α = 4 this reproduces the Andrews–Baccelli–Ganti
 * coverage, whereas the plain mean exceeds it by about 0.005 at θ = 1 (and Theorem 1 by about 2 % at M = 8,
 * K = 2, L_c = 2); targets of large cells fare better, so the plain radar mean is about 3 % lower.
 *
 * <h2>Random streams</h2>
 * Positions and request shuffles come from {@code RandomStreams.of(seed, point, realization)} in a fixed order
 * (point process, users and targets cell by cell, shuffles BS by BS); channels, exact-law gains and clutter from
 * streams of their own per pair ({@link LinkChannels#pairStream}). So a realization's samples depend only on its
 * three indices, and a measurement that is not asked for is skipped without changing the other.
 *
 * <h2>Cost and threads</h2>
 * The work that needs every BS — the interference on measured users and targets — loops over interferers
 * outside and receivers inside, so each precoder is read from cache while all receivers are served; all
 * other steps are local (grid-indexed nearest-neighbour queries, no O(N_b²) scans). Buffers are kept and
 * grown between calls, so an instance is <b>not thread-safe</b>: use one instance per thread (or one
 * thread at a time). Results do not depend on which instance or thread runs a realization.
 */
final class PhysicalNetworkRealization implements NetworkRealization {

    private final PointProcess pointProcess;
    private final double meanBaseStations;
    private final double measuredRadiusFraction;
    private final boolean communication;
    private final boolean sensing;
    private final NetworkLayout layout = new NetworkLayout();
    private final NullingRequests requests = new NullingRequests();
    private final LinkChannels channels;
    private final Precoders precoders;
    private final UserSirs userSirs;
    private final TargetSirs targetSirs;

    /**
     * @param pointProcess draws the base stations
     * @param channel draws every small-scale channel (the model bound for the run)
     * @param pathLoss gives every path-loss gain
     * @param beamformer builds every precoder and tells how many requests a BS can accept
     * @param meanBaseStations mean number of BSs in the window, &gt; 0 (the simulator passes 400)
     * @param measuredRadiusFraction users and targets are measured when their serving BS lies within this
     *        fraction of the window radius, in (0, 1] (0.5 keeps them away from the window's edge)
     * @param measured what to measure: the users' SIRs, the targets' echo SIRs, or both
     */
    PhysicalNetworkRealization(PointProcess pointProcess, ChannelModel channel, PathLoss pathLoss,
            Beamformer beamformer, double meanBaseStations, double measuredRadiusFraction, Set<Measurement> measured) {
        if (pointProcess == null || channel == null || pathLoss == null || beamformer == null) {
            throw new IllegalArgumentException("point process, channel model, path loss and beamformer are required");
        }
        if (!(meanBaseStations > 0) || Double.isInfinite(meanBaseStations)) {
            throw new IllegalArgumentException("meanBaseStations must be finite and > 0, got " + meanBaseStations);
        }
        if (!(measuredRadiusFraction > 0 && measuredRadiusFraction <= 1)) {
            throw new IllegalArgumentException(
                    "measuredRadiusFraction must be in (0, 1], got " + measuredRadiusFraction);
        }
        this.pointProcess = pointProcess;
        this.meanBaseStations = meanBaseStations;
        this.measuredRadiusFraction = measuredRadiusFraction;
        this.communication = measured.contains(Measurement.COMMUNICATION);
        this.sensing = measured.contains(Measurement.SENSING);
        this.channels = new LinkChannels(channel);
        this.precoders = new Precoders(beamformer);
        this.userSirs = new UserSirs(pathLoss);
        this.targetSirs = new TargetSirs(pathLoss);
    }

    /**
     * Simulates one topology (see the class description). Samples are NaN when no BS falls in the measured
     * region (or the measurement was not asked for), and +∞ in the degenerate case of a window holding a single BS
     * (no interference at all), which a window of a few hundred BSs on average never meets in practice.
     */
    @Override
    public void simulate(NetworkParameters p, long seed, long point, long realization, double[] samples) {
        samples[COMM] = Double.NaN;
        samples[RADAR] = Double.NaN;
        userSirs.clear();
        double windowRadius = Math.sqrt(meanBaseStations / (Math.PI * p.density()));
        RandomGenerator topology = RandomStreams.of(seed, point, realization);
        Points stations = pointProcess.sample(topology, new Window(windowRadius), p.density());
        if (stations.size() == 0) {
            return;
        }
        layout.place(stations, windowRadius, measuredRadiusFraction * windowRadius, p.users(), p.targets(),
                p.receiveAntennas(), topology);
        requests.collect(layout, p.commCluster(), p.senseCluster());
        requests.accept(layout, precoders.nullingCapacity(p.antennas(), p.users()), topology);
        channels.start(layout, p.antennas(), seed, point, realization);
        precoders.build(layout, requests, channels, p.antennas(), channels.iidRayleigh());
        if (communication) {
            samples[COMM] = userSirs.measure(layout, requests, channels, precoders, p.alpha());
        }
        if (sensing) {
            samples[RADAR] = targetSirs.measure(p, layout, requests, channels, precoders);
        }
    }

    /** @return the nulling requests of the last call, with their statistics over every call */
    NullingRequests requests() {
        return requests;
    }

    /** @return the users measured in the last call (none when communication was not asked for) */
    UserSirs userSirs() {
        return userSirs;
    }

    /**
     * Checks the last call's placement by brute force.
     *
     * @return how many users and targets are outside the window or not served by their nearest BS
     */
    int misplacedReceivers() {
        return layout.misplacedReceivers();
    }

    /**
     * Checks the last call's precoders against their stacked channels, redrawn from their streams
     * ({@link Precoders#maxRelativeNullingLeakage}).
     *
     * @return the largest relative leakage
     */
    double maxRelativeNullingLeakage() {
        return precoders.maxRelativeNullingLeakage(layout, requests, channels);
    }
}
