package org.isac.workbench.channel.model;

/**
 * A uniform linear array in the plane: its element count, the spacing of its elements in wavelengths and the
 * direction of its axis.
 *
 * @param elements antennas, &ge; 1
 * @param spacing element spacing in wavelengths, &gt; 0 (one half by default)
 * @param axis direction of the array's axis in radians, counter-clockwise from the x axis
 */
public record ArrayGeometry(int elements, double spacing, double axis) {

    /** Half-wavelength spacing. */
    public static final double HALF_WAVELENGTH = 0.5;

    /** Checks the geometry, naming the field. */
    public ArrayGeometry {
        if (elements < 1) {
            throw new IllegalArgumentException("elements must be >= 1, got " + elements);
        }
        if (!(spacing > 0) || Double.isInfinite(spacing)) {
            throw new IllegalArgumentException("spacing must be finite and > 0 wavelengths, got " + spacing);
        }
    }

    /**
     * @param elements antennas
     * @return the simulators' array: half-wavelength spacing along the y axis, so that the response to direction
     *         θ (from the x axis) is a_n = exp(jπ n sin θ), the convention of the receive filters
     */
    public static ArrayGeometry ula(int elements) {
        return new ArrayGeometry(elements, HALF_WAVELENGTH, Math.PI / 2);
    }

    /**
     * The phase of element n of the response to a plane wave leaving (or arriving) in direction {@code angle}:
     * 2π · spacing · n · cos(angle − axis), element 0 the reference.
     *
     * @param element n, from 0
     * @param angle the wave's direction in radians, counter-clockwise from the x axis
     * @return the phase in radians
     */
    public double phase(int element, double angle) {
        return 2 * Math.PI * spacing * element * Math.cos(angle - axis);
    }
}
