package org.isac.workbench.networksg.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import java.util.concurrent.CancellationException;
import org.isac.workbench.experiment.BlockSpread;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.Clusters;
import org.isac.workbench.experiment.RunIdentity;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.numerics.montecarlo.BlockStore;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.osgi.framework.BundleContext;
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
            "threads", Integer.toString(Runtime.getRuntime().availableProcessors()), "target", "0", "cluster", "false");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ComponentRegistry registry;
    private final BundleContext context;

    @Activate
    public SimulateCommand(@Reference ComponentRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
    }

    @Descriptor("simulate one network point: comm-rate, radar-rate, comm-ase or sensing-ase; keys M Nr K J Lc Ls "
            + "alpha beta cs lambda, and mode=active|physical|gamma|<simulator> realizations seed threads target (95% half-width)")
    public String simulate(@Descriptor("quantity") String quantity, @Descriptor("key=value ...") String... arguments)
            throws InterruptedException {
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
        BlockSpread cluster = switch (a.text("cluster")) {
            case "true" -> Clusters.await(context);
            case "false" -> null;
            default -> throw new IllegalArgumentException("cluster: must be true or false, got '" + a.text("cluster")
                    + "'");
        };
        Map<String, Estimate> estimates;
        boolean cancelled;
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, quantity)) {
            if (cluster == null) {
                estimates = simulator.simulate(parameters, settings, Quantity.measurements(List.of(q)),
                        progress::progress, cancellation);
            } else {
                // the members run the point as the one-point scenario it is: point 0, the same blocks as here
                String name = mode.equals("active") ? registry.activeInfo(NetworkSimulator.CONCERN)
                        .map(ProviderInfo::name).orElseThrow() : mode;
                RunIdentity run = RunIdentity.of("isac-simulate.json", scenario(q, a, name, settings), registry);
                try (BlockSpread.Session session = cluster.start(run, BlockStore.NONE)) {
                    estimates = simulator.simulate(parameters, settings, Quantity.measurements(List.of(q)),
                            session.plan(), progress::progress, cancellation);
                }
            }
            cancelled = cancellation.getAsBoolean();
        } catch (java.io.IOException offer) {
            throw new IllegalStateException("cluster: the run could not be offered: " + offer.getMessage(), offer);
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

    /** @return the network-sg scenario of one point: this quantity, these model keys, this simulator and run */
    private static String scenario(Quantity q, NetworkArguments a, String simulator, RunSettings settings) {
        ObjectNode root = JSON.createObjectNode().put("kind", NetworkScenarioRunner.KIND).put("quantity", q.key);
        ObjectNode base = root.putObject("base");
        for (String key : NetworkArguments.MODEL_DEFAULTS.keySet()) {
            base.set(key, value(a.text(key)));
        }
        ObjectNode x = root.putObject("x").put("key", "M");
        x.putArray("values").add(value(a.text("M")));
        root.put("mode", simulator).put("realizations", settings.realizations()).put("seed", settings.seed())
                .put("targetHalfWidth", settings.targetHalfWidth());
        return root.toString();
    }

    /** @return a number as a JSON number (exactly the text's value), a word (such as J=max) as a string */
    private static JsonNode value(String text) {
        try {
            Double.parseDouble(text);
            return JSON.readTree(text);
        } catch (NumberFormatException | JsonProcessingException word) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
