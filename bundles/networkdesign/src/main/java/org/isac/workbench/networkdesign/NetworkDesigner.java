package org.isac.workbench.networkdesign;

import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.annotation.versioning.ProviderType;

/** Searches the network design space with an analytic model (concern {@value #CONCERN}). */
@ProviderType
public interface NetworkDesigner {

    /** The concern this service serves in the registry. */
    String CONCERN = "network-designer";

    /**
     * @param model the analytic model that rates each design
     * @param request the network and the bounds of the design variables
     * @return the region: corners, Pareto boundary and its concave envelope
     */
    ScRegion region(NetworkIsacModel model, RegionRequest request);

    /**
     * Problem (P1): the design maximising ρ·A_s + (1 − ρ)·A_c; for several ρ, search the {@link #region} once
     * and ask it ({@link ScRegion#weightedOptimum}).
     *
     * @param model the analytic model
     * @param request the network and the bounds
     * @param rho the sensing weight in [0, 1]
     * @return the best design on the region's boundary
     */
    RegionPoint weightedOptimum(NetworkIsacModel model, RegionRequest request, double rho);
}
