package org.isac.workbench.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.geometry.PointProcess;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.Measurement;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The physical simulator ({@link PhysicalNetworkRealization}): explicit PPP, users and targets, channels,
 * nulling requests and precoders, with the point process, fading model and beamformer active in the
 * registry when the run starts.
 */
// the active providers are looked up in the registry per run; the requirements tell the resolver they are needed
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.geometry.PointProcess)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.channel.model.ChannelModel)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.channel.PathLoss)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.beamforming.Beamformer)")
@IsacConsumer(name = "network-simulator physical", concerns = {"point-process", "channel-model", "fading",
    "pathloss", "beamformer"})
@Component(configurationPid = PhysicalNetworkSimulator.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PhysicalNetworkSimulator.Config.class)
@IsacProvider(concern = NetworkSimulator.CONCERN, name = "physical",
        description = "physical Monte Carlo: explicit PPP, channels, nulling requests and precoders")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class PhysicalNetworkSimulator implements NetworkSimulator {

    static final String PID = "org.isac.workbench.network_simulator.physical";

    /** The simulation window. */
    @ObjectClassDefinition(name = "Physical network simulator", description = "window of the PPP simulation")
    public @interface Config {
        /** @return mean number of BSs in the window */
        @AttributeDefinition(name = "BSs in the window", description = "mean number of BSs of the window", min = "50")
        double meanBaseStations() default 400;

        /** @return the measured fraction of the window radius */
        @AttributeDefinition(name = "Measured radius fraction", description = "users and targets are measured when "
                + "their BS lies within this fraction of the window radius (edge effects)", min = "0.1", max = "0.9")
        double measuredRadiusFraction() default 0.5;
    }

    private final ComponentRegistry registry;
    private volatile Config config;

    @Activate
    public PhysicalNetworkSimulator(@Reference ComponentRegistry registry, Config config) {
        this.registry = registry;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        if (!(config.meanBaseStations() >= 50)) {
            throw new IllegalArgumentException("meanBaseStations = " + config.meanBaseStations() + ": must be >= 50");
        }
        if (!(config.measuredRadiusFraction() >= 0.1 && config.measuredRadiusFraction() <= 0.9)) {
            throw new IllegalArgumentException("measuredRadiusFraction = " + config.measuredRadiusFraction()
                    + ": must be in [0.1, 0.9]");
        }
        this.config = config;
    }

    @Override
    public List<String> concernsUsed() {
        // the default channel model draws the active fading model's coefficients
        boolean fromFading = registry.activeInfo(ChannelModel.CONCERN).map(p -> p.name().equals("iid")).orElse(false);
        List<String> used = new ArrayList<>(List.of(PointProcess.CONCERN, ChannelModel.CONCERN, PathLoss.CONCERN,
                Beamformer.CONCERN));
        if (fromFading) {
            used.add(Fading.CONCERN);
        }
        return used;
    }

    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            RunProgress listener, BooleanSupplier cancelled) {
        return simulate(parameters, settings, Measurement.all(), listener, cancelled);
    }

    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            Set<Measurement> measured, RunProgress listener, BooleanSupplier cancelled) {
        return simulate(parameters, settings, measured, BlockPlan.LOCAL, listener, cancelled);
    }

    @Override
    public int blockSize() {
        return MonteCarloRunner.PHYSICAL_BLOCK;
    }

    @Override
    public Map<String, Estimate> simulate(NetworkParameters parameters, RunSettings settings,
            Set<Measurement> measured, BlockPlan plan, RunProgress listener, BooleanSupplier cancelled) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("a run must measure something: communication, sensing or both");
        }
        // the providers are bound once per run: a swap during the run takes effect at the next one
        PointProcess pointProcess = registry.active(PointProcess.CONCERN, PointProcess.class);
        ChannelModel channel = registry.active(ChannelModel.CONCERN, ChannelModel.class).forRun();
        PathLoss pathLoss = registry.active(PathLoss.CONCERN, PathLoss.class);
        Beamformer beamformer = registry.active(Beamformer.CONCERN, Beamformer.class);
        Config window = config;
        return MonteCarloRunner.run(() -> new PhysicalNetworkRealization(pointProcess, channel, pathLoss, beamformer,
                window.meanBaseStations(), window.measuredRadiusFraction(), measured), parameters, settings, blockSize(), plan,
                listener, cancelled);
    }
}
