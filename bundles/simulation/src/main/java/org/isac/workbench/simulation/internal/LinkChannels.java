package org.isac.workbench.simulation.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.model.ArrayGeometry;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.numerics.random.RandomStreams;

/**
 * The small-scale channels of one realization, from the {@link ChannelModel} bound for the run: h_{b,u} (the 1 × M
 * link from BS b's array to user u) and G_{b→i} (the N_r × M link from BS b to BS i's receive array, row n = receive
 * antenna n), both half-wavelength arrays ({@link ArrayGeometry#ula}).
 *
 * <p>A channel is not stored: it is drawn on demand from a stream derived from (seed, point, realization) and the
 * pair's identity (its kind, the transmitting BS, the receiving user or BS), so the same channel comes back whenever
 * it is needed (by BS b for its precoder, and again when user u's interference is measured) without keeping all
 * N_b × N_b K pairs. The other per-pair draws of a realization (exact-law gains, clutter) use such streams too, each
 * of its own kind, so skipping one kind of draw leaves the others unchanged.
 */
final class LinkChannels {

    /** Stream kind of a BS → user channel h_{b,u}. */
    static final long USER_CHANNEL = 0x5553455243484e4cL;
    /** Stream kind of an interferer's gain ‖h_{b,u}ᴴW_b‖² drawn from its exact law ("USERGAIN" in ASCII). */
    static final long USER_GAIN = 0x5553455247414e4eL;
    /** Stream kind of the J targets' gains ‖u_jᴴG_{b→i}W_b‖² drawn from their exact law ("TRGTGAIN"). */
    static final long TARGET_GAIN = 0x5452475447414e4eL;
    /** Stream kind of a BS → BS channel G_{b→i}. */
    static final long BASE_STATION_CHANNEL = 0x4253424343484e4cL;
    /** Stream kind of the clutter around a measured target ("CLUTTER" in ASCII). */
    static final long CLUTTER = 0x434c555454455200L;
    /** 2⁶⁴ / golden ratio, odd: spreads consecutive BS indices over the 64-bit key space. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** A user's array. */
    private static final ArrayGeometry SINGLE_ANTENNA = ArrayGeometry.ula(1);

    private final ChannelModel channel;
    private NetworkLayout layout;
    private long seed;
    private long point;
    private long realization;
    private int antennas;
    private ArrayGeometry transmitArray;
    private ArrayGeometry receiveArray;
    private double[] userRe = new double[0];
    private double[] userIm = new double[0];
    private double[] stationRe = new double[0];
    private double[] stationIm = new double[0];
    private double[] rowRe = new double[0];
    private double[] rowIm = new double[0];

    /** @param channel draws every small-scale channel */
    LinkChannels(ChannelModel channel) {
        this.channel = channel;
    }

    /**
     * Starts a realization.
     *
     * @param layout where the BSs, users and target filters are
     * @param antennas M
     */
    void start(NetworkLayout layout, int antennas, long seed, long point, long realization) {
        this.layout = layout;
        this.seed = seed;
        this.point = point;
        this.realization = realization;
        this.antennas = antennas;
        transmitArray = ArrayGeometry.ula(antennas);
        receiveArray = ArrayGeometry.ula(layout.receiveAntennas());
        userRe = Buffers.atLeast(userRe, antennas);
        userIm = Buffers.atLeast(userIm, antennas);
        stationRe = Buffers.atLeast(stationRe, layout.receiveAntennas() * antennas);
        stationIm = Buffers.atLeast(stationIm, layout.receiveAntennas() * antennas);
        rowRe = Buffers.atLeast(rowRe, layout.targets() * antennas);
        rowIm = Buffers.atLeast(rowIm, layout.targets() * antennas);
    }

    /** @return whether every channel is i.i.d. Rayleigh, so that exact gain laws apply */
    boolean iidRayleigh() {
        return channel.iidRayleigh();
    }

    /**
     * @param kind the draw's kind (one of this class's constants)
     * @return the stream of one pair's draw, the same whenever it is asked for again
     */
    RandomGenerator pairStream(long kind, int transmitter, int receiver) {
        long key = mix(kind + GOLDEN_GAMMA * (transmitter + 1L));
        key = mix(key ^ (receiver + 0x632BE59BD9B4E019L));
        return RandomStreams.of(seed ^ key, point, realization);
    }

    /** Draws h_{b,u} into {@link #userRe()} / {@link #userIm()}. */
    void userChannel(int b, int u) {
        channel.sample(new Link(layout.bsX(b), layout.bsY(b), layout.userX(u), layout.userY(u), transmitArray,
                SINGLE_ANTENNA), pairStream(USER_CHANNEL, b, u), userRe, userIm, 0);
    }

    /** @return the last user channel's real parts, M values */
    double[] userRe() {
        return userRe;
    }

    /** @return its imaginary parts */
    double[] userIm() {
        return userIm;
    }

    /**
     * The J effective rows e_{b,i,j} = G_{b→i}ᴴ u_{i,j} of BS i's targets, into {@link #rowRe()} / {@link #rowIm()}
     * (row j at j·M), from one draw of G_{b→i}.
     */
    void sensingRows(int b, int i) {
        int m = antennas;
        int nr = layout.receiveAntennas();
        double[] filterRe = layout.filterRe();
        double[] filterIm = layout.filterIm();
        channel.sample(new Link(layout.bsX(b), layout.bsY(b), layout.bsX(i), layout.bsY(i), transmitArray,
                receiveArray), pairStream(BASE_STATION_CHANNEL, b, i), stationRe, stationIm, 0);
        for (int j = 0; j < layout.targets(); j++) {
            int filter = (i * layout.targets() + j) * nr;
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
                    double gr = stationRe[base + a];
                    double gi = stationIm[base + a];
                    rowRe[row + a] += gr * ur + gi * ui;
                    rowIm[row + a] += gr * ui - gi * ur;
                }
            }
        }
    }

    /** @return the last sensing rows' real parts, M values per target */
    double[] rowRe() {
        return rowRe;
    }

    /** @return their imaginary parts */
    double[] rowIm() {
        return rowIm;
    }

    /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche, so nearby pair indices diverge. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
