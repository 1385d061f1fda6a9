package org.isac.workbench.simulation.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.channel.model.ArrayGeometry;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.channel.model.SquaredDistancePathLoss;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.geometry.PointGrid;
import org.isac.workbench.geometry.PointProcess;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.VoronoiCell;
import org.isac.workbench.geometry.Window;
import org.isac.workbench.numerics.linalg.ComplexMatrix;
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
 * <li><b>Users and targets.</b> Every BS serves K users and senses J targets, each uniform in its own
 * Voronoi cell (clipped to the window). The cell is computed exactly, as a polygon, by clipping a polygon
 * circumscribing the window with the perpendicular bisectors towards the neighbouring BSs, visited by
 * rings of a uniform grid; it stops once the nearest BS not yet visited is more than twice as far as the
 * farthest vertex, so no further bisector can cut the cell (this is the guarantee that the sampling region
 * is the whole cell, for every BS and not only the measured ones). Points are then drawn uniformly in the
 * polygon through its fan of triangles around the BS (the cell is convex and contains its BS), and
 * rejected only if they fall outside the window disc (edge cells; the starting 16-gon exceeds the disc by
 * 1.3 % of its area). So no proposal is ever wasted on a point of another cell, and the serving BS of each
 * user and target is its nearest BS.</li>
 * <li><b>Nulling requests.</b> Every user asks its L_c − 1 nearest BSs other than its serving one to null
 * its channel; every BS i asks its L_s − 1 nearest other BSs b to null the J rows
 * e_{b,i,j} = G_{b→i}ᴴ u_{i,j}, u_{i,j} = a_r(θ_{i,j}) / √N_r, as one bundle. Every BS shuffles the
 * requests it received and goes through them in that random order, accepting a request (a communication
 * row singly, a sensing bundle whole) when it still fits in the beamformer's
 * {@link Beamformer#nullingCapacity nullingCapacity(M, K)} and dropping it otherwise; the dropped ones are
 * therefore a random subset, as in the paper. Requests received by the BSs of the measured region are
 * counted ({@link #droppedRequestFraction()}).</li>
 * <li><b>Precoders.</b> W_b = beamformer.precoder([own users' channels | accepted channels and rows], K),
 * transmit power P/K per stream (it cancels in every ratio, so it is left out).</li>
 * <li><b>Measurement</b>, for users and targets whose serving BS lies within {@code measuredRadiusFraction}
 * of R from the centre. User SIR, eq. (3): |h_{b(u),u}ᴴ w_{b(u),k(u)}|² r^{−α} over
 * Σ_{b ≠ b(u)} ‖h_{b,u}ᴴ W_b‖² d_{b,u}^{−α}, over every other BS of the window, plus the intra-cell term
 * Σ_{k ≠ k(u)} |h_{b(u),u}ᴴ w_{b(u),k}|² r^{−α}. Zero-forcing makes that term vanish (eq. (3) leaves it
 * out for that reason); it is kept so that a beamformer that does not zero-force, such as maximum-ratio
 * transmission, is charged the interference it really causes. Target echo SIR, eq. (6):
 * c_s ‖a_t(θ)ᴴ W_i‖² r^{−2β} over Σ_{b ≠ i} ‖u_{i,j}ᴴ G_{b→i} W_b‖² d_{b,i}^{−α}.</li>
 * </ol>
 *
 * <h2>Reading of eq. (6)</h2>
 * The specification writes the sensing interference as a sum over Φ_b ∖ C_s, the BSs outside the sensing
 * cluster. That is the analysis' view, where every request is accepted and the cluster's interference is
 * exactly zero. Here the sum runs over every BS but the serving one, and the cluster drops out by itself:
 * a cluster BS that accepted the bundle has u_{i,j}ᴴ G_{b→i} W_b = 0 up to rounding, and one that dropped it
 * interferes as it really does. The same holds for users and the communication cluster of eq. (3). The
 * interference hole around a target needs no special treatment either: its serving BS is its nearest.
 *
 * <h2>Area-weighted averages</h2>
 * Each cell holds K users and J targets, so a plain mean over them would weight every cell alike (Haenggi's
 * "type I" user, IEEE WCL 2017), whereas the analysis' typical user or target sits at a uniformly random
 * location, which falls in a cell with probability proportional to its area. The samples therefore weight
 * every receiver by its serving cell's area: at M = K = 1, α = 4 this reproduces the Andrews–Baccelli–Ganti
 * coverage, whereas the plain mean exceeds it by about 0.005 at θ = 1 (and Theorem 1 by about 2 % at M = 8,
 * K = 2, L_c = 2); targets of large cells fare better, so the plain radar mean is about 3 % lower.
 *
 * <h2>Channels</h2>
 * Every small-scale channel comes from the {@link ChannelModel} bound for the run: h_{b,u} (the 1 × M link from
 * BS b's array to user u) and G_{b→i} (the N_r × M link from BS b to BS i's receive array, row n = receive
 * antenna n), both half-wavelength arrays ({@link ArrayGeometry#ula}); every path-loss gain from the
 * {@link PathLoss} provider, d^(−α) for the links and d^(−2β) for the target echo under the default law. A channel is not stored: it is drawn on demand from a
 * stream derived from (seed, point, realization) and the pair's identity (its kind, the transmitting BS,
 * the receiving user or BS), so the same channel comes back whenever it is needed (by BS b for its
 * precoder, and again when user u's interference is measured) without keeping all N_b × N_b K pairs.
 * Positions, request shuffles and everything else come from {@code RandomStreams.of(seed, point,
 * realization)} in a fixed order, so a realization's samples depend only on its three indices.
 *
 * <h2>Cost and threads</h2>
 * The work that needs every BS — the interference on measured users and targets — loops over interferers
 * outside and receivers inside, so each precoder is read from cache while all receivers are served; all
 * other steps are local (grid-indexed nearest-neighbour queries, no O(N_b²) scans). Buffers are kept and
 * grown between calls, so an instance is <b>not thread-safe</b>: use one instance per thread (or one
 * thread at a time). Results do not depend on which instance or thread runs a realization.
 */
final class PhysicalNetworkRealization implements NetworkRealization {

    /** Sides of the regular polygon circumscribing the window that every Voronoi cell starts from. */
    private static final int WINDOW_POLYGON_SIDES = 16;
    /** A user's array. */
    private static final ArrayGeometry SINGLE_ANTENNA = ArrayGeometry.ula(1);
    /** Stream kind of a BS → user channel h_{b,u}. */
    private static final long USER_CHANNEL = 0x5553455243484e4cL;
    /** Stream kind of an interferer's gain ‖h_{b,u}ᴴW_b‖² drawn from its exact law ("USERGAIN" in ASCII). */
    private static final long USER_GAIN = 0x5553455247414e4eL;
    /** Stream kind of the J targets' gains ‖u_jᴴG_{b→i}W_b‖² drawn from their exact law ("TRGTGAIN"). */
    private static final long TARGET_GAIN = 0x5452475447414e4eL;
    /** Stream kind of a BS → BS channel G_{b→i}. */
    private static final long BASE_STATION_CHANNEL = 0x4253424343484e4cL;
    /** 2⁶⁴ / golden ratio, odd: spreads consecutive BS indices over the 64-bit key space. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Stream kind of the clutter around a measured target ("CLUTTER" in ASCII). */
    private static final long CLUTTER = 0x434c555454455200L;
    /** ln 2, to turn natural logarithms into bits. */
    private static final double LN2 = Math.log(2);

    private final PointProcess pointProcess;
    private final ChannelModel channel;
    private final PathLoss pathLoss;
    private final Beamformer beamformer;
    private ArrayGeometry transmitArray;
    private ArrayGeometry receiveArray;
    private final double meanBaseStations;
    private final double measuredRadiusFraction;
    /** Whether the users' SIRs are measured. */
    private final boolean communication;
    /** Whether the targets' echo SIRs are measured. */
    private final boolean sensing;
    /** The Gram eigen-solver of the precoders, for i.i.d. Rayleigh channels; rebuilt when K changes. */
    private GramInterference gram;
    /** Whether interferers' gains come from their exact law this realization (i.i.d. Rayleigh channels). */
    private boolean exactLaw;
    /** The Gram eigenvalues of every BS's precoder, K per BS. */
    private double[] gramEigenvalues = new double[0];
    /** The Cholesky factor of every measured BS's receive filters' Gram matrix UᴴU, J × J per measured BS. */
    private double[] filterCholeskyRe = new double[0];
    private double[] filterCholeskyIm = new double[0];
    /** Scratch of the joint draw of J targets' gains. */
    private double[] targetGains = new double[0];
    private double[] targetScratch = new double[0];

    // ---- the current realization's indices and sizes (set at the start of simulate) ----
    private long seed;
    /** The point being simulated (its clutter parameters). */
    private NetworkParameters parameters;
    private long point;
    private long realization;
    private int antennas;
    private int receiveAntennas;
    private int users;
    private int targets;
    private int nullingCapacity;
    private double alpha;
    private double windowRadius;
    private int baseStations;

    // ---- base stations and their grid index ----
    private double[] bsX = new double[0];
    private double[] bsY = new double[0];
    private boolean[] measured = new boolean[0];
    /** Area of each BS's Voronoi cell (within the window's circumscribed polygon). */
    private double[] cellArea = new double[0];
    /** The BSs bucketed for nearest-BS queries and Voronoi cells. */
    private final PointGrid grid = new PointGrid();
    private final VoronoiCell voronoi = new VoronoiCell(grid);
    /** The window's circumscribed polygon, which bounds every cell. */
    private final double[] windowPolygonX = new double[WINDOW_POLYGON_SIDES];
    private final double[] windowPolygonY = new double[WINDOW_POLYGON_SIDES];
    /** Cumulative areas of a cell's fan triangles (BS, v, v + 1). */
    private double[] fanArea = new double[64];

    // ---- users (id b·K + k) and targets (id i·J + j) ----
    private double[] userX = new double[0];
    private double[] userY = new double[0];
    private double[] targetX = new double[0];
    private double[] targetY = new double[0];
    /** MRC filters u_{i,j} = a_r(θ_{i,j}) / √N_r, N_r values per target. */
    private double[] filterRe = new double[0];
    private double[] filterIm = new double[0];

    // ---- nulling requests: code u ≥ 0 is user u's channel, code −1 − i is BS i's sensing bundle ----
    private int[] pendingReceiver = new int[0];
    private int[] pendingCode = new int[0];
    private int[] requestStart = new int[0];
    private int[] requestCount = new int[0];
    private int[] requestCode = new int[0];
    /** Accepted requests of BS b: the first acceptedCount[b] codes of its slice, in acceptance order. */
    private int[] acceptedCount = new int[0];
    private int[] acceptedRows = new int[0];

    // ---- precoders, per BS its K beams one after the other (M values each), and the stacked channels by width ----
    private double[] precoderRe = new double[0];
    private double[] precoderIm = new double[0];
    private ComplexMatrix[] stackByWidth = new ComplexMatrix[0];
    private int stackAntennas;

    // ---- channel scratch ----
    private double[] channelRe = new double[0];
    private double[] channelIm = new double[0];
    private double[] bsChannelRe = new double[0];
    private double[] bsChannelIm = new double[0];
    private double[] rowRe = new double[0];
    private double[] rowIm = new double[0];

    // ---- measured receivers of the last realization ----
    private int measuredUsers;
    private int[] measuredUser = new int[0];
    private double[] userSignal = new double[0];
    /** Σ_{k' ≠ k} |h_{b,u}ᴴ w_{b,k'}|²: what the user's own BS leaks from its other beams (0 for ZF). */
    private double[] userIntraCell = new double[0];
    private double[] userInterference = new double[0];
    private double[] userSir = new double[0];
    private int measuredStations;
    private int[] measuredStation = new int[0];
    private int measuredTargets;
    private double[] targetEcho = new double[0];
    private double[] targetInterference = new double[0];
    private double[] targetSir = new double[0];

    // ---- request statistics, cumulative over the instance's calls, at the BSs of the measured region ----
    private long commRequestsReceived;
    private long commRequestsDropped;
    private long sensingRequestsReceived;
    private long sensingRequestsDropped;

    /**
     * @param pointProcess draws the base stations
     * @param channel draws every small-scale channel (the model bound for the run)
     * @param pathLoss gives every path-loss gain
     * @param beamformer builds every precoder and tells how many requests a BS can accept
     * @param meanBaseStations mean number of BSs in the window, &gt; 0 (the simulator passes 400)
     * @param measuredRadiusFraction users and targets are measured when their serving BS lies within this
     *        fraction of the window radius, in (0, 1] (0.5 keeps them away from the window's edge)
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
        this.channel = channel;
        this.pathLoss = pathLoss;
        this.beamformer = beamformer;
        this.meanBaseStations = meanBaseStations;
        this.measuredRadiusFraction = measuredRadiusFraction;
        this.communication = measured.contains(Measurement.COMMUNICATION);
        this.sensing = measured.contains(Measurement.SENSING);
    }

    /**
     * Simulates one topology (see the class description). Samples are NaN when no BS falls in the measured
     * region, and +∞ in the degenerate case of a window holding a single BS (no interference at all), which
     * a window of a few hundred BSs on average never meets in practice.
     */
    @Override
    public void simulate(NetworkParameters p, long seed, long point, long realization, double[] samples) {
        this.seed = seed;
        this.point = point;
        this.realization = realization;
        antennas = p.antennas();
        receiveAntennas = p.receiveAntennas();
        users = p.users();
        targets = p.targets();
        alpha = p.alpha();
        transmitArray = ArrayGeometry.ula(antennas);
        receiveArray = ArrayGeometry.ula(receiveAntennas);
        nullingCapacity = Math.max(0, beamformer.nullingCapacity(antennas, users));
        windowRadius = Math.sqrt(meanBaseStations / (Math.PI * p.density()));
        measuredUsers = 0;
        measuredTargets = 0;
        measuredStations = 0;
        samples[COMM] = Double.NaN;
        samples[RADAR] = Double.NaN;

        RandomGenerator topology = RandomStreams.of(seed, point, realization);
        Points stations = pointProcess.sample(topology, new Window(windowRadius), p.density());
        baseStations = stations.size();
        if (baseStations == 0) {
            return;
        }
        ensureCapacities();
        double measuredRadiusSquared = square(measuredRadiusFraction * windowRadius);
        for (int b = 0; b < baseStations; b++) {
            bsX[b] = stations.x(b);
            bsY[b] = stations.y(b);
            measured[b] = bsX[b] * bsX[b] + bsY[b] * bsY[b] <= measuredRadiusSquared;
        }
        grid.index(bsX, bsY, baseStations, windowRadius);
        double circumradius = windowRadius / Math.cos(Math.PI / WINDOW_POLYGON_SIDES);
        for (int v = 0; v < WINDOW_POLYGON_SIDES; v++) {
            double angle = 2 * Math.PI * (v + 0.5) / WINDOW_POLYGON_SIDES;
            windowPolygonX[v] = circumradius * Math.cos(angle);
            windowPolygonY[v] = circumradius * Math.sin(angle);
        }
        placeUsersAndTargets(topology);
        collectRequests(p.commCluster(), p.senseCluster());
        acceptRequests(topology);
        buildPrecoders();
        // the precoders depend on every request, but each measurement draws its links from streams of its own,
        // so one that is not asked for is skipped without changing the other
        listMeasuredReceivers();
        if (communication) {
            measureUsers(samples);
        }
        parameters = p;
        if (sensing) {
            measureTargets(p.beta(), p.sensingGain(), samples);
        }
    }

    /** ‖a_t(θ)ᴴW_b‖² for the direction with sin θ = sine (clutter illumination); uses the channel buffer. */
    private double steeredBeamPower(double sine, int station) {
        for (int a = 0; a < antennas; a++) {
            double phase = Math.PI * a * sine;
            channelRe[a] = Math.cos(phase);
            channelIm[a] = Math.sin(phase);
        }
        return beamPower(channelRe, channelIm, 0, station);
    }

    // =====================================================================================================
    // Geometry
    // =====================================================================================================

    /** Sizes every per-BS, per-user and per-target buffer for the current realization. */
    private void ensureCapacities() {
        int n = baseStations;
        if (bsX.length < n) {
            int size = Math.max(n, bsX.length + bsX.length / 2);
            bsX = new double[size];
            bsY = new double[size];
            measured = new boolean[size];
            cellArea = new double[size];
            requestStart = new int[size + 1];
            requestCount = new int[size];
            acceptedCount = new int[size];
            acceptedRows = new int[size];
            measuredStation = new int[size];
        }
        userX = atLeast(userX, n * users);
        userY = atLeast(userY, n * users);
        measuredUser = atLeast(measuredUser, n * users);
        userSignal = atLeast(userSignal, n * users);
        gramEigenvalues = atLeast(gramEigenvalues, n * users);
        filterCholeskyRe = atLeast(filterCholeskyRe, n * targets * targets);
        filterCholeskyIm = atLeast(filterCholeskyIm, n * targets * targets);
        targetGains = atLeast(targetGains, targets);
        targetScratch = atLeast(targetScratch, 2 * targets);
        userIntraCell = atLeast(userIntraCell, n * users);
        userInterference = atLeast(userInterference, n * users);
        userSir = atLeast(userSir, n * users);
        targetX = atLeast(targetX, n * targets);
        targetY = atLeast(targetY, n * targets);
        targetEcho = atLeast(targetEcho, n * targets);
        targetInterference = atLeast(targetInterference, n * targets);
        targetSir = atLeast(targetSir, n * targets);
        filterRe = atLeast(filterRe, n * targets * receiveAntennas);
        filterIm = atLeast(filterIm, n * targets * receiveAntennas);
        precoderRe = atLeast(precoderRe, n * antennas * users);
        precoderIm = atLeast(precoderIm, n * antennas * users);
        channelRe = atLeast(channelRe, antennas);
        channelIm = atLeast(channelIm, antennas);
        bsChannelRe = atLeast(bsChannelRe, receiveAntennas * antennas);
        bsChannelIm = atLeast(bsChannelIm, receiveAntennas * antennas);
        rowRe = atLeast(rowRe, targets * antennas);
        rowIm = atLeast(rowIm, targets * antennas);
        int widest = users + nullingCapacity;
        if (stackByWidth.length <= widest || stackAntennas != antennas) {
            stackByWidth = new ComplexMatrix[widest + 1];
            stackAntennas = antennas;
        }
    }

    /**
     * Places K users and J targets uniformly in each BS's Voronoi cell clipped to the window, and the MRC
     * filter of each target.
     */
    private void placeUsersAndTargets(RandomGenerator random) {
        double radiusSquared = windowRadius * windowRadius;
        double invSqrtNr = 1 / Math.sqrt(receiveAntennas);
        for (int i = 0; i < baseStations; i++) {
            int vertices = voronoi.of(i, windowPolygonX, windowPolygonY, WINDOW_POLYGON_SIDES);
            if (fanArea.length < vertices) {
                fanArea = new double[2 * vertices];
            }
            double total = 0;
            for (int v = 0; v < vertices; v++) {
                int w = v + 1 == vertices ? 0 : v + 1;
                // the cell is convex, counter-clockwise and contains its BS (the origin here): every fan
                // triangle (BS, v, w) has a positive area
                total += 0.5 * (voronoi.x(v) * voronoi.y(w) - voronoi.y(v) * voronoi.x(w));
                fanArea[v] = total;
            }
            cellArea[i] = total;
            for (int q = 0; q < users + targets; q++) {
                double x;
                double y;
                do {
                    double pick = random.nextDouble() * total;
                    int v = 0;
                    while (v < vertices - 1 && fanArea[v] <= pick) {
                        v++;
                    }
                    int w = v + 1 == vertices ? 0 : v + 1;
                    double a = random.nextDouble();
                    double c = random.nextDouble();
                    if (a + c > 1) {
                        a = 1 - a;
                        c = 1 - c;
                    }
                    x = bsX[i] + a * voronoi.x(v) + c * voronoi.x(w);
                    y = bsY[i] + a * voronoi.y(v) + c * voronoi.y(w);
                } while (x * x + y * y > radiusSquared);
                if (q < users) {
                    userX[i * users + q] = x;
                    userY[i * users + q] = y;
                } else {
                    int t = i * targets + q - users;
                    targetX[t] = x;
                    targetY[t] = y;
                    // half-wavelength ULA along the y axis: phase π n sin θ, sin θ = Δy / r
                    double sine = (y - bsY[i]) / Math.hypot(x - bsX[i], y - bsY[i]);
                    for (int n = 0; n < receiveAntennas; n++) {
                        double phase = Math.PI * n * sine;
                        filterRe[t * receiveAntennas + n] = Math.cos(phase) * invSqrtNr;
                        filterIm[t * receiveAntennas + n] = Math.sin(phase) * invSqrtNr;
                    }
                }
            }
        }
    }

    // =====================================================================================================
    // Nulling requests
    // =====================================================================================================

    /** Lists every request (receiver, code) and buckets them by receiving BS. */
    private void collectRequests(int commCluster, int senseCluster) {
        int pending = 0;
        int capacity = baseStations * (users * (commCluster - 1) + senseCluster - 1);
        pendingReceiver = atLeast(pendingReceiver, capacity);
        pendingCode = atLeast(pendingCode, capacity);
        if (commCluster > 1) {
            for (int u = 0; u < baseStations * users; u++) {
                int serving = u / users;
                int found = grid.nearest(userX[u], userY[u], Math.min(commCluster, baseStations));
                int sent = 0;
                for (int q = 0; q < found && sent < commCluster - 1; q++) {
                    if (grid.nearestIndex(q) != serving) {
                        pendingReceiver[pending] = grid.nearestIndex(q);
                        pendingCode[pending++] = u;
                        sent++;
                    }
                }
            }
        }
        if (senseCluster > 1) {
            for (int i = 0; i < baseStations; i++) {
                int found = grid.nearest(bsX[i], bsY[i], Math.min(senseCluster, baseStations));
                int sent = 0;
                for (int q = 0; q < found && sent < senseCluster - 1; q++) {
                    if (grid.nearestIndex(q) != i) {
                        pendingReceiver[pending] = grid.nearestIndex(q);
                        pendingCode[pending++] = -1 - i;
                        sent++;
                    }
                }
            }
        }
        Arrays.fill(requestCount, 0, baseStations, 0);
        for (int q = 0; q < pending; q++) {
            requestCount[pendingReceiver[q]]++;
        }
        requestStart[0] = 0;
        for (int b = 0; b < baseStations; b++) {
            requestStart[b + 1] = requestStart[b] + requestCount[b];
        }
        requestCode = atLeast(requestCode, pending);
        Arrays.fill(acceptedCount, 0, baseStations, 0);
        for (int q = 0; q < pending; q++) {
            int b = pendingReceiver[q];
            // acceptedCount doubles as the fill cursor here; acceptRequests resets it
            requestCode[requestStart[b] + acceptedCount[b]++] = pendingCode[q];
        }
    }

    /**
     * Each BS shuffles what it received and accepts, in that order, every request that still fits in the
     * beamformer's nulling capacity; the accepted codes are moved to the front of the BS's slice.
     */
    private void acceptRequests(RandomGenerator random) {
        for (int b = 0; b < baseStations; b++) {
            int start = requestStart[b];
            int count = requestCount[b];
            for (int k = count - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = requestCode[start + k];
                requestCode[start + k] = requestCode[start + j];
                requestCode[start + j] = swap;
            }
            int accepted = 0;
            int rows = 0;
            for (int k = 0; k < count; k++) {
                int code = requestCode[start + k];
                boolean sensing = code < 0;
                int width = sensing ? targets : 1;
                boolean fits = rows + width <= nullingCapacity;
                if (fits) {
                    requestCode[start + accepted++] = code;
                    rows += width;
                }
                if (measured[b]) {
                    if (sensing) {
                        sensingRequestsReceived++;
                        sensingRequestsDropped += fits ? 0 : 1;
                    } else {
                        commRequestsReceived++;
                        commRequestsDropped += fits ? 0 : 1;
                    }
                }
            }
            acceptedCount[b] = accepted;
            acceptedRows[b] = rows;
        }
    }

    // =====================================================================================================
    // Channels and precoders
    // =====================================================================================================

    /**
     * The stream of one channel: derived from the realization's indices and the pair's identity, so the
     * channel is the same whenever it is drawn again.
     */
    private RandomGenerator pairStream(long kind, int transmitter, int receiver) {
        long key = mix(kind + GOLDEN_GAMMA * (transmitter + 1L));
        key = mix(key ^ (receiver + 0x632BE59BD9B4E019L));
        return RandomStreams.of(seed ^ key, point, realization);
    }

    /** h_{b,u} into {@link #channelRe} / {@link #channelIm}. */
    private void userChannel(int b, int u) {
        channel.sample(new Link(bsX[b], bsY[b], userX[u], userY[u], transmitArray, SINGLE_ANTENNA),
                pairStream(USER_CHANNEL, b, u), channelRe, channelIm, 0);
    }

    /**
     * The J effective rows e_{b,i,j} = G_{b→i}ᴴ u_{i,j} of BS i's targets, into {@link #rowRe} / {@link #rowIm}
     * (M values per target), from one draw of G_{b→i}.
     */
    private void sensingRows(int b, int i) {
        int m = antennas;
        int nr = receiveAntennas;
        channel.sample(new Link(bsX[b], bsY[b], bsX[i], bsY[i], transmitArray, receiveArray),
                pairStream(BASE_STATION_CHANNEL, b, i), bsChannelRe, bsChannelIm, 0);
        for (int j = 0; j < targets; j++) {
            int filter = (i * targets + j) * nr;
            int row = j * m;
            for (int a = 0; a < m; a++) {
                rowRe[row + a] = 0;
                rowIm[row + a] = 0;
            }
            for (int n = 0; n < nr; n++) {
                double ur = filterRe[filter + n];
                double ui = filterIm[filter + n];
                int base = n * m;
                for (int a = 0; a < m; a++) {
                    // conj(G[n,a]) · u[n]
                    double gr = bsChannelRe[base + a];
                    double gi = bsChannelIm[base + a];
                    rowRe[row + a] += gr * ur + gi * ui;
                    rowIm[row + a] += gr * ui - gi * ur;
                }
            }
        }
    }

    /**
     * Fills BS b's stacked channels: own users first, then the accepted requests in acceptance order.
     *
     * @return the M × (K + accepted rows) matrix (a reused buffer)
     */
    private ComplexMatrix stackChannels(int b) {
        int width = users + acceptedRows[b];
        ComplexMatrix stack = stackByWidth[width];
        if (stack == null) {
            stack = new ComplexMatrix(antennas, width);
            stackByWidth[width] = stack;
        }
        double[] re = stack.re();
        double[] im = stack.im();
        int column = 0;
        for (int k = 0; k < users; k++) {
            userChannel(b, b * users + k);
            putColumn(re, im, width, column++, channelRe, channelIm, 0);
        }
        int start = requestStart[b];
        for (int q = 0; q < acceptedCount[b]; q++) {
            int code = requestCode[start + q];
            if (code >= 0) {
                userChannel(b, code);
                putColumn(re, im, width, column++, channelRe, channelIm, 0);
            } else {
                sensingRows(b, -1 - code);
                for (int j = 0; j < targets; j++) {
                    putColumn(re, im, width, column++, rowRe, rowIm, j * antennas);
                }
            }
        }
        return stack;
    }

    /** Copies M values of a vector into one column of a row-major M × width matrix. */
    private void putColumn(double[] re, double[] im, int width, int column, double[] vRe, double[] vIm, int offset) {
        for (int a = 0; a < antennas; a++) {
            re[a * width + column] = vRe[offset + a];
            im[a * width + column] = vIm[offset + a];
        }
    }

    /**
     * Every BS's precoder (copied into {@link #precoderRe} / {@link #precoderIm}, so a provider may reuse
     * its output) and, for the measured BSs, their users' desired gains |h_{b,u}ᴴ w_{b,k}|² and what the
     * BS's other beams leak to them.
     */
    private void buildPrecoders() {
        int block = antennas * users;
        exactLaw = channel.iidRayleigh();
        if (exactLaw && (gram == null || gram.beams() != users)) {
            gram = new GramInterference(users);
        }
        for (int b = 0; b < baseStations; b++) {
            ComplexMatrix stack = stackChannels(b);
            ComplexMatrix w = beamformer.precoder(stack, users);
            if (w.rows() != antennas || w.columns() != users) {
                throw new IllegalStateException("beamformer returned a " + w.rows() + "x" + w.columns()
                        + " precoder, expected " + antennas + "x" + users);
            }
            // stored beam by beam (transposed), see beamPower
            double[] re = w.re();
            double[] im = w.im();
            for (int a = 0; a < antennas; a++) {
                for (int k = 0; k < users; k++) {
                    precoderRe[b * block + k * antennas + a] = re[a * users + k];
                    precoderIm[b * block + k * antennas + a] = im[a * users + k];
                }
            }
            if (exactLaw) {
                gram.eigenvalues(precoderRe, precoderIm, b * block, antennas, gramEigenvalues, b * users);
            }
            if (measured[b]) {
                for (int k = 0; k < users; k++) {
                    double intraCell = 0;
                    for (int other = 0; other < users; other++) {
                        if (other != k) {
                            intraCell += stack.innerProductSquared(k, w, other);
                        }
                    }
                    userSignal[b * users + k] = stack.innerProductSquared(k, w, k);
                    userIntraCell[b * users + k] = intraCell;
                }
            }
        }
    }

    /**
     * ‖vᴴ W_b‖² = Σ_k |vᴴ w_{b,k}|², the power BS b's K streams deliver through the effective channel v.
     * Beams are stored one after the other and taken four at a time: v is loaded once per antenna for four
     * beams, and the eight running sums are independent, so the loop is not bound by the latency of one
     * chain of additions (this is the innermost loop of the whole simulation).
     */
    private double beamPower(double[] vRe, double[] vIm, int offset, int b) {
        int m = antennas;
        int beam = b * m * users;
        double power = 0;
        int s = 0;
        for (; s + 3 < users; s += 4, beam += 4 * m) {
            double re0 = 0;
            double im0 = 0;
            double re1 = 0;
            double im1 = 0;
            double re2 = 0;
            double im2 = 0;
            double re3 = 0;
            double im3 = 0;
            for (int a = 0; a < m; a++) {
                double vr = vRe[offset + a];
                double vi = vIm[offset + a];
                int w0 = beam + a;
                // conj(v) · w for each of the four beams
                double wr = precoderRe[w0];
                double wi = precoderIm[w0];
                re0 += vr * wr + vi * wi;
                im0 += vr * wi - vi * wr;
                wr = precoderRe[w0 + m];
                wi = precoderIm[w0 + m];
                re1 += vr * wr + vi * wi;
                im1 += vr * wi - vi * wr;
                wr = precoderRe[w0 + 2 * m];
                wi = precoderIm[w0 + 2 * m];
                re2 += vr * wr + vi * wi;
                im2 += vr * wi - vi * wr;
                wr = precoderRe[w0 + 3 * m];
                wi = precoderIm[w0 + 3 * m];
                re3 += vr * wr + vi * wi;
                im3 += vr * wi - vi * wr;
            }
            power += re0 * re0 + im0 * im0 + re1 * re1 + im1 * im1 + re2 * re2 + im2 * im2 + re3 * re3 + im3 * im3;
        }
        for (; s < users; s++, beam += m) {
            double sumRe = 0;
            double sumIm = 0;
            for (int a = 0; a < m; a++) {
                double vr = vRe[offset + a];
                double vi = vIm[offset + a];
                double wr = precoderRe[beam + a];
                double wi = precoderIm[beam + a];
                sumRe += vr * wr + vi * wi;
                sumIm += vr * wi - vi * wr;
            }
            power += sumRe * sumRe + sumIm * sumIm;
        }
        return power;
    }

    // =====================================================================================================
    // Measurement
    // =====================================================================================================


    /** The BSs in the measured region, and their users. */
    private void listMeasuredReceivers() {
        for (int b = 0; b < baseStations; b++) {
            if (measured[b]) {
                measuredStation[measuredStations++] = b;
                for (int k = 0; k < users; k++) {
                    int u = b * users + k;
                    measuredUser[measuredUsers] = u;
                    userInterference[measuredUsers++] = 0;
                }
            }
        }
    }

    /** SIR of every measured user, eq. (3); samples[COMM] = their cell-area-weighted mean log₂(1 + SIR). */
    private void measureUsers(double[] samples) {
        if (measuredUsers == 0) {
            return;
        }
        // an interferer's gain from its exact law (K exponentials) where the channel is i.i.d. Rayleigh and W_b was
        // designed without it; else from the explicit channel
        // interferers outside, receivers inside: W_b stays in cache while every measured user is served
        for (int b = 0; b < baseStations; b++) {
            for (int q = 0; q < measuredUsers; q++) {
                int u = measuredUser[q];
                if (u / users == b) {
                    continue;
                }
                double gain;
                if (exactLaw && !acceptedRequestOf(b, u)) {
                    gain = GramInterference.draw(gramEigenvalues, b * users, users, pairStream(USER_GAIN, b, u));
                } else {
                    userChannel(b, u);
                    gain = beamPower(channelRe, channelIm, 0, b);
                }
                userInterference[q] += gain * SquaredDistancePathLoss.gainSquared(pathLoss,
                        square(bsX[b] - userX[u]) + square(bsY[b] - userY[u]), alpha);
            }
        }
        double sum = 0;
        double weights = 0;
        for (int q = 0; q < measuredUsers; q++) {
            int u = measuredUser[q];
            int serving = u / users;
            double servingDistanceSquared = square(bsX[serving] - userX[u]) + square(bsY[serving] - userY[u]);
            double servingGain = SquaredDistancePathLoss.gainSquared(pathLoss, servingDistanceSquared, alpha);
            userSir[q] = userSignal[u] * servingGain / (userIntraCell[u] * servingGain + userInterference[q]);
            double area = cellArea[serving];
            sum += area * Math.log1p(userSir[q]) / LN2;
            weights += area;
        }
        samples[COMM] = sum / weights;
    }

    /**
     * @return whether BS b accepted the nulling request of this code (user u ≥ 0, or the targets of BS i as −1 − i),
     *         so that W_b was designed with that channel
     */
    private boolean acceptedRequestOf(int b, int code) {
        int start = requestStart[b];
        for (int k = start; k < start + acceptedCount[b]; k++) {
            if (requestCode[k] == code) {
                return true;
            }
        }
        return false;
    }

    /** Echo SIR of every measured target, eq. (6); samples[RADAR] = their cell-area-weighted mean log₂(1 + γ). */
    private void measureTargets(double beta, double sensingGain, double[] samples) {
        measuredTargets = measuredStations * targets;
        if (measuredTargets == 0) {
            return;
        }
        Arrays.fill(targetInterference, 0, measuredTargets, 0);
        int factorSize = targets * targets;
        if (exactLaw) {
            for (int q = 0; q < measuredStations; q++) {
                GramInterference.filterCholesky(filterRe, filterIm, measuredStation[q] * targets * receiveAntennas,
                        receiveAntennas, targets, filterCholeskyRe, filterCholeskyIm, q * factorSize);
            }
        }
        for (int b = 0; b < baseStations; b++) {
            for (int q = 0; q < measuredStations; q++) {
                int i = measuredStation[q];
                if (i == b) {
                    continue;
                }
                double loss = SquaredDistancePathLoss.gainSquared(pathLoss,
                        square(bsX[b] - bsX[i]) + square(bsY[b] - bsY[i]), alpha);
                if (exactLaw && !acceptedRequestOf(b, -1 - i)) {
                    // the J targets' gains jointly from their exact law: G_{b→i} did not shape W_b
                    GramInterference.drawFiltered(gramEigenvalues, b * users, users, filterCholeskyRe,
                            filterCholeskyIm, q * factorSize, targets, pairStream(TARGET_GAIN, b, i), targetScratch,
                            targetGains);
                    for (int j = 0; j < targets; j++) {
                        targetInterference[q * targets + j] += targetGains[j] * loss;
                    }
                } else {
                    sensingRows(b, i);
                    for (int j = 0; j < targets; j++) {
                        targetInterference[q * targets + j] += beamPower(rowRe, rowIm, j * antennas, b) * loss;
                    }
                }
            }
        }
        double sum = 0;
        double weights = 0;
        for (int q = 0; q < measuredStations; q++) {
            int i = measuredStation[q];
            for (int j = 0; j < targets; j++) {
                int t = i * targets + j;
                double dx = targetX[t] - bsX[i];
                double dy = targetY[t] - bsY[i];
                double distanceSquared = dx * dx + dy * dy;
                // a_t(θ), ‖a_t‖² = M, same array orientation as the receive filter
                double sine = dy / Math.sqrt(distanceSquared);
                double illumination = steeredBeamPower(sine, i);
                int index = q * targets + j;
                targetEcho[index] = sensingGain * illumination
                        * SquaredDistancePathLoss.gainSquared(pathLoss, distanceSquared, 2 * beta);
                int station = i;
                double clutter = Clutter.power(parameters, pairStream(CLUTTER, i, t), Math.sqrt(distanceSquared), sine,
                        direction -> steeredBeamPower(direction, station));
                targetSir[index] = targetEcho[index] / (targetInterference[index] + clutter);
                sum += cellArea[i] * Math.log1p(targetSir[index]) / LN2;
                weights += cellArea[i];
            }
        }
        samples[RADAR] = sum / weights;
    }

    // =====================================================================================================
    // Request statistics and checks
    // =====================================================================================================

    /** @return communication nulling requests received by BSs of the measured region, over all calls */
    long commRequestsReceived() {
        return commRequestsReceived;
    }

    /** @return of those, how many were dropped for lack of nulling capacity */
    long commRequestsDropped() {
        return commRequestsDropped;
    }

    /** @return sensing nulling requests (bundles of J rows) received by BSs of the measured region */
    long sensingRequestsReceived() {
        return sensingRequestsReceived;
    }

    /** @return of those, how many were dropped */
    long sensingRequestsDropped() {
        return sensingRequestsDropped;
    }

    /**
     * @return the fraction of nulling requests (communication rows and sensing bundles alike) dropped at the
     *         BSs of the measured region over all calls so far; NaN before any request
     */
    double droppedRequestFraction() {
        long received = commRequestsReceived + sensingRequestsReceived;
        return received == 0 ? Double.NaN : (double) (commRequestsDropped + sensingRequestsDropped) / received;
    }

    /** Forgets the request statistics (for instance between parameter points). */
    void resetRequestStatistics() {
        commRequestsReceived = 0;
        commRequestsDropped = 0;
        sensingRequestsReceived = 0;
        sensingRequestsDropped = 0;
    }

    /** @return how many users the last call measured */
    int measuredUserCount() {
        return measuredUsers;
    }

    /**
     * @param index 0 &le; index &lt; {@link #measuredUserCount()}
     * @return that user's SIR in the last call
     */
    double measuredUserSir(int index) {
        return userSir[index];
    }

    /**
     * The area of the serving cell of a measured user. Weighting users by it turns the per-cell average
     * (every cell counts once, the "type I" user of Haenggi 2017) into the average over a stationary user
     * process (the typical user of the analysis), because a cell's chance of covering a given location is
     * proportional to its area.
     *
     * The area is that of the cell within the polygon circumscribing the window, which for the measured
     * cells, well inside the window, is the whole Voronoi cell.
     *
     * @param index 0 &le; index &lt; {@link #measuredUserCount()}
     * @return that user's serving-cell area in the last call, m²
     */
    double measuredUserCellArea(int index) {
        return cellArea[measuredUser[index] / users];
    }

    /** @return how many targets the last call measured */
    int measuredTargetCount() {
        return measuredTargets;
    }

    /**
     * @param index 0 &le; index &lt; {@link #measuredTargetCount()}
     * @return that target's echo SIR γ in the last call
     */
    double measuredTargetSir(int index) {
        return targetSir[index];
    }

    /**
     * @param index 0 &le; index &lt; {@link #measuredTargetCount()}
     * @return the area of that target's serving cell in the last call, m² (see {@link #measuredUserCellArea})
     */
    double measuredTargetCellArea(int index) {
        return cellArea[measuredStation[index / targets]];
    }

    /**
     * Checks the last call's precoders against their stacked channels, redrawn from their streams: the
     * largest |cᴴ w_{b,k}| / ‖c‖ over every BS b, every beam k and every stacked column c other than beam k's
     * own user (other own users, accepted user channels, accepted sensing rows). Zero-forcing makes it
     * rounding-level; it also proves that a redrawn channel is the one the precoder was built from.
     *
     * @return the largest relative leakage, 0 when nothing was stacked besides single users
     */
    double maxRelativeNullingLeakage() {
        double worst = 0;
        int block = antennas * users;
        ComplexMatrix w = new ComplexMatrix(antennas, users);
        for (int b = 0; b < baseStations; b++) {
            ComplexMatrix stack = stackChannels(b);
            for (int a = 0; a < antennas; a++) {
                for (int k = 0; k < users; k++) {
                    w.set(a, k, precoderRe[b * block + k * antennas + a], precoderIm[b * block + k * antennas + a]);
                }
            }
            for (int k = 0; k < users; k++) {
                for (int c = 0; c < stack.columns(); c++) {
                    if (c != k) {
                        double leak = Math.sqrt(stack.innerProductSquared(c, w, k) / stack.columnNormSquared(c));
                        worst = Math.max(worst, leak);
                    }
                }
            }
        }
        return worst;
    }

    /**
     * Checks the last call's placement by brute force: every user and target must lie in the window and
     * have its serving BS as its nearest BS (ties allowed).
     *
     * @return how many do not
     */
    int misplacedReceivers() {
        int misplaced = 0;
        for (int q = 0; q < baseStations * (users + targets); q++) {
            boolean isUser = q < baseStations * users;
            int id = isUser ? q : q - baseStations * users;
            double x = isUser ? userX[id] : targetX[id];
            double y = isUser ? userY[id] : targetY[id];
            int serving = isUser ? id / users : id / targets;
            double own = square(bsX[serving] - x) + square(bsY[serving] - y);
            boolean wrong = x * x + y * y > windowRadius * windowRadius;
            for (int b = 0; b < baseStations && !wrong; b++) {
                wrong = square(bsX[b] - x) + square(bsY[b] - y) < own;
            }
            misplaced += wrong ? 1 : 0;
        }
        return misplaced;
    }

    /** @return how many nulling rows (accepted user channels and sensing rows) the last call stacked in all */
    long acceptedNullingRows() {
        long rows = 0;
        for (int b = 0; b < baseStations; b++) {
            rows += acceptedRows[b];
        }
        return rows;
    }

    // =====================================================================================================
    // Small helpers
    // =====================================================================================================

    /** @return v² */
    private static double square(double v) {
        return v * v;
    }

    /** @return the buffer if it holds {@code size} values, else a new one at least 1.5 times larger */
    private static double[] atLeast(double[] buffer, int size) {
        return buffer.length >= size ? buffer : new double[Math.max(size, buffer.length + buffer.length / 2)];
    }

    /** @return the buffer if it holds {@code size} values, else a new one at least 1.5 times larger */
    private static int[] atLeast(int[] buffer, int size) {
        return buffer.length >= size ? buffer : new int[Math.max(size, buffer.length + buffer.length / 2)];
    }

    /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche, so nearby pair indices diverge. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
