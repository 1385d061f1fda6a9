package org.isac.workbench.channel.model;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.PathLoss;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A small-scale channel model with antennas and geometry (concern {@value #CONCERN}): the complex channel
 * matrix of a link between two arrays, without path loss (the {@link PathLoss} provider's part).
 *
 * <h2>How the simulators call a channel model</h2>
 * <ul>
 * <li>When a run starts the simulator calls {@link #forRun()} once and uses the returned model for the whole
 * run (a model that depends on other providers, like the i.i.d. adapter on the active {@link Fading}, binds
 * them there).</li>
 * <li>For the downlink channel of user u from BS b it calls {@link #sample} with the link from b's position to
 * u's, the BS array {@code ArrayGeometry.ula(M)} and a single-antenna receiver: the 1 × M row h_{b,u}.</li>
 * <li>For the sensing channel from BS b to the receive array of BS i it calls {@link #sample} with the link from
 * b to i, {@code ula(M)} and {@code ula(N_r)}: the N_r × M matrix G_{b→i}, row n for receive antenna n.</li>
 * <li>The random stream is the link's own, derived from (seed, sweep point, realization) and the link's identity,
 * so a channel comes back identical when it is drawn again; a model must draw every random number of a link from
 * that stream, and only from it.</li>
 * <li>The simulators multiply by the path-loss gain of the active {@code pathloss} provider; the model's entries
 * have unit mean power, E|H_nm|² = 1.</li>
 * </ul>
 * A model that is i.i.d. CN(0, 1) whatever the link says so ({@link #iidRayleigh()}): the equivalent-gain
 * simulator and the analytic model assume it, and refuse or withdraw otherwise.
 */
@ProviderType
public interface ChannelModel {

    /** The concern this service serves in the registry. */
    String CONCERN = "channel-model";

    /**
     * Draws the channel matrix of a link.
     *
     * @param link the link: positions and arrays
     * @param random the link's random stream
     * @param re receives the real parts, row-major: entry (n, m) at {@code offset + n·M + m} for receive element
     *        n and transmit element m
     * @param im receives the imaginary parts, likewise
     * @param offset where the matrix starts
     */
    void sample(Link link, RandomGenerator random, double[] re, double[] im, int offset);

    /** @return whether every entry is i.i.d. CN(0, 1) whatever the link (what the analysis assumes) */
    default boolean iidRayleigh() {
        return false;
    }

    /**
     * @return the model a run uses from its start to its end; this one unless it binds other providers
     */
    default ChannelModel forRun() {
        return this;
    }

    /**
     * The adapter of a scalar {@link Fading} model: i.i.d. coefficients for every antenna pair, drawn in one call
     * of {@link Fading#sampleCoefficients} per link (entries row-major), so plugins written for {@code Fading} keep
     * working unchanged.
     *
     * @param fading the fading model
     * @param rayleigh whether it is Rayleigh, h ~ CN(0, 1)
     * @return the channel model
     */
    static ChannelModel iid(Fading fading, boolean rayleigh) {
        return new ChannelModel() {
            @Override
            public void sample(Link link, RandomGenerator random, double[] re, double[] im, int offset) {
                fading.sampleCoefficients(random, re, im, offset,
                        link.receiver().elements() * link.transmitter().elements());
            }

            @Override
            public boolean iidRayleigh() {
                return rayleigh;
            }
        };
    }
}
