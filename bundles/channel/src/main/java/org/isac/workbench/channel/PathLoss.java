package org.isac.workbench.channel;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A large-scale path-loss law (concern {@value #CONCERN}). The exponent is a parameter of the scenario
 * (the network model uses one for communication links and another for the two-way sensing path); the
 * provider defines the shape of the law.
 */
@ProviderType
public interface PathLoss {

    /** The concern this service serves in the registry. */
    String CONCERN = "pathloss";

    /**
     * @param distance link distance in metres, &ge; 0
     * @param exponent path-loss exponent, &gt; 0
     * @return the linear power gain of the link, in (0, 1] for the laws of this workbench
     */
    double gain(double distance, double exponent);
}
