package org.isac.workbench.networksg.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.networkdesign.NetworkDesigner;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:region key=value ...}: the S–C ASE region of the network paper as CSV: the Pareto boundary of
 * the designs, its concave envelope, the two corner points and the time-sharing line between them.
 */
@IsacConsumer(name = "isac:region", concerns = {"network-designer", "sg-model"})
@Component(service = RegionCommand.class)
@GogoCommand(scope = "isac", function = "region")
public final class RegionCommand {

    private final ComponentRegistry registry;

    @Activate
    public RegionCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("S-C ASE region as CSV (curve,K,J,Lc,Ls,commRate,radarRate,commAse,sensingAse); keys M Nr alpha "
            + "beta cs lambda Jmax LcMin LsMin")
    public String region(@Descriptor("key=value ...") String... arguments) throws IOException {
        RegionRequest request = RegionTable.request(NetworkArguments.parse(List.of(arguments),
                RegionTable.REGION_DEFAULTS));
        ScRegion region;
        // the search polls the thread's interrupt
        try (Cancellation cancellation = Cancellation.openInterrupting();
                ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:region")) {
            region = registry.active(NetworkDesigner.CONCERN, NetworkDesigner.class)
                    .region(registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class), request);
        }
        StringWriter csv = new StringWriter();
        try (CsvTable table = CsvTable.to(csv, RegionTable.COLUMNS.toArray(CsvTable.Column[]::new))) {
            RegionTable.write(table, List.of(), RegionTable.rows(region));
        }
        return csv.toString().stripTrailing();
    }
}
