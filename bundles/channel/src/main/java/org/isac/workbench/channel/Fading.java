package org.isac.workbench.channel;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A small-scale fading model of unit mean power (concern {@value #CONCERN}): coefficients h with
 * E|h|² = 1, independent across calls and positions.
 */
@ProviderType
public interface Fading {

    /** The concern this service serves in the registry. */
    String CONCERN = "fading";

    /**
     * Fills complex channel coefficients.
     *
     * @param random the stream
     * @param re real parts, written at {@code offset..offset+count-1}
     * @param im imaginary parts, same positions
     * @param offset first position
     * @param count how many
     */
    void sampleCoefficients(RandomGenerator random, double[] re, double[] im, int offset, int count);

    /**
     * Fills power gains |h|², distributed as the squared magnitude of {@link #sampleCoefficients}.
     *
     * @param random the stream
     * @param gains written at {@code offset..offset+count-1}
     * @param offset first position
     * @param count how many
     */
    void samplePowerGains(RandomGenerator random, double[] gains, int offset, int count);

    /** @return E[|h|⁴], the second moment of the power gain (its mean is 1); for checks and analytics */
    double powerGainSecondMoment();
}
