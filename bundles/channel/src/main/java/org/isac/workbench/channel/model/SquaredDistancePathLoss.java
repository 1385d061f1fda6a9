package org.isac.workbench.channel.model;

import org.isac.workbench.channel.PathLoss;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A path-loss law that also gives its gain from the squared distance, which the network simulators compute
 * (sparing a square root and, for the common exponent 4, a power).
 */
@ProviderType
public interface SquaredDistancePathLoss extends PathLoss {

    /**
     * @param distanceSquared d² in m², &ge; 0
     * @param exponent path-loss exponent, &gt; 0
     * @return the linear power gain, as {@link #gain} of the square root
     */
    double gainSquared(double distanceSquared, double exponent);

    /**
     * @param law any path-loss law
     * @param distanceSquared d² in m²
     * @param exponent path-loss exponent
     * @return the law's gain at that distance, from the squared distance when the law takes it
     */
    static double gainSquared(PathLoss law, double distanceSquared, double exponent) {
        return law instanceof SquaredDistancePathLoss squared ? squared.gainSquared(distanceSquared, exponent)
                : law.gain(Math.sqrt(distanceSquared), exponent);
    }
}
