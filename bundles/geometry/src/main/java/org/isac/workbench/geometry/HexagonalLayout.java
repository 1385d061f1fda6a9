package org.isac.workbench.geometry;

/**
 * Base-station sites of a hexagonal cellular layout: the first cells of a hexagonal grid in spiral order
 * from the origin, so that any three consecutive sites (the CoMP cluster of the letter, L = 3) are mutually
 * adjacent. Cells have radius r (the disc in which users and targets are dropped); neighbouring sites are
 * √3·r apart.
 */
public final class HexagonalLayout {

    private HexagonalLayout() {
    }

    /**
     * @param cells the number of sites, 1 to 1 + 6 + 12 = 19 (two rings)
     * @param radius the cell radius r in metres, &gt; 0
     * @return the site coordinates, site 0 at the origin
     */
    public static Points sites(int cells, double radius) {
        if (cells < 1 || cells > 19) {
            throw new IllegalArgumentException("cells must be in [1, 19], got " + cells);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("cell radius must be positive and finite, got " + radius);
        }
        double spacing = Math.sqrt(3) * radius;
        double[] x = new double[cells];
        double[] y = new double[cells];
        int n = 1;
        for (int ring = 1; n < cells; ring++) {
            // walk the hexagonal ring of this radius: start at the corner at 30°, then 6 sides of `ring` steps
            double cx = ring * spacing * Math.cos(Math.PI / 6);
            double cy = ring * spacing * Math.sin(Math.PI / 6);
            for (int side = 0; side < 6 && n < cells; side++) {
                double direction = Math.PI / 6 + Math.PI / 3 * (side + 2);
                for (int step = 0; step < ring && n < cells; step++) {
                    x[n] = cx;
                    y[n] = cy;
                    n++;
                    cx += spacing * Math.cos(direction);
                    cy += spacing * Math.sin(direction);
                }
            }
        }
        return new Points(x, y);
    }
}
