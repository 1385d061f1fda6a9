package org.isac.workbench.networkdesign.internal;

import org.isac.workbench.networkdesign.NetworkDesigner;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** The paper's design search ({@link RegionSearch}): exhaustive over the integer designs, DoF-constrained. */
@Component
@IsacProvider(concern = NetworkDesigner.CONCERN, name = "dof-search",
        description = "S-C ASE region by search over K, J, Lc, Ls under the DoF budget")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class RegionDesigner implements NetworkDesigner {

    @Override
    public ScRegion region(NetworkIsacModel model, RegionRequest request) {
        return new RegionSearch(model, request).region();
    }

    @Override
    public RegionPoint weightedOptimum(NetworkIsacModel model, RegionRequest request, double rho) {
        return new RegionSearch(model, request).region().weightedOptimum(rho);
    }
}
