package org.isac.workbench.geometry;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;

/** A stationary point process of base stations (concern {@value #CONCERN}). */
@ProviderType
public interface PointProcess {

    /** The concern this service serves in the registry. */
    String CONCERN = "point-process";

    /**
     * Draws one realization in a window.
     *
     * @param random the stream
     * @param window the window
     * @param density intensity in points per square metre, finite and &ge; 0
     * @return the points
     */
    Points sample(RandomGenerator random, Window window, double density);
}
