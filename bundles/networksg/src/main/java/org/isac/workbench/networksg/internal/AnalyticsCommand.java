package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.registry.IsacConsumer;
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
@IsacConsumer(name = "isac:sg", concerns = {"sg-model"})
@Component(service = AnalyticsCommand.class)
@GogoCommand(scope = "isac", function = "sg")
public final class AnalyticsCommand {

    private final ComponentRegistry registry;

    @Activate
    public AnalyticsCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("analytic value and its error estimate: comm-rate (Thm 1), comm-rate-misr (Thm 2), comm-ase, "
            + "radar-rate (Prop 3 / Thm 3), radar-rate-nohole, radar-rate-exact (H1), sensing-ase, optimal-users "
            + "(Lemma 2); keys M Nr K J Lc Ls alpha beta cs lambda, and clutter clutterRcs rangeCell (Remark 1, Ls = 1)")
    public String sg(@Descriptor("quantity") String quantity, @Descriptor("key=value ...") String... arguments) {
        Quantity q = Quantity.find(quantity, Quantity.ANALYTIC).orElseThrow(() -> new IllegalArgumentException(
                "unknown quantity '" + quantity + "'; known: " + Quantity.keys(Quantity.ANALYTIC)));
        NetworkParameters p = NetworkArguments.parse(List.of(arguments), Map.of()).parameters();
        q.requireApplicable(p);
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        if (q == Quantity.OPTIMAL_USERS) {
            return Integer.toString(model.optimalUsers(p)) + "\n0";
        }
        Evaluation e;
        try (ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:sg " + quantity)) {
            e = q.evaluate(model, p);
        }
        if (!Double.isFinite(e.value())) {
            throw new IllegalArgumentException(quantity + ": the model gave " + e.value() + " at " + String.join(" ",
                    arguments) + ": the point is outside its numeric range");
        }
        return String.format(Locale.ROOT, "%.17g%n%.3g", e.value(), e.errorEstimate());
    }
}
