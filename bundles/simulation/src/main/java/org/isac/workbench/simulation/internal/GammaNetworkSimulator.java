package org.isac.workbench.simulation.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.simulation.Measurement;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The equivalent-gain simulator ({@link GammaNetworkRealization}): fast, and exact for the analysis' model, which
 * it draws whatever the providers: it refuses to run when the active channel model is not i.i.d. Rayleigh or the
 * path loss is not the single-slope law, rather than simulate another network than the one selected.
 */
@Component
@IsacProvider(concern = NetworkSimulator.CONCERN, name = "gamma",
        description = "equivalent-gain Monte Carlo: Gamma-distributed effective gains under the average load")
public final class GammaNetworkSimulator implements NetworkSimulator {

    private final ComponentRegistry registry;

    @Activate
    public GammaNetworkSimulator(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    private String active(String concern) {
        return registry.activeInfo(concern).map(p -> "'" + p.name() + "'").orElse("(none)");
    }

    @Override
    public long defaultRealizations() {
        return 100_000;
    }

    @Override
    public int blockSize() {
        return MonteCarloRunner.GAMMA_BLOCK;
    }

    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            RunProgress listener, BooleanSupplier cancelled) {
        return simulate(parameters, settings, Measurement.all(), BlockPlan.LOCAL, listener, cancelled);
    }

    /** Measures both quantities whatever is asked: their SIRs share one stream, so skipping one would change the other. */
    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            Set<Measurement> measured, BlockPlan plan, RunProgress listener, BooleanSupplier cancelled) {
        ChannelModel channel = registry.active(ChannelModel.CONCERN, ChannelModel.class).forRun();
        if (!channel.iidRayleigh()) {
            throw new IllegalStateException("the gamma simulator draws the analysis' laws (i.i.d. Rayleigh channels); "
                    + "the active channel model " + active(ChannelModel.CONCERN) + " (fading " + active(Fading.CONCERN)
                    + ") is not i.i.d. Rayleigh: use the physical simulator");
        }
        if (!registry.activeInfo(PathLoss.CONCERN).map(p -> p.name().equals("single-slope")).orElse(false)) {
            throw new IllegalStateException("the gamma simulator draws the analysis' laws (single-slope path loss); "
                    + "the active path loss " + active(PathLoss.CONCERN) + " is another: use the physical simulator");
        }
        return MonteCarloRunner.run(GammaNetworkRealization::new, parameters, settings, blockSize(), plan, listener,
                cancelled);
    }
}
