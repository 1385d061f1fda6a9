package org.isac.workbench.geometry;

/**
 * Voronoi cells of the points of a {@link PointGrid} within a convex bounding polygon: the bounding polygon is
 * clipped by the perpendicular bisector of the point and each neighbour (Sutherland–Hodgman, one half-plane at a
 * time), neighbours coming from the grid's ring walk until no farther point can cut the cell (a bisector cuts it
 * only if its point lies within twice the cell's farthest vertex).
 *
 * <p>The cell is returned in buffers that are reused: not thread-safe.
 */
public final class VoronoiCell {

    private final PointGrid grid;
    private double[] polygonX = new double[16];
    private double[] polygonY = new double[16];
    private double[] clippedX = new double[16];
    private double[] clippedY = new double[16];
    private int vertices;
    private int site;
    private final PointGrid.RingVisitor clipper = new PointGrid.RingVisitor() {
        @Override
        public void visit(int point) {
            if (point != site) {
                double dx = grid.x(point) - grid.x(site);
                double dy = grid.y(point) - grid.y(site);
                clip(dx, dy, 0.5 * (dx * dx + dy * dy));
            }
        }

        @Override
        public boolean enough(double clearedSquared) {
            double farthest = 0;
            for (int v = 0; v < vertices; v++) {
                farthest = Math.max(farthest, polygonX[v] * polygonX[v] + polygonY[v] * polygonY[v]);
            }
            return clearedSquared >= 4 * farthest;
        }
    };

    /** @param grid the indexed points whose cells are asked for */
    public VoronoiCell(PointGrid grid) {
        this.grid = grid;
    }

    /**
     * The cell of point i, relative to the point and counter-clockwise, read with {@link #x(int)} and
     * {@link #y(int)} until the next call.
     *
     * @param i the point
     * @param boundX abscissae of the bounding polygon's vertices (convex, counter-clockwise, containing point i)
     * @param boundY their ordinates
     * @param boundVertices how many
     * @return the number of vertices of the cell
     */
    public int of(int i, double[] boundX, double[] boundY, int boundVertices) {
        if (polygonX.length < boundVertices) {
            grow(2 * boundVertices);
        }
        double ox = grid.x(i);
        double oy = grid.y(i);
        for (int v = 0; v < boundVertices; v++) {
            polygonX[v] = boundX[v] - ox;
            polygonY[v] = boundY[v] - oy;
        }
        vertices = boundVertices;
        site = i;
        grid.walk(ox, oy, clipper);
        return vertices;
    }

    /** @return the abscissa of vertex v of the last cell, relative to its point */
    public double x(int v) {
        return polygonX[v];
    }

    /** @return the ordinate of vertex v of the last cell, relative to its point */
    public double y(int v) {
        return polygonY[v];
    }

    /** Keeps the part of the polygon where x·dx + y·dy ≤ limit. */
    private void clip(double dx, double dy, double limit) {
        boolean cuts = false;
        for (int v = 0; v < vertices && !cuts; v++) {
            cuts = polygonX[v] * dx + polygonY[v] * dy > limit;
        }
        if (!cuts) {
            return;
        }
        if (clippedX.length < vertices + 1) {
            grow(2 * vertices + 2);
        }
        int out = 0;
        for (int v = 0; v < vertices; v++) {
            int w = v + 1 == vertices ? 0 : v + 1;
            double sv = polygonX[v] * dx + polygonY[v] * dy - limit;
            double sw = polygonX[w] * dx + polygonY[w] * dy - limit;
            if (sv <= 0) {
                clippedX[out] = polygonX[v];
                clippedY[out++] = polygonY[v];
            }
            if (sv <= 0 != sw <= 0) {
                double t = sv / (sv - sw);
                clippedX[out] = polygonX[v] + t * (polygonX[w] - polygonX[v]);
                clippedY[out++] = polygonY[v] + t * (polygonY[w] - polygonY[v]);
            }
        }
        double[] swap = polygonX;
        polygonX = clippedX;
        clippedX = swap;
        swap = polygonY;
        polygonY = clippedY;
        clippedY = swap;
        vertices = out;
    }

    /** Grows the buffers (all of one size, so swapping them keeps them so), keeping the vertices. */
    private void grow(int size) {
        polygonX = java.util.Arrays.copyOf(polygonX, size);
        polygonY = java.util.Arrays.copyOf(polygonY, size);
        clippedX = new double[size];
        clippedY = new double[size];
    }
}
