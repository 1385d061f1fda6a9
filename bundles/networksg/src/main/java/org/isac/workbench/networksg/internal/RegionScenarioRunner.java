package org.isac.workbench.networksg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.optimizer.network.NetworkDesigner;
import org.isac.workbench.optimizer.network.RegionPoint;
import org.isac.workbench.optimizer.network.ScRegion;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.plotting.Figure;
import org.isac.workbench.plotting.Series;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The region figures of the network paper ({@code "kind": "network-sg-region"}): for each curve (a variation
 * of the base network, e.g. another M or link-quality bounds) the S–C boundary with the time-sharing line
 * between its corners, in the rate plane (Fig. 9) or the ASE plane (Figs. 10, 11); or the weighted-sum
 * optimum against ρ (Fig. 12).
 */
@Component(service = ScenarioRunner.class)
@IsacProvider(concern = ScenarioRunner.CONCERN, name = RegionScenarioRunner.KIND,
        description = "network ISAC paper, S-C region figures 9-12")
public final class RegionScenarioRunner implements ScenarioRunner {

    static final String KIND = "network-sg-region";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double PER_KM2 = 1e6;

    private final ComponentRegistry registry;

    @Activate
    public RegionScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean accepts(Path scenario) {
        return JsonFields.isScenarioOfKind(scenario, KIND);
    }

    @Override
    public List<Path> run(Path file, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode json = JSON.readTree(file.toFile());
        JsonFields in = new JsonFields(json, "");
        in.text("kind", null, KIND);
        String title = in.text("title", "");
        in.text("description", "");
        String plot = in.text("plot", "ase", "ase", "rate", "weighted");
        List<String> base = tokens(in.raw("base"));
        List<List<String>> curves = new ArrayList<>();
        for (Iterator<JsonNode> it = in.raw("curves").elements(); it.hasNext();) {
            curves.add(tokens(it.next()));
        }
        if (curves.isEmpty()) {
            curves.add(List.of());
        }
        double[] rhos = plot.equals("weighted") ? in.numbers("rho", 0, 1) : new double[0];
        Files.createDirectories(results);
        BoundarySimulation simulation = in.raw("simulation").isMissingNode() || plot.equals("weighted") ? null
                : BoundarySimulation.parse(in.object("simulation"), registry, results.resolve(name + "-simulation.csv"));
        in.rejectUnknown();
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        NetworkDesigner designer = registry.active(NetworkDesigner.CONCERN, NetworkDesigner.class);
        List<Series> series = new ArrayList<>();
        Path csv = results.resolve(name + ".csv");
        Path gainsCsv = results.resolve(name + "-gains.csv");
        long start = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8));
                PrintWriter gains = new PrintWriter(Files.newBufferedWriter(gainsCsv, StandardCharsets.UTF_8))) {
            gains.println("variant,compared,at_equal,largest_gain_percent,K,J,Lc,Ls");
            out.println("variant," + RegionCommand.HEADER + (plot.equals("weighted") ? ",rho" : ""));
            for (int c = 0; c < curves.size() && !cancelled.getAsBoolean(); c++) {
                List<String> tokens = new ArrayList<>(base);
                tokens.addAll(curves.get(c));
                String label = curves.get(c).isEmpty() ? "" : String.join(", ", curves.get(c));
                var request = RegionCommand.request(NetworkArguments.parse(tokens, RegionCommand.REGION_DEFAULTS));
                if (plot.equals("weighted")) {
                    weighted(model, designer, request, rhos, label, out, series);
                } else {
                    ScRegion region = designer.region(model, request);
                    for (String line : RegionCommand.csv(region).split("\n")) {
                        if (!line.startsWith("curve,")) {
                            out.println(label.replace(',', ';') + "," + line);
                        }
                    }
                    boolean ase = plot.equals("ase");
                    List<RegionPoint> designs = ase ? region.envelope() : region.rateFront();
                    addRegion(ase, region, designs, label, series);
                    writeGains(region, label, gains);
                    if (simulation != null) {
                        simulation.run(request, designs, c, label, ase, series, cancelled);
                    }
                }
                out.flush();
                listener.figure(figure(plot, title, series));
                double seconds = (System.nanoTime() - start) / 1e9;
                listener.progress(c + 1, curves.size(), seconds > 0 ? (c + 1) / seconds : 0);
            }
        }
        Figure figure = figure(plot, title, series);
        List<Path> written = new ArrayList<>(List.of(csv));
        if (plot.equals("weighted")) {
            Files.delete(gainsCsv);
        } else {
            written.add(gainsCsv);
        }
        if (simulation != null) {
            written.add(simulation.close());
        }
        written.addAll(registry.active(ChartService.CONCERN, ChartService.class).exportAll(figure, results, name, 800,
                560, ChartService.Format.PNG, ChartService.Format.SVG));
        written.add(new Provenance(file, cancelled.getAsBoolean()).providers(registry,
                List.of(NetworkIsacModel.CONCERN, NetworkDesigner.CONCERN, "chart"))
                .write(results.resolve(name + ".provenance.json")));
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
    private static void writeGains(ScRegion region, String label, PrintWriter gains) {
        gain(gains, label, "radar rate", "data rate", TimeSharingGain.largest(region.rateFront(), region.commCorner(),
                region.senseCorner(), RegionPoint::commRate, RegionPoint::radarRate));
        gain(gains, label, "communication ASE", "sensing ASE", TimeSharingGain.largest(region.envelope(),
                region.commCorner(), region.senseCorner(), RegionPoint::sensingAse, RegionPoint::commAse));
        gain(gains, label, "sensing ASE", "communication ASE", TimeSharingGain.largest(region.envelope(),
                region.commCorner(), region.senseCorner(), RegionPoint::commAse, RegionPoint::sensingAse));
    }

    private static void gain(PrintWriter gains, String label, String compared, String atEqual, TimeSharingGain g) {
        RegionPoint p = g.at();
        gains.printf(Locale.ROOT, "%s,%s,%s,%.2f,%d,%d,%d,%d%n", label.replace(',', ';'), compared, atEqual,
                100 * g.gain(), p.users(), p.targets(), p.commCluster(), p.senseCluster());
    }

    /** Fig. 12: the (P1) optimum's A_s, A_c and ρA_s + (1 − ρ)A_c against ρ. */
    private static void weighted(NetworkIsacModel model, NetworkDesigner designer,
            org.isac.workbench.optimizer.network.RegionRequest request, double[] rhos, String label, PrintWriter out,
            List<Series> series) {
        double[] sensing = new double[rhos.length];
        double[] comm = new double[rhos.length];
        double[] sum = new double[rhos.length];
        ScRegion region = designer.region(model, request);
        for (int k = 0; k < rhos.length; k++) {
            RegionPoint p = region.weightedOptimum(rhos[k]);
            sensing[k] = p.sensingAse() * PER_KM2;
            comm[k] = p.commAse() * PER_KM2;
            sum[k] = rhos[k] * sensing[k] + (1 - rhos[k]) * comm[k];
            out.printf(Locale.ROOT, "%s,optimum,%d,%d,%d,%d,%.10g,%.10g,%.10g,%.10g,%s%n", label.replace(',', ';'),
                    p.users(), p.targets(), p.commCluster(), p.senseCluster(), p.commRate(), p.radarRate(), p.commAse(),
                    p.sensingAse(), rhos[k]);
        }
        series.add(Series.line(prefix(label) + "sensing ASE", rhos, sensing));
        series.add(Series.line(prefix(label) + "communication ASE", rhos, comm));
        series.add(Series.line(prefix(label) + "weighted sum", rhos, sum));
    }

    static String prefix(String label) {
        return label.isEmpty() ? "" : label + ": ";
    }

    /** {@code {"M": 16, "LcMin": 2}} as {@code M=16 LcMin=2} tokens. */
    private static List<String> tokens(JsonNode object) {
        List<String> tokens = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            tokens.add(field.getKey() + "=" + field.getValue().asText());
        }
        return tokens;
    }
}
