package org.isac.workbench.simulation.internal;

import java.util.Map;
import java.util.function.BooleanSupplier;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.service.component.annotations.Component;

/** The equivalent-gain simulator ({@link GammaNetworkRealization}): fast, and exact for the analysis' model. */
@Component
@IsacProvider(concern = NetworkSimulator.CONCERN, name = "gamma",
        description = "equivalent-gain Monte Carlo: Gamma-distributed effective gains under the average load")
public final class GammaNetworkSimulator implements NetworkSimulator {

    @Override
    public long defaultRealizations() {
        return 100_000;
    }

    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            RunProgress listener, BooleanSupplier cancelled) {
        return MonteCarloRunner.run(GammaNetworkRealization::new, parameters, settings, listener, cancelled);
    }
}
