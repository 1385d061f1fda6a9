package org.isac.workbench.geometry;

import java.util.random.RandomGenerator;

/**
 * The observation window of a deployment: a disc of radius {@code radius} centred at the origin (where
 * the typical user or target sits).
 *
 * @param radius the disc radius in metres, finite and &gt; 0
 */
public record Window(double radius) {

    /** Validates the radius. */
    public Window {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("window radius must be positive and finite, got " + radius);
        }
    }

    /** @return the area in square metres */
    public double area() {
        return Math.PI * radius * radius;
    }

    /**
     * Draws a point uniformly in the window.
     *
     * @param random the stream
     * @param xy receives x at {@code xy[offset]} and y at {@code xy[offset + 1]}
     * @param offset where to write
     */
    public void sampleUniform(RandomGenerator random, double[] xy, int offset) {
        double r = radius * Math.sqrt(random.nextDouble());
        double theta = 2 * Math.PI * random.nextDouble();
        xy[offset] = r * Math.cos(theta);
        xy[offset + 1] = r * Math.sin(theta);
    }
}
