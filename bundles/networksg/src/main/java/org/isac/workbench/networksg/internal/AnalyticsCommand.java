package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:sg QUANTITY key=value ...}: an analytic quantity of the network paper with the active model;
 * prints the value (first line, {@code %.17g}) and its error estimate (second line).
 */
@Component(service = AnalyticsCommand.class, property = {"osgi.command.scope=isac", "osgi.command.function=sg"})
public final class AnalyticsCommand {

    /** The quantities, in the order of the README. */
    static final List<String> QUANTITIES = List.of("comm-rate", "comm-rate-misr", "comm-ase", "radar-rate",
            "radar-rate-nohole", "radar-rate-exact", "sensing-ase", "optimal-users");

    private final ComponentRegistry registry;

    @Activate
    public AnalyticsCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("analytic value and its error estimate: comm-rate (Thm 1), comm-rate-misr (Thm 2), comm-ase, "
            + "radar-rate (Prop 3 / Thm 3), radar-rate-nohole, radar-rate-exact (H1), sensing-ase, optimal-users "
            + "(Lemma 2); keys M Nr K J Lc Ls alpha beta cs lambda, and clutter clutterRcs rangeCell (Remark 1, Ls = 1)")
    public String sg(@Descriptor("quantity") String quantity, @Descriptor("key=value ...") String... arguments) {
        if (!QUANTITIES.contains(quantity)) {
            throw new IllegalArgumentException("unknown quantity '" + quantity + "'; known: " + String.join(", ", QUANTITIES));
        }
        NetworkParameters p = NetworkArguments.parse(List.of(arguments), Map.of()).parameters();
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        if (quantity.equals("optimal-users")) {
            return Integer.toString(model.optimalUsers(p)) + "\n0";
        }
        Evaluation e = evaluate(model, quantity, p);
        return String.format(Locale.ROOT, "%.17g%n%.3g", e.value(), e.errorEstimate());
    }

    /** One analytic quantity by name (also total-ase = comm-ase + sensing-ase, for the scenarios). */
    static Evaluation evaluate(NetworkIsacModel model, String quantity, NetworkParameters p) {
        return switch (quantity) {
            case "comm-rate" -> model.commRate(p);
            case "comm-rate-misr" -> model.commRateMisr(p);
            case "comm-ase" -> model.commAse(p);
            case "radar-rate" -> model.radarRate(p);
            case "radar-rate-nohole" -> model.radarRateNoHole(p);
            case "radar-rate-exact" -> model.radarRateExact(p);
            case "sensing-ase" -> model.sensingAse(p);
            case "total-ase" -> {
                Evaluation c = model.commAse(p);
                Evaluation s = model.sensingAse(p);
                yield new Evaluation(c.value() + s.value(), c.errorEstimate() + s.errorEstimate());
            }
            default -> throw new IllegalArgumentException("unknown analytic quantity '" + quantity + "'");
        };
    }
}
