package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.isac.workbench.optimizer.network.NetworkDesigner;
import org.isac.workbench.optimizer.network.RegionPoint;
import org.isac.workbench.optimizer.network.RegionRequest;
import org.isac.workbench.optimizer.network.ScRegion;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:region key=value ...}: the S–C ASE region of the network paper as CSV: the Pareto boundary of
 * the designs, its concave envelope, the two corner points and the time-sharing line between them.
 */
@Component(service = RegionCommand.class, property = {"osgi.command.scope=isac", "osgi.command.function=region"})
public final class RegionCommand {

    /** The header of the CSV. */
    static final String HEADER = "curve,K,J,Lc,Ls,commRate,radarRate,commAse,sensingAse";
    /** Keys of the request beyond the model's, with defaults (Jmax = Nr when not given). */
    static final Map<String, String> REGION_DEFAULTS = Map.of("Jmax", "auto", "LcMin", "1", "LsMin", "1");

    private final ComponentRegistry registry;

    @Activate
    public RegionCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("S-C ASE region as CSV (" + HEADER + "); keys M Nr alpha beta cs lambda Jmax LcMin LsMin")
    public String region(@Descriptor("key=value ...") String... arguments) {
        RegionRequest request = request(NetworkArguments.parse(List.of(arguments), REGION_DEFAULTS));
        ScRegion region = registry.active(NetworkDesigner.CONCERN, NetworkDesigner.class)
                .region(registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class), request);
        return csv(region);
    }

    static RegionRequest request(NetworkArguments a) {
        int receive = a.integer("Nr");
        int maxTargets = a.text("Jmax").equals("auto") ? receive : a.integer("Jmax");
        return new RegionRequest(a.integer("M"), receive, maxTargets, a.number("alpha"), a.number("beta"),
                a.number("cs"), a.number("lambda"), a.integer("LcMin"), a.integer("LsMin"));
    }

    static String csv(ScRegion region) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        region.boundary().forEach(p -> row(out, "boundary", p));
        region.envelope().forEach(p -> row(out, "envelope", p));
        region.rateFront().forEach(p -> row(out, "rate-front", p));
        row(out, "corner-comm", region.commCorner());
        row(out, "corner-sense", region.senseCorner());
        RegionPoint c = region.commCorner();
        RegionPoint s = region.senseCorner();
        for (int i = 0; i <= 10; i++) {
            double theta = i / 10.0;
            out.append(String.format(Locale.ROOT, "time-sharing,,,,,%.10g,%.10g,%.10g,%.10g%n",
                    theta * c.commRate() + (1 - theta) * s.commRate(), theta * c.radarRate() + (1 - theta) * s.radarRate(),
                    theta * c.commAse() + (1 - theta) * s.commAse(), theta * c.sensingAse() + (1 - theta) * s.sensingAse()));
        }
        return out.toString().stripTrailing();
    }

    private static void row(StringBuilder out, String curve, RegionPoint p) {
        out.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%.10g,%.10g,%.10g,%.10g%n", curve, p.users(), p.targets(),
                p.commCluster(), p.senseCluster(), p.commRate(), p.radarRate(), p.commAse(), p.sensingAse()));
    }
}
