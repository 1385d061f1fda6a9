package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import java.util.concurrent.CancellationException;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:simulate QUANTITY key=value ...}: one point of the network Monte Carlo; prints
 * {@code quantity,mean,stderr,ci95_lo,ci95_hi,realizations}.
 */
@IsacConsumer(name = "isac:simulate", concerns = {"network-simulator"})
@Component(service = SimulateCommand.class)
@GogoCommand(scope = "isac", function = "simulate")
public final class SimulateCommand {

    /**
     * Keys of the run and their defaults: {@code mode=active} runs the active network-simulator provider,
     * {@code realizations=auto} that simulator's default count (400 physical, 100 000 gamma).
     */
    static final Map<String, String> RUN_DEFAULTS = Map.of("mode", "active", "realizations", "auto", "seed", "1",
            "threads", Integer.toString(Runtime.getRuntime().availableProcessors()), "target", "0");

    private final ComponentRegistry registry;

    @Activate
    public SimulateCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("simulate one network point: comm-rate, radar-rate, comm-ase or sensing-ase; keys M Nr K J Lc Ls "
            + "alpha beta cs lambda, and mode=active|physical|gamma|<simulator> realizations seed threads target (95% half-width)")
    public String simulate(@Descriptor("quantity") String quantity, @Descriptor("key=value ...") String... arguments) {
        Quantity q = Quantity.find(quantity, Quantity.SIMULATED).orElseThrow(() -> new IllegalArgumentException(
                "unknown quantity '" + quantity + "'; known: " + Quantity.keys(Quantity.SIMULATED)));
        NetworkArguments a = NetworkArguments.parse(List.of(arguments), RUN_DEFAULTS);
        NetworkParameters parameters = a.parameters();
        q.requireApplicable(parameters);
        String mode = a.text("mode");
        NetworkSimulator simulator;
        if (mode.equals("active")) {
            simulator = registry.active(NetworkSimulator.CONCERN, NetworkSimulator.class);
        } else {
            try {
                simulator = registry.named(NetworkSimulator.CONCERN, mode, NetworkSimulator.class);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("mode must be a network-simulator provider's name or 'active': "
                        + unknown.getMessage(), unknown);
            }
        }
        long realizations = a.text("realizations").equals("auto") ? simulator.defaultRealizations()
                : a.longInteger("realizations");
        double target = a.number("target");
        if (!(target >= 0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("target must be >= 0 (the 95 % half-width to stop at; 0 runs all), got "
                    + target);
        }
        RunSettings settings = new RunSettings(a.longInteger("seed"), 0, realizations, target, a.integer("threads"));
        Map<String, Estimate> estimates;
        boolean cancelled;
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, quantity)) {
            estimates = simulator.simulate(parameters, settings, Quantity.measurements(List.of(q)), progress::progress,
                    cancellation);
            cancelled = cancellation.getAsBoolean();
        }
        Estimate e = q.estimate(estimates);
        if (cancelled) {
            throw new CancellationException(String.format(Locale.ROOT, "cancelled after %d of %d realizations%s",
                    e.count(), realizations, e.count() > 1 ? String.format(Locale.ROOT, " (so far %s,%.10g,%.6g)",
                    quantity, e.mean(), e.standardError()) : ""));
        }
        if (!Double.isFinite(e.mean())) {
            throw new IllegalArgumentException(quantity + ": the simulator gave " + e.mean() + " at " + String.join(" ",
                    arguments) + " (" + e.count() + " realizations): the point is outside its numeric range");
        }
        return String.format(Locale.ROOT, "%s,%.10g,%.6g,%.10g,%.10g,%d", quantity, e.mean(), e.standardError(),
                e.ci95Low(), e.ci95High(), e.count());
    }
}
