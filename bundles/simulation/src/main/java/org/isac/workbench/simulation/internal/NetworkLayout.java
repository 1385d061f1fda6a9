package org.isac.workbench.simulation.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.geometry.PointGrid;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.VoronoiCell;

/**
 * Where everything of one realization is: the base stations, their Voronoi cells, and the K users and J targets of
 * every cell with the targets' receive filters.
 *
 * <p>Users and targets are uniform in their BS's Voronoi cell clipped to the window. The cell is computed exactly, as
 * a polygon ({@link VoronoiCell}), by clipping a polygon circumscribing the window with the perpendicular bisectors
 * towards the neighbouring BSs until no further bisector can cut it, for every BS and not only the measured ones.
 * Points are drawn uniformly in the polygon through its fan of triangles around the BS (the cell is convex and
 * contains its BS), and rejected only if they fall outside the window disc (edge cells; the starting 16-gon exceeds
 * the disc by 1.3 % of its area). So no proposal is wasted on a point of another cell, and the serving BS of each
 * user and target is its nearest BS.
 *
 * <p>Users are numbered b·K + k and targets i·J + j. Target t's MRC filter u_t = a_r(θ_t) / √N_r, for a
 * half-wavelength ULA along the y axis, is at {@code t·N_r} of {@link #filterRe()} / {@link #filterIm()}.
 */
final class NetworkLayout {

    /** Sides of the regular polygon circumscribing the window that every Voronoi cell starts from. */
    private static final int WINDOW_POLYGON_SIDES = 16;

    private final PointGrid grid = new PointGrid();
    private final VoronoiCell voronoi = new VoronoiCell(grid);
    /** The window's circumscribed polygon, which bounds every cell. */
    private final double[] windowPolygonX = new double[WINDOW_POLYGON_SIDES];
    private final double[] windowPolygonY = new double[WINDOW_POLYGON_SIDES];
    /** Cumulative areas of a cell's fan triangles (BS, v, v + 1). */
    private double[] fanArea = new double[64];

    private int baseStations;
    private int users;
    private int targets;
    private int receiveAntennas;
    private double windowRadius;
    private double[] bsX = new double[0];
    private double[] bsY = new double[0];
    private boolean[] measured = new boolean[0];
    /** Area of each BS's Voronoi cell (within the window's circumscribed polygon). */
    private double[] cellArea = new double[0];
    private double[] userX = new double[0];
    private double[] userY = new double[0];
    private double[] targetX = new double[0];
    private double[] targetY = new double[0];
    private double[] filterRe = new double[0];
    private double[] filterIm = new double[0];

    /**
     * Lays out one realization.
     *
     * @param stations the BSs, within the window
     * @param windowRadius the window's radius R
     * @param measuredRadius BSs within this distance of the centre are measured
     * @param users K per cell
     * @param targets J per cell
     * @param receiveAntennas N_r, the length of a receive filter
     * @param random the topology stream, from which users and targets are drawn, cell after cell
     */
    void place(Points stations, double windowRadius, double measuredRadius, int users, int targets,
            int receiveAntennas, RandomGenerator random) {
        this.baseStations = stations.size();
        this.users = users;
        this.targets = targets;
        this.receiveAntennas = receiveAntennas;
        this.windowRadius = windowRadius;
        int n = baseStations;
        bsX = Buffers.atLeast(bsX, n);
        bsY = Buffers.atLeast(bsY, n);
        measured = Buffers.atLeast(measured, n);
        cellArea = Buffers.atLeast(cellArea, n);
        userX = Buffers.atLeast(userX, n * users);
        userY = Buffers.atLeast(userY, n * users);
        targetX = Buffers.atLeast(targetX, n * targets);
        targetY = Buffers.atLeast(targetY, n * targets);
        filterRe = Buffers.atLeast(filterRe, n * targets * receiveAntennas);
        filterIm = Buffers.atLeast(filterIm, n * targets * receiveAntennas);
        for (int b = 0; b < n; b++) {
            bsX[b] = stations.x(b);
            bsY[b] = stations.y(b);
            measured[b] = bsX[b] * bsX[b] + bsY[b] * bsY[b] <= measuredRadius * measuredRadius;
        }
        grid.index(bsX, bsY, n, windowRadius);
        double circumradius = windowRadius / Math.cos(Math.PI / WINDOW_POLYGON_SIDES);
        for (int v = 0; v < WINDOW_POLYGON_SIDES; v++) {
            double angle = 2 * Math.PI * (v + 0.5) / WINDOW_POLYGON_SIDES;
            windowPolygonX[v] = circumradius * Math.cos(angle);
            windowPolygonY[v] = circumradius * Math.sin(angle);
        }
        for (int i = 0; i < n; i++) {
            placeInCell(i, random);
        }
    }

    /** Places cell i's K users and J targets, and the targets' filters. */
    private void placeInCell(int i, RandomGenerator random) {
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
        double radiusSquared = windowRadius * windowRadius;
        double invSqrtNr = 1 / Math.sqrt(receiveAntennas);
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
                // phase π n sin θ, sin θ = Δy / r
                double sine = (y - bsY[i]) / Math.hypot(x - bsX[i], y - bsY[i]);
                for (int n = 0; n < receiveAntennas; n++) {
                    double phase = Math.PI * n * sine;
                    filterRe[t * receiveAntennas + n] = Math.cos(phase) * invSqrtNr;
                    filterIm[t * receiveAntennas + n] = Math.sin(phase) * invSqrtNr;
                }
            }
        }
    }

    /** @return how many BSs the window holds */
    int baseStations() {
        return baseStations;
    }

    /** @return K, users per cell */
    int users() {
        return users;
    }

    /** @return J, targets per cell */
    int targets() {
        return targets;
    }

    /** @return N_r, entries per receive filter */
    int receiveAntennas() {
        return receiveAntennas;
    }

    /** @return the BSs, indexed for nearest-BS queries */
    PointGrid grid() {
        return grid;
    }

    double bsX(int b) {
        return bsX[b];
    }

    double bsY(int b) {
        return bsY[b];
    }

    /** @return whether BS b lies in the measured region */
    boolean measured(int b) {
        return measured[b];
    }

    /** @return the area of BS b's cell within the window's circumscribed polygon, m² */
    double cellArea(int b) {
        return cellArea[b];
    }

    double userX(int u) {
        return userX[u];
    }

    double userY(int u) {
        return userY[u];
    }

    double targetX(int t) {
        return targetX[t];
    }

    double targetY(int t) {
        return targetY[t];
    }

    /** @return the receive filters' real parts, N_r per target */
    double[] filterRe() {
        return filterRe;
    }

    /** @return their imaginary parts */
    double[] filterIm() {
        return filterIm;
    }

    /** @return the squared distance between BS b and user u */
    double stationToUserSquared(int b, int u) {
        return square(bsX[b] - userX[u]) + square(bsY[b] - userY[u]);
    }

    /** @return the squared distance between BSs b and i */
    double stationToStationSquared(int b, int i) {
        return square(bsX[b] - bsX[i]) + square(bsY[b] - bsY[i]);
    }

    /**
     * Checks the placement by brute force: every user and target must lie in the window and have its serving BS
     * as its nearest BS (ties allowed).
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

    private static double square(double v) {
        return v * v;
    }
}
