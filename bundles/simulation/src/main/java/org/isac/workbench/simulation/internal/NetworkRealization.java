package org.isac.workbench.simulation.internal;

import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * One independent realization of the network ISAC model (a topology with its fading), the unit of the
 * Monte Carlo: realizations are independent and identically distributed, so their samples give the mean and
 * its confidence interval. Implementations draw every random number from
 * {@code RandomStreams.of(seed, point, realization)} (or streams derived from those three values and a
 * further key), so a realization's samples do not depend on which thread runs it.
 */
interface NetworkRealization {

    /** Index of the communication sample: mean of log₂(1 + SIR) over the measured users. */
    int COMM = 0;
    /** Index of the sensing sample: mean of log₂(1 + γ_s) over the measured targets. */
    int RADAR = 1;
    /** Number of samples per realization. */
    int SAMPLES = 2;

    /**
     * @param p the network point
     * @param seed the run's seed
     * @param point the point's index in its sweep
     * @param realization the realization's index
     * @param samples receives {@link #SAMPLES} values; NaN where the realization measured nothing
     */
    void simulate(NetworkParameters p, long seed, long point, long realization, double[] samples);
}
