package org.isac.workbench.simulation.internal;

import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.numerics.linalg.ComplexMatrix;

/**
 * Every BS's precoder of one realization: W_b = beamformer.precoder([own users' channels | accepted channels and
 * rows], K), transmit power P/K per stream (it cancels in every ratio, so it is left out). Also what the measurement
 * needs of them: the power they deliver through a channel, the measured users' desired gains and intra-cell leakage,
 * and, for i.i.d. Rayleigh channels, their Gram eigenvalues ({@link GramInterference}).
 */
final class Precoders {

    private final Beamformer beamformer;
    private int antennas;
    private int users;
    private int targets;
    /** Per BS its K beams one after the other, M values each (see {@link #beamPower}). */
    private double[] precoderRe = new double[0];
    private double[] precoderIm = new double[0];
    /** The stacked channels by width, reused between BSs and calls. */
    private ComplexMatrix[] stackByWidth = new ComplexMatrix[0];
    private int stackAntennas;
    /** The Gram eigen-solver of the precoders, for i.i.d. Rayleigh channels; rebuilt when K changes. */
    private GramInterference gram;
    private boolean exactLaw;
    /** The Gram eigenvalues of every BS's precoder, K per BS. */
    private double[] gramEigenvalues = new double[0];
    /** |h_{b,u}ᴴ w_{b,k(u)}|² for users of measured BSs. */
    private double[] userSignal = new double[0];
    /** Σ_{k' ≠ k} |h_{b,u}ᴴ w_{b,k'}|²: what the user's own BS leaks from its other beams (0 for ZF). */
    private double[] userIntraCell = new double[0];
    private double[] steeringRe = new double[0];
    private double[] steeringIm = new double[0];

    /** @param beamformer builds every precoder and tells how many requests a BS can accept */
    Precoders(Beamformer beamformer) {
        this.beamformer = beamformer;
    }

    /** @return the rows a BS of M antennas and K users can null besides its users, ≥ 0 */
    int nullingCapacity(int antennas, int users) {
        return Math.max(0, beamformer.nullingCapacity(antennas, users));
    }

    /**
     * Builds every BS's precoder (copied, so a provider may reuse its output), and for the measured BSs their users'
     * desired gains and intra-cell leakage.
     *
     * @param exactLaw whether to compute the Gram eigenvalues (i.i.d. Rayleigh channels)
     */
    void build(NetworkLayout layout, NullingRequests requests, LinkChannels channels, int antennas, boolean exactLaw) {
        int n = layout.baseStations();
        this.antennas = antennas;
        this.users = layout.users();
        this.targets = layout.targets();
        this.exactLaw = exactLaw;
        int block = antennas * users;
        precoderRe = Buffers.atLeast(precoderRe, n * block);
        precoderIm = Buffers.atLeast(precoderIm, n * block);
        gramEigenvalues = Buffers.atLeast(gramEigenvalues, n * users);
        userSignal = Buffers.atLeast(userSignal, n * users);
        userIntraCell = Buffers.atLeast(userIntraCell, n * users);
        steeringRe = Buffers.atLeast(steeringRe, antennas);
        steeringIm = Buffers.atLeast(steeringIm, antennas);
        int widest = users + nullingCapacity(antennas, users);
        if (stackByWidth.length <= widest || stackAntennas != antennas) {
            stackByWidth = new ComplexMatrix[widest + 1];
            stackAntennas = antennas;
        }
        if (exactLaw && (gram == null || gram.beams() != users)) {
            gram = new GramInterference(users);
        }
        for (int b = 0; b < n; b++) {
            ComplexMatrix stack = stackChannels(b, requests, channels);
            ComplexMatrix w = beamformer.precoder(stack, users);
            if (w.rows() != antennas || w.columns() != users) {
                throw new IllegalStateException("beamformer returned a " + w.rows() + "x" + w.columns()
                        + " precoder, expected " + antennas + "x" + users);
            }
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
            if (layout.measured(b)) {
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
     * Fills BS b's stacked channels: own users first, then the accepted requests in acceptance order.
     *
     * @return the M × (K + accepted rows) matrix (a reused buffer)
     */
    private ComplexMatrix stackChannels(int b, NullingRequests requests, LinkChannels channels) {
        int width = users + requests.acceptedRows(b);
        ComplexMatrix stack = stackByWidth[width];
        if (stack == null) {
            stack = new ComplexMatrix(antennas, width);
            stackByWidth[width] = stack;
        }
        int column = 0;
        for (int k = 0; k < users; k++) {
            channels.userChannel(b, b * users + k);
            putColumn(stack, column++, channels.userRe(), channels.userIm(), 0);
        }
        for (int q = 0; q < requests.acceptedCount(b); q++) {
            int code = requests.acceptedCode(b, q);
            if (code >= 0) {
                channels.userChannel(b, code);
                putColumn(stack, column++, channels.userRe(), channels.userIm(), 0);
            } else {
                channels.sensingRows(b, NullingRequests.sensingStation(code));
                for (int j = 0; j < targets; j++) {
                    putColumn(stack, column++, channels.rowRe(), channels.rowIm(), j * antennas);
                }
            }
        }
        return stack;
    }

    /** Copies M values of a vector into one column of the row-major M × width stack. */
    private void putColumn(ComplexMatrix stack, int column, double[] vRe, double[] vIm, int offset) {
        double[] re = stack.re();
        double[] im = stack.im();
        int width = stack.columns();
        for (int a = 0; a < antennas; a++) {
            re[a * width + column] = vRe[offset + a];
            im[a * width + column] = vIm[offset + a];
        }
    }

    /** @return whether the Gram eigenvalues were computed, for exact-law draws */
    boolean exactLaw() {
        return exactLaw;
    }

    /** @return the Gram eigenvalues of every BS's precoder, K per BS (BS b's at b·K), ascending */
    double[] gramEigenvalues() {
        return gramEigenvalues;
    }

    /** @return |h_{b,u}ᴴ w_{b,k(u)}|² of a user u of a measured BS b */
    double userSignal(int u) {
        return userSignal[u];
    }

    /** @return what user u's own BS leaks to it from its other beams, for a user of a measured BS */
    double userIntraCell(int u) {
        return userIntraCell[u];
    }

    /** @return ‖a_t(θ)ᴴW_b‖² for the direction with sin θ = sine (target illumination, clutter) */
    double steeredBeamPower(double sine, int b) {
        for (int a = 0; a < antennas; a++) {
            double phase = Math.PI * a * sine;
            steeringRe[a] = Math.cos(phase);
            steeringIm[a] = Math.sin(phase);
        }
        return beamPower(steeringRe, steeringIm, 0, b);
    }

    /**
     * ‖vᴴ W_b‖² = Σ_k |vᴴ w_{b,k}|², the power BS b's K streams deliver through the effective channel v (M values
     * from {@code offset}). Beams are stored one after the other and taken four at a time: v is loaded once per
     * antenna for four beams, and the eight running sums are independent, so the loop is not bound by the latency
     * of one chain of additions (this is the innermost loop of the explicit path).
     */
    double beamPower(double[] vRe, double[] vIm, int offset, int b) {
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

    /**
     * Checks the last precoders against their stacked channels, redrawn from their streams: the largest
     * |cᴴ w_{b,k}| / ‖c‖ over every BS b, every beam k and every stacked column c other than beam k's own user.
     * Zero-forcing makes it rounding-level; it also proves that a redrawn channel is the one the precoder was built
     * from.
     *
     * @return the largest relative leakage, 0 when nothing was stacked besides single users
     */
    double maxRelativeNullingLeakage(NetworkLayout layout, NullingRequests requests, LinkChannels channels) {
        double worst = 0;
        int block = antennas * users;
        ComplexMatrix w = new ComplexMatrix(antennas, users);
        for (int b = 0; b < layout.baseStations(); b++) {
            ComplexMatrix stack = stackChannels(b, requests, channels);
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
}
