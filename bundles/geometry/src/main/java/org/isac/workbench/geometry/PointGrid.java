package org.isac.workbench.geometry;

import java.util.Arrays;

/**
 * A planar point set bucketed into a square grid over [−h, h]² with about one point per cell, for the k nearest
 * points of a location ({@link #nearest}) and Voronoi cells ({@link VoronoiCell}) in O(1) expected work each
 * instead of O(n) (for points spread like a Poisson process; points outside the square go to the border cells
 * and queries stay exact, only slower).
 *
 * <p>Both queries walk the grid in rings around the query's cell, outwards, until nothing in an unvisited ring
 * can change the answer: after ring r, every unvisited point is more than r cells away from the query's cell.
 *
 * <p>Buffers are kept between calls: an instance is not thread-safe, and the arrays given to {@link #index} must
 * not change while it is in use.
 */
public final class PointGrid {

    /** Told of the points of a ring walk, ring by ring. */
    interface RingVisitor {
        /** @param point a point of the ring just visited */
        void visit(int point);

        /**
         * @param clearedSquared the squared distance within which every point has been visited
         * @return whether the walk can stop
         */
        boolean enough(double clearedSquared);
    }

    private double[] x = new double[0];
    private double[] y = new double[0];
    private double halfWidth;
    private int gridSize;
    private double cell;
    private int[] start = new int[1];
    private int[] items = new int[0];
    private int[] cursor = new int[0];
    private int[] nearestIndex = new int[0];
    private double[] nearestDistanceSquared = new double[0];
    private int found;
    private int wanted;
    private double queryX;
    private double queryY;
    private final RingVisitor nearestSearch = new RingVisitor() {
        @Override
        public void visit(int point) {
            double d = square(x[point] - queryX) + square(y[point] - queryY);
            if (found == wanted && d >= nearestDistanceSquared[wanted - 1]) {
                return;
            }
            int j = found < wanted ? found++ : wanted - 1;
            while (j > 0 && (nearestDistanceSquared[j - 1] > d
                    || nearestDistanceSquared[j - 1] == d && nearestIndex[j - 1] > point)) {
                nearestDistanceSquared[j] = nearestDistanceSquared[j - 1];
                nearestIndex[j] = nearestIndex[j - 1];
                j--;
            }
            nearestDistanceSquared[j] = d;
            nearestIndex[j] = point;
        }

        @Override
        public boolean enough(double clearedSquared) {
            return found == wanted && nearestDistanceSquared[wanted - 1] <= clearedSquared;
        }
    };

    /**
     * Buckets the first n points (a counting sort by cell).
     *
     * @param x abscissae, kept (not copied) until the next call
     * @param y ordinates, likewise
     * @param n how many points
     * @param halfWidth h, half the side of the square the grid covers
     */
    public void index(double[] x, double[] y, int n, double halfWidth) {
        if (n < 0 || n > x.length || n > y.length) {
            throw new IllegalArgumentException("n must be in [0, " + Math.min(x.length, y.length) + "], got " + n);
        }
        if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new IllegalArgumentException("halfWidth must be finite and > 0, got " + halfWidth);
        }
        this.x = x;
        this.y = y;
        this.halfWidth = halfWidth;
        gridSize = Math.max(1, (int) Math.sqrt(n));
        cell = 2 * halfWidth / gridSize;
        int cells = gridSize * gridSize;
        if (start.length < cells + 1) {
            start = new int[cells + 1];
        }
        if (items.length < n) {
            items = new int[Math.max(n, items.length + items.length / 2)];
        }
        Arrays.fill(start, 0, cells + 1, 0);
        for (int b = 0; b < n; b++) {
            start[cellOf(x[b], y[b]) + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        if (cursor.length < cells) {
            cursor = new int[cells];
        }
        System.arraycopy(start, 0, cursor, 0, cells);
        for (int b = 0; b < n; b++) {
            items[cursor[cellOf(x[b], y[b])]++] = b;
        }
    }

    /**
     * The k points nearest to a location, nearest first (ties by index), read with {@link #nearestIndex(int)} and
     * {@link #nearestDistanceSquared(int)} until the next query.
     *
     * @param qx abscissa of the location
     * @param qy ordinate of the location
     * @param k how many, k ≥ 1
     * @return how many were found, min(k, n)
     */
    public int nearest(double qx, double qy, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (nearestIndex.length < k) {
            nearestIndex = new int[k];
            nearestDistanceSquared = new double[k];
        }
        found = 0;
        wanted = k;
        queryX = qx;
        queryY = qy;
        walk(qx, qy, nearestSearch);
        return found;
    }

    /**
     * @param q rank in the last {@link #nearest} query, 0 for the nearest
     * @return that point's index
     */
    public int nearestIndex(int q) {
        return nearestIndex[q];
    }

    /**
     * @param q rank in the last {@link #nearest} query
     * @return that point's squared distance to the location
     */
    public double nearestDistanceSquared(int q) {
        return nearestDistanceSquared[q];
    }

    /** @return x of point i */
    double x(int i) {
        return x[i];
    }

    /** @return y of point i */
    double y(int i) {
        return y[i];
    }

    /** Visits the points ring by ring around the cell of (qx, qy) until the visitor has enough. */
    void walk(double qx, double qy, RingVisitor visitor) {
        int cx = coordinate(qx);
        int cy = coordinate(qy);
        for (int r = 0;; r++) {
            for (int dy = -r; dy <= r; dy++) {
                int row = cy + dy;
                if (row < 0 || row >= gridSize) {
                    continue;
                }
                // the top and bottom rows of the ring whole, the rows between only at their two ends
                boolean fullRow = dy == -r || dy == r;
                int step = fullRow ? 1 : Math.max(1, 2 * r);
                for (int dx = -r; dx <= r; dx += step) {
                    int column = cx + dx;
                    if (column < 0 || column >= gridSize) {
                        continue;
                    }
                    int c = row * gridSize + column;
                    for (int s = start[c]; s < start[c + 1]; s++) {
                        visitor.visit(items[s]);
                    }
                }
            }
            if (visitor.enough(square(r * cell)) || r >= gridSize) {
                return;
            }
        }
    }

    /** @return the grid column (or row) of an abscissa (or ordinate), clamped to the grid */
    private int coordinate(double v) {
        int c = (int) ((v + halfWidth) / cell);
        return c < 0 ? 0 : c >= gridSize ? gridSize - 1 : c;
    }

    /** @return the grid cell of a location, row-major */
    private int cellOf(double px, double py) {
        return coordinate(py) * gridSize + coordinate(px);
    }

    private static double square(double v) {
        return v * v;
    }
}
