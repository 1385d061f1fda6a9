package org.isac.workbench.simulation;

/**
 * How a Monte Carlo run is carried out.
 *
 * @param seed the run's seed; with the point index and the realization index it fixes every random number
 * @param point index of the parameter point within its sweep
 * @param realizations the realization cap, in [1, {@value #MAX_REALIZATIONS}]
 * @param targetHalfWidth stop once the 95 % confidence half-width of every quantity is below this (0 = run
 *        all realizations)
 * @param threads worker threads, in [1, {@value #MAX_THREADS}]; results do not depend on it
 */
public record RunSettings(long seed, long point, long realizations, double targetHalfWidth, int threads) {

    /** The most realizations a run may ask for (days of the physical simulator, hours of the gamma one). */
    public static final long MAX_REALIZATIONS = 1_000_000_000L;
    /** The most worker threads a run may ask for. */
    public static final int MAX_THREADS = 1024;

    /** Validates the settings, naming the field. */
    public RunSettings {
        if (realizations < 1 || realizations > MAX_REALIZATIONS) {
            throw new IllegalArgumentException("realizations must be in [1, " + MAX_REALIZATIONS + "], got "
                    + realizations);
        }
        if (!(targetHalfWidth >= 0)) {
            throw new IllegalArgumentException("targetHalfWidth must be >= 0, got " + targetHalfWidth);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_THREADS + "], got " + threads);
        }
    }
}
