package org.isac.workbench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The grid's nearest-point queries and Voronoi cells against brute force. */
class PointGridTest {

    private static final double HALF_WIDTH = 1000;

    /** n uniform points in the square, and a few outside it (a point process that ignores its window). */
    private static double[][] points(RandomGenerator random, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double scale = i % 50 == 0 ? 1.3 : 1.0;
            x[i] = scale * HALF_WIDTH * (2 * random.nextDouble() - 1);
            y[i] = scale * HALF_WIDTH * (2 * random.nextDouble() - 1);
        }
        return new double[][] {x, y};
    }

    @Test
    void nearestMatchesASortOfAllPointsTiesByIndex() {
        RandomGenerator random = RandomStreams.of(41, 0, 0);
        PointGrid grid = new PointGrid();
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(400);
            double[][] p = points(random, n);
            grid.index(p[0], p[1], n, HALF_WIDTH);
            for (int query = 0; query < 50; query++) {
                double qx = 1.2 * HALF_WIDTH * (2 * random.nextDouble() - 1);
                double qy = 1.2 * HALF_WIDTH * (2 * random.nextDouble() - 1);
                int k = 1 + random.nextInt(8);
                Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> square(p[0][i] - qx)
                        + square(p[1][i] - qy)).thenComparingInt(i -> i));
                int found = grid.nearest(qx, qy, k);
                assertEquals(Math.min(k, n), found);
                for (int q = 0; q < found; q++) {
                    assertEquals(order[q], grid.nearestIndex(q), "rank " + q + " of trial " + trial);
                    assertEquals(square(p[0][order[q]] - qx) + square(p[1][order[q]] - qy),
                            grid.nearestDistanceSquared(q));
                }
            }
        }
    }

    @Test
    void nearestWithTiesAndBadArguments() {
        PointGrid grid = new PointGrid();
        grid.index(new double[] {5, 1, -2, 0.5, 3, 1}, new double[] {0, 0, 0, 0, 4, 0}, 6, 10);
        int found = grid.nearest(0, 0, 3);
        assertEquals(3, found);
        // 1 and 5 are both at (1, 0): the smaller index first
        assertEquals(3, grid.nearestIndex(0));
        assertEquals(1, grid.nearestIndex(1));
        assertEquals(5, grid.nearestIndex(2));
        assertThrows(IllegalArgumentException.class, () -> grid.nearest(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> grid.index(new double[1], new double[1], 2, 10));
        assertThrows(IllegalArgumentException.class, () -> grid.index(new double[1], new double[1], 1, 0));
    }

    @Test
    void voronoiCellsPartitionTheBoundAndHoldTheirNearestPoints() {
        // every vertex of a cell is at least as close to the cell's point as to any other (to 1e-9 of the
        // squared scale: the vertices are intersections of bisectors, rounded); the cells tile the bounding
        // polygon, so their areas add up to its area (to 1e-12 relative)
        RandomGenerator random = RandomStreams.of(42, 0, 0);
        PointGrid grid = new PointGrid();
        VoronoiCell cell = new VoronoiCell(grid);
        int sides = 16;
        double circumradius = 2.2 * HALF_WIDTH; // its inradius, 2.16 h, holds every point (at most 1.3 √2 h out)
        double[] boundX = new double[sides];
        double[] boundY = new double[sides];
        for (int v = 0; v < sides; v++) {
            boundX[v] = circumradius * Math.cos(2 * Math.PI * (v + 0.5) / sides);
            boundY[v] = circumradius * Math.sin(2 * Math.PI * (v + 0.5) / sides);
        }
        double boundArea = 0.5 * sides * circumradius * circumradius * Math.sin(2 * Math.PI / sides);
        for (int trial = 0; trial < 5; trial++) {
            int n = 50 + random.nextInt(300);
            double[][] p = points(random, n);
            grid.index(p[0], p[1], n, HALF_WIDTH);
            double total = 0;
            for (int i = 0; i < n; i++) {
                int vertices = cell.of(i, boundX, boundY, sides);
                assertTrue(vertices >= 3, "a cell has at least three vertices");
                double area = 0;
                for (int v = 0; v < vertices; v++) {
                    int w = v + 1 == vertices ? 0 : v + 1;
                    area += 0.5 * (cell.x(v) * cell.y(w) - cell.y(v) * cell.x(w));
                    double vx = p[0][i] + cell.x(v);
                    double vy = p[1][i] + cell.y(v);
                    double own = square(cell.x(v)) + square(cell.y(v));
                    for (int j = 0; j < n; j++) {
                        double other = square(vx - p[0][j]) + square(vy - p[1][j]);
                        assertTrue(own <= other + 1e-9 * HALF_WIDTH * HALF_WIDTH,
                                "vertex " + v + " of cell " + i + " is closer to point " + j);
                    }
                }
                assertTrue(area > 0, "counter-clockwise");
                total += area;
            }
            assertEquals(boundArea, total, 1e-12 * boundArea, "the cells tile the bound");
        }
    }

    private static double square(double v) {
        return v * v;
    }
}
