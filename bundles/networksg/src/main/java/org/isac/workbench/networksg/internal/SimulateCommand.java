package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.ProgressLines;
import org.isac.workbench.numerics.stat.Estimate;
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
@Component(service = SimulateCommand.class)
@GogoCommand(scope = "isac", function = "simulate")
public final class SimulateCommand {

    /** Keys of the run and their defaults ({@code realizations=auto}: 400 physical, 100 000 gamma). */
    static final Map<String, String> RUN_DEFAULTS = Map.of("mode", "physical", "realizations", "auto", "seed", "1",
            "threads", Integer.toString(Runtime.getRuntime().availableProcessors()), "target", "0");

    private final ComponentRegistry registry;

    @Activate
    public SimulateCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("simulate one network point: comm-rate, radar-rate, comm-ase or sensing-ase; keys M Nr K J Lc Ls "
            + "alpha beta cs lambda, and mode=physical|gamma realizations seed threads target (95% half-width)")
    public String simulate(@Descriptor("quantity") String quantity, @Descriptor("key=value ...") String... arguments) {
        Quantity q = Quantity.find(quantity, Quantity.SIMULATED).orElseThrow(() -> new IllegalArgumentException(
                "unknown quantity '" + quantity + "'; known: " + Quantity.keys(Quantity.SIMULATED)));
        NetworkArguments a = NetworkArguments.parse(List.of(arguments), RUN_DEFAULTS);
        NetworkParameters parameters = a.parameters();
        String mode = a.text("mode");
        if (!mode.equals("physical") && !mode.equals("gamma")) {
            throw new IllegalArgumentException("mode must be physical or gamma, got '" + mode + "'");
        }
        long realizations = a.text("realizations").equals("auto") ? (mode.equals("gamma") ? 100_000 : 400)
                : a.longInteger("realizations");
        if (realizations < 1 || realizations > 100_000_000L) {
            throw new IllegalArgumentException("realizations must be in [1, 100000000], got " + realizations);
        }
        RunSettings settings = new RunSettings(a.longInteger("seed"), 0, realizations, a.number("target"),
                a.integer("threads"));
        NetworkSimulator simulator = registry.named(NetworkSimulator.CONCERN, mode, NetworkSimulator.class);
        Map<String, Estimate> estimates = simulator.simulate(parameters, settings, ProgressLines.to(System.err, quantity, 2000)::progress,
                () -> Thread.currentThread().isInterrupted());
        Estimate e = q.estimate(estimates);
        return String.format(Locale.ROOT, "%s,%.10g,%.6g,%.10g,%.10g,%d", quantity, e.mean(), e.standardError(),
                e.ci95Low(), e.ci95High(), e.count());
    }
}
