package org.isac.workbench.networksg.internal;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.ProgressCounter;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.experiment.Series;
import org.isac.workbench.networkdesign.NetworkDesigner;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The region figures of the network paper ({@code "kind": "network-sg-region"}): for each curve (a variation
 * of the base network, e.g. another M or link-quality bounds) the S–C boundary with the time-sharing line
 * between its corners, in the rate plane (Fig. 9) or the ASE plane (Figs. 10, 11); or the weighted-sum
 * optimum against ρ (Fig. 12).
 */
// the design search and the analytic model are looked up in the registry per run
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.networkdesign.NetworkDesigner)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.sganalytics.NetworkIsacModel)")
@IsacConsumer(name = "isac:run network-sg-region", concerns = {"sg-model", "network-designer", "network-simulator", "chart"})
@Component(service = ScenarioRunner.class)
@IsacProvider(concern = ScenarioRunner.CONCERN, name = RegionScenarioRunner.KIND,
        description = "network ISAC paper, S-C region figures 9-12")
public final class RegionScenarioRunner implements ScenarioRunner {

    static final String KIND = "network-sg-region";
    private static final double PER_KM2 = 1e6;

    private final ComponentRegistry registry;

    @Activate
    public RegionScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Path> run(ScenarioFile file, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        String name = file.name();
        JsonFields in = file.fields();
        String title = in.text("title", "");
        in.text("description", "");
        String plot = in.text("plot", "ase", "ase", "rate", "weighted");
        Map<String, String> base = in.optionalObject("base").scalarMembers(NetworkArguments.WORDS);
        List<Map<String, String>> curves = new ArrayList<>();
        for (JsonFields curve : in.objects("curves")) {
            curves.add(curve.scalarMembers(NetworkArguments.WORDS));
        }
        if (curves.isEmpty()) {
            curves.add(Map.of());
        }
        boolean weighted = plot.equals("weighted");
        double[] rhos = weighted ? in.numbers("rho", 0, 1) : new double[0];
        BoundarySimulation simulation = !in.has("simulation") || weighted ? null
                : BoundarySimulation.parse(in.object("simulation"), registry);
        in.rejectUnknown();
        // every curve's network is checked before anything is written; a curve's keys override the base's
        List<RegionRequest> requests = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Map<String, String> curve : curves) {
            Map<String, String> keys = new LinkedHashMap<>(base);
            keys.putAll(curve);
            labels.add(String.join(", ", tokens(curve)));
            try {
                requests.add(RegionTable.request(NetworkArguments.parse(tokens(keys), RegionTable.REGION_DEFAULTS)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((curves.size() > 1 ? "curves[" + requests.size() + "]: " : "")
                        + e.getMessage(), e);
            }
        }
        Files.createDirectories(results);
        Provenance.Unfinished run = Provenance.started(file.path(), results, name, curves.size());
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        NetworkDesigner designer = registry.active(NetworkDesigner.CONCERN, NetworkDesigner.class);
        List<Series> series = new ArrayList<>();
        Path csv = results.resolve(name + ".csv");
        Path gainsCsv = results.resolve(name + "-gains.csv");
        List<CsvTable.Column> columns = new ArrayList<>(List.of(text("variant")));
        columns.addAll(RegionTable.COLUMNS);
        if (weighted) {
            columns.add(text("rho"));
        }
        ProgressCounter progress = new ProgressCounter(listener, curves.size());
        try (CsvTable out = CsvTable.create(csv, columns.toArray(CsvTable.Column[]::new));
                CsvTable gains = weighted ? null : CsvTable.create(gainsCsv, text("variant"), text("compared"),
                        text("at_equal"), number("largest_gain_percent", "%.2f"), text("K"), text("J"), text("Lc"),
                        text("Ls"));
                CsvTable simulated = simulation == null ? null
                        : simulation.start(results.resolve(name + "-simulation.csv"))) {
            for (int c = 0; c < curves.size() && !cancelled.getAsBoolean(); c++) {
                String label = labels.get(c);
                RegionRequest request = requests.get(c);
                ScRegion region = designer.region(model, request);
                if (weighted) {
                    weighted(region, rhos, label, out, series);
                } else {
                    RegionTable.write(out, List.of(label), RegionTable.rows(region));
                    boolean ase = plot.equals("ase");
                    List<RegionPoint> designs = ase ? region.envelope() : region.rateFront();
                    addRegion(ase, region, designs, label, series);
                    writeGains(region, label, gains);
                    if (simulation != null) {
                        simulation.run(request, designs, c, label, ase, series, cancelled);
                    }
                }
                listener.figure(figure(plot, title, series));
                progress.advance(1);
                run.finished(c + 1);
            }
        }
        Figure figure = figure(plot, title, series);
        List<Path> written = new ArrayList<>(List.of(csv));
        if (!weighted) {
            written.add(gainsCsv);
        }
        if (simulation != null) {
            written.add(simulation.path());
        }
        written.addAll(ChartService.exportRunFigure(registry, figure, results, name));
        Provenance provenance = new Provenance(file.path(), cancelled.getAsBoolean()).providers(registry,
                List.of(NetworkIsacModel.CONCERN, NetworkDesigner.CONCERN, ChartService.CONCERN));
        if (simulation != null) {
            simulation.record(provenance, registry);
        }
        written.add(provenance.write(results.resolve(name + ".provenance.json")));
        return written;
    }

    private static Figure figure(String plot, String title, List<Series> series) {
        return switch (plot) {
            case "rate" -> new Figure(title, "average data rate R_c [bit/s/Hz]", "radar information rate R_s [bit/s/Hz]",
                    false, false, series);
            case "ase" -> new Figure(title, "communication ASE [bit/s/Hz/km^2]", "sensing ASE [bit/s/Hz/km^2]", false,
                    false, series);
            default -> new Figure(title, "sensing weight rho", "ASE [bit/s/Hz/km^2]", false, false, series);
        };
    }

    /**
     * The boundary and the time-sharing line between the corners, in either plane.
     *
     * @param designs the boundary's designs to draw: the concave envelope in the ASE plane, its rate front in the
     *        rate plane
     */
    private static void addRegion(boolean ase, ScRegion region, List<RegionPoint> designs, String label,
            List<Series> series) {
        ToDoubleFunction<RegionPoint> x = ase ? p -> p.commAse() * PER_KM2 : RegionPoint::commRate;
        ToDoubleFunction<RegionPoint> y = ase ? p -> p.sensingAse() * PER_KM2 : RegionPoint::radarRate;
        series.add(Series.line(prefix(label) + "proposed (boundary)",
                designs.stream().mapToDouble(x).toArray(), designs.stream().mapToDouble(y).toArray()));
        series.add(Series.line(prefix(label) + "time sharing",
                new double[] {x.applyAsDouble(region.commCorner()), x.applyAsDouble(region.senseCorner())},
                new double[] {y.applyAsDouble(region.commCorner()), y.applyAsDouble(region.senseCorner())}));
    }

    /** The paper's gains over time sharing (§8, Figs. 9 and 10) along this boundary. */
    private static void writeGains(ScRegion region, String label, CsvTable gains) throws IOException {
        gain(gains, label, "radar rate", "data rate", TimeSharingGain.largest(region.rateFront(), region.commCorner(),
                region.senseCorner(), RegionPoint::commRate, RegionPoint::radarRate));
        gain(gains, label, "communication ASE", "sensing ASE", TimeSharingGain.largest(region.envelope(),
                region.commCorner(), region.senseCorner(), RegionPoint::sensingAse, RegionPoint::commAse));
        gain(gains, label, "sensing ASE", "communication ASE", TimeSharingGain.largest(region.envelope(),
                region.commCorner(), region.senseCorner(), RegionPoint::commAse, RegionPoint::sensingAse));
    }

    private static void gain(CsvTable gains, String label, String compared, String atEqual, TimeSharingGain g)
            throws IOException {
        RegionPoint p = g.at();
        gains.row(label, compared, atEqual, 100 * g.gain(), p.users(), p.targets(), p.commCluster(), p.senseCluster());
    }

    /** Fig. 12: the (P1) optimum's A_s, A_c and ρA_s + (1 − ρ)A_c against ρ, from one region search. */
    private static void weighted(ScRegion region, double[] rhos, String label, CsvTable out, List<Series> series)
            throws IOException {
        double[] sensing = new double[rhos.length];
        double[] comm = new double[rhos.length];
        double[] sum = new double[rhos.length];
        for (int k = 0; k < rhos.length; k++) {
            RegionPoint p = region.weightedOptimum(rhos[k]);
            sensing[k] = p.sensingAse() * PER_KM2;
            comm[k] = p.commAse() * PER_KM2;
            sum[k] = rhos[k] * sensing[k] + (1 - rhos[k]) * comm[k];
            List<Object> row = new ArrayList<>(List.of(label));
            row.addAll(List.of(RegionTable.row("optimum", p)));
            row.add(rhos[k]);
            out.row(row.toArray());
        }
        series.add(Series.line(prefix(label) + "sensing ASE", rhos, sensing));
        series.add(Series.line(prefix(label) + "communication ASE", rhos, comm));
        series.add(Series.line(prefix(label) + "weighted sum", rhos, sum));
    }

    static String prefix(String label) {
        return label.isEmpty() ? "" : label + ": ";
    }

    /** {@code {"M": 16, "LcMin": 2}} as {@code M=16 LcMin=2} tokens. */
    private static List<String> tokens(Map<String, String> keys) {
        List<String> tokens = new ArrayList<>();
        keys.forEach((key, value) -> tokens.add(key + "=" + value));
        return tokens;
    }
}
