package org.isac.workbench.simulation.internal;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.geometry.PointGrid;

/**
 * The nulling requests of one realization, and which of them each BS accepted.
 *
 * <p>Every user asks its L_c − 1 nearest BSs other than its serving one to null its channel; every BS i asks its
 * L_s − 1 nearest other BSs b to null the J rows e_{b,i,j} = G_{b→i}ᴴ u_{i,j} of its targets, as one bundle. Every
 * BS shuffles the requests it received and goes through them in that random order, accepting a request (a
 * communication row singly, a sensing bundle whole) when it still fits in the beamformer's
 * {@link Beamformer#nullingCapacity nullingCapacity(M, K)} and dropping it otherwise; the dropped ones are therefore
 * a random subset, as in the paper. Requests received by the BSs of the measured region are counted, over every
 * call.
 *
 * <p>A request is a code: u ≥ 0 for user u's channel, {@link #sensingCode(int) −1 − i} for BS i's sensing bundle.
 */
final class NullingRequests {

    /** Every request of the realization as (receiving BS, code), before bucketing. */
    private int[] pendingReceiver = new int[0];
    private int[] pendingCode = new int[0];
    /** BS b's requests are codes requestStart[b] … requestStart[b + 1] − 1, the accepted ones first. */
    private int[] requestStart = new int[0];
    private int[] requestCount = new int[0];
    private int[] requestCode = new int[0];
    /** Accepted requests of BS b: the first acceptedCount[b] codes of its slice, in acceptance order. */
    private int[] acceptedCount = new int[0];
    /** Nulling rows BS b stacked: one per user request, J per sensing bundle. */
    private int[] acceptedRows = new int[0];
    private int baseStations;

    // cumulative over the instance's calls, at the BSs of the measured region
    private long commRequestsReceived;
    private long commRequestsDropped;
    private long sensingRequestsReceived;
    private long sensingRequestsDropped;

    /** @return the code of BS i's sensing bundle */
    static int sensingCode(int i) {
        return -1 - i;
    }

    /** @return the BS whose sensing bundle a negative code is */
    static int sensingStation(int code) {
        return -1 - code;
    }

    /**
     * Lists every request and buckets them by receiving BS.
     *
     * @param layout the realization's BSs and users
     * @param commCluster L_c
     * @param senseCluster L_s
     */
    void collect(NetworkLayout layout, int commCluster, int senseCluster) {
        baseStations = layout.baseStations();
        int users = layout.users();
        int capacity = baseStations * (users * (commCluster - 1) + senseCluster - 1);
        pendingReceiver = Buffers.atLeast(pendingReceiver, capacity);
        pendingCode = Buffers.atLeast(pendingCode, capacity);
        requestStart = Buffers.atLeast(requestStart, baseStations + 1);
        requestCount = Buffers.atLeast(requestCount, baseStations);
        acceptedCount = Buffers.atLeast(acceptedCount, baseStations);
        acceptedRows = Buffers.atLeast(acceptedRows, baseStations);
        int pending = 0;
        if (commCluster > 1) {
            for (int u = 0; u < baseStations * users; u++) {
                pending = request(layout.grid(), layout.userX(u), layout.userY(u), commCluster, u / users, u,
                        pending);
            }
        }
        if (senseCluster > 1) {
            for (int i = 0; i < baseStations; i++) {
                pending = request(layout.grid(), layout.bsX(i), layout.bsY(i), senseCluster, i, sensingCode(i),
                        pending);
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
        requestCode = Buffers.atLeast(requestCode, pending);
        Arrays.fill(acceptedCount, 0, baseStations, 0);
        for (int q = 0; q < pending; q++) {
            int b = pendingReceiver[q];
            // acceptedCount doubles as the fill cursor here; accept resets it
            requestCode[requestStart[b] + acceptedCount[b]++] = pendingCode[q];
        }
    }

    /** Sends a code to the cluster − 1 BSs nearest to (x, y) other than the sender's own; @return the new count */
    private int request(PointGrid grid, double x, double y, int cluster, int own, int code, int pending) {
        int found = grid.nearest(x, y, Math.min(cluster, baseStations));
        int sent = 0;
        for (int q = 0; q < found && sent < cluster - 1; q++) {
            if (grid.nearestIndex(q) != own) {
                pendingReceiver[pending] = grid.nearestIndex(q);
                pendingCode[pending++] = code;
                sent++;
            }
        }
        return pending;
    }

    /**
     * Each BS shuffles what it received and accepts, in that order, every request that still fits; the accepted
     * codes move to the front of the BS's slice.
     *
     * @param layout the realization (which BSs are measured)
     * @param nullingCapacity rows a BS can null besides its own users
     * @param random the topology stream
     */
    void accept(NetworkLayout layout, int nullingCapacity, RandomGenerator random) {
        int targets = layout.targets();
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
                if (layout.measured(b)) {
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

    /** @return how many requests BS b accepted */
    int acceptedCount(int b) {
        return acceptedCount[b];
    }

    /** @return the code of BS b's q-th accepted request, in acceptance order */
    int acceptedCode(int b, int q) {
        return requestCode[requestStart[b] + q];
    }

    /** @return the nulling rows BS b stacked */
    int acceptedRows(int b) {
        return acceptedRows[b];
    }

    /**
     * @return whether BS b accepted the request of this code, so that W_b was designed with that channel (a BS
     *         accepts at most its nulling capacity, so the scan is short)
     */
    boolean accepted(int b, int code) {
        int start = requestStart[b];
        for (int k = start; k < start + acceptedCount[b]; k++) {
            if (requestCode[k] == code) {
                return true;
            }
        }
        return false;
    }

    /** @return how many nulling rows the last realization stacked in all */
    long acceptedNullingRows() {
        long rows = 0;
        for (int b = 0; b < baseStations; b++) {
            rows += acceptedRows[b];
        }
        return rows;
    }

    /** @return communication requests received by BSs of the measured region, over all calls */
    long commRequestsReceived() {
        return commRequestsReceived;
    }

    /** @return of those, how many were dropped for lack of nulling capacity */
    long commRequestsDropped() {
        return commRequestsDropped;
    }

    /** @return sensing requests (bundles of J rows) received by BSs of the measured region */
    long sensingRequestsReceived() {
        return sensingRequestsReceived;
    }

    /** @return of those, how many were dropped */
    long sensingRequestsDropped() {
        return sensingRequestsDropped;
    }

    /**
     * @return the fraction of requests (communication rows and sensing bundles alike) dropped at the BSs of the
     *         measured region over all calls so far; NaN before any request
     */
    double droppedRequestFraction() {
        long received = commRequestsReceived + sensingRequestsReceived;
        return received == 0 ? Double.NaN : (double) (commRequestsDropped + sensingRequestsDropped) / received;
    }
}
