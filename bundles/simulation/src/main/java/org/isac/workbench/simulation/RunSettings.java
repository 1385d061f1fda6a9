package org.isac.workbench.simulation;

/**
 * How a Monte Carlo run is carried out.
 *
 * @param seed the run's seed; with the point index and the realization index it fixes every random number
 * @param point index of the parameter point within its sweep
 * @param realizations the realization cap, &ge; 1
 * @param targetHalfWidth stop once the 95 % confidence half-width of every quantity is below this (0 = run
 *        all realizations)
 * @param threads worker threads, &ge; 1; results do not depend on it
 */
public record RunSettings(long seed, long point, long realizations, double targetHalfWidth, int threads) {

    /** Validates the settings, naming the field. */
    public RunSettings {
        if (realizations < 1) {
            throw new IllegalArgumentException("realizations must be >= 1, got " + realizations);
        }
        if (!(targetHalfWidth >= 0)) {
            throw new IllegalArgumentException("targetHalfWidth must be >= 0, got " + targetHalfWidth);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }
}
