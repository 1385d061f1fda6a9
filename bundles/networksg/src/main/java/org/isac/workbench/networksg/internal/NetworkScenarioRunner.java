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
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.plotting.Figure;
import org.isac.workbench.plotting.Series;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.isac.workbench.registry.IsacProvider;

/**
 * Runs the network paper's figure scenarios ({@code "kind": "network-sg"}): a quantity swept over one model key
 * ({@code x}), one curve per value of another ({@code series}), each point simulated with its confidence
 * interval. Points outside the model (for example K·L_c + J·(L_s − 1) &gt; M) are gaps with the reason in
 * the CSV. Writes {@code NAME.csv} point by point, then PNG, SVG and a provenance file.
 */
@Component(service = ScenarioRunner.class)
@IsacProvider(concern = ScenarioRunner.CONCERN, name = NetworkScenarioRunner.KIND,
        description = "network ISAC paper, Figs. 4-12")
public final class NetworkScenarioRunner implements ScenarioRunner {

    static final String KIND = "network-sg";
    /** Quantities a scenario may plot; total-ase is A_c + A_s. */
    static final List<String> QUANTITIES = List.of("comm-rate", "radar-rate", "comm-ase", "sensing-ase", "total-ase");
    /** Analytic quantities a scenario may draw as lines, with their legend. */
    static final Map<String, String> THEORY_LABELS = Map.of("comm-rate", "Theorem 1", "comm-rate-misr", "Theorem 2",
            "radar-rate", "Prop. 3 / Theorem 3", "radar-rate-nohole", "hole ignored", "radar-rate-exact",
            "exact with hole (H1)", "comm-ase", "communication ASE, Theorem 1", "sensing-ase",
            "sensing ASE, Prop. 3 / Theorem 3", "total-ase", "total ASE, theory");
    /** Legend names of the simulated quantities. */
    private static final Map<String, String> QUANTITY_NAMES = Map.of("comm-rate", "data rate", "radar-rate",
            "radar rate", "comm-ase", "communication ASE", "sensing-ase", "sensing ASE", "total-ase", "total ASE");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** ASE is plotted per km²: bit/s/Hz/m² × 1e6. */
    private static final double PER_KM2 = 1e6;

    private final ComponentRegistry registry;

    @Activate
    public NetworkScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean accepts(Path scenario) {
        return JsonFields.isScenarioOfKind(scenario, KIND);
    }

    /** A parsed scenario. */
    private record Scenario(String title, List<String> quantities, List<String> theory, boolean logX,
            NetworkArguments base, String xKey, List<String> xValues,
            String seriesKey, List<String> seriesValues, String mode, long realizations, double target, long seed,
            int threads) {
    }

    private static Scenario parse(JsonNode json) {
        JsonFields in = new JsonFields(json, "");
        in.text("kind", null, KIND);
        String title = in.text("title", "");
        in.text("description", "");
        List<String> quantities = quantities(in.raw("quantity"));
        List<String> theory = theory(in.raw("theory"), quantities.get(0).endsWith("ase"));
        boolean logX = in.text("xAxis", "linear", "linear", "log").equals("log");
        JsonFields base = in.object("base");
        List<String> tokens = new ArrayList<>();
        for (String key : NetworkArguments.MODEL_DEFAULTS.keySet()) {
            if (json.path("base").has(key)) {
                tokens.add(key + "=" + base.raw(key).asText());
            }
        }
        base.rejectUnknown();
        JsonFields x = in.object("x");
        String xKey = x.text("key", null, NetworkArguments.MODEL_DEFAULTS.keySet().toArray(String[]::new));
        List<String> xValues = values(json.path("x"), "x");
        x.numbers("values", -1e30, 1e30);
        x.rejectUnknown();
        String seriesKey = "";
        List<String> seriesValues = List.of("");
        if (json.has("series")) {
            JsonFields series = in.object("series");
            seriesKey = series.text("key", null, NetworkArguments.MODEL_DEFAULTS.keySet().toArray(String[]::new));
            seriesValues = values(json.path("series"), "series");
            series.numbers("values", -1e30, 1e30);
            series.rejectUnknown();
        }
        String mode = in.text("mode", "physical", "physical", "gamma", "none");
        long realizations = in.longInteger("realizations", mode.equals("gamma") ? 100_000 : 400);
        double target = in.number("targetHalfWidth", 0, JsonFields.UNBOUNDED, 0);
        long seed = in.longInteger("seed", 1);
        int threads = (int) in.longInteger("threads", Runtime.getRuntime().availableProcessors());
        in.rejectUnknown();
        return new Scenario(title, quantities, theory, logX, NetworkArguments.parse(tokens, Map.of()), xKey, xValues, seriesKey,
                seriesValues, mode, realizations, target, seed, threads);
    }

    /** One quantity or an array of them, all of the same kind (rates, or ASEs) so that they share an axis. */
    private static List<String> quantities(JsonNode node) {
        List<String> quantities = new ArrayList<>();
        if (node.isArray()) {
            node.elements().forEachRemaining(q -> quantities.add(q.asText()));
        } else if (node.isTextual()) {
            quantities.add(node.asText());
        }
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("quantity: missing; one of, or an array of: " + String.join(", ", QUANTITIES));
        }
        for (String q : quantities) {
            if (!QUANTITIES.contains(q)) {
                throw new IllegalArgumentException("quantity: must be one of " + String.join(", ", QUANTITIES)
                        + ", got '" + q + "'");
            }
            if (q.endsWith("ase") != quantities.get(0).endsWith("ase")) {
                throw new IllegalArgumentException("quantity: rates and ASEs cannot share a chart");
            }
        }
        return quantities;
    }

    /** Analytic curves (lines) by {@code isac:sg} quantity; they must share the axis of the simulated ones. */
    private static List<String> theory(JsonNode node, boolean ase) {
        List<String> theory = new ArrayList<>();
        node.elements().forEachRemaining(q -> theory.add(q.asText()));
        for (String q : theory) {
            if (!THEORY_LABELS.containsKey(q)) {
                throw new IllegalArgumentException("theory: must list quantities among " + String.join(", ",
                        THEORY_LABELS.keySet()) + ", got '" + q + "'");
            }
            if (q.endsWith("ase") != ase) {
                throw new IllegalArgumentException("theory: '" + q + "' does not share the axis of the quantity");
            }
        }
        return theory;
    }

    private static List<String> values(JsonNode node, String path) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = node.path("values").elements(); it.hasNext();) {
            values.add(it.next().asText());
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(path + ".values: must be a non-empty array of numbers");
        }
        return values;
    }

    @Override
    public List<Path> run(Path file, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Scenario s = parse(JSON.readTree(file.toFile()));
        Files.createDirectories(results);
        NetworkSimulator simulator = s.mode().equals("none") ? null
                : registry.named(NetworkSimulator.CONCERN, s.mode(), NetworkSimulator.class);
        List<String> quantities = s.quantities();
        double scale = quantities.get(0).endsWith("ase") ? PER_KM2 : 1;
        int points = s.xValues().size();
        int curves = s.seriesValues().size();
        double[] xs = s.xValues().stream().mapToDouble(Double::parseDouble).toArray();
        // [quantity][curve][point]: mean and the 95 % interval, NaN where the point is outside the model
        double[][][] mean = nan(quantities.size(), curves, points);
        double[][][] low = nan(quantities.size(), curves, points);
        double[][][] high = nan(quantities.size(), curves, points);
        // the analytic lines first: they are fast, so a live chart shows them at once and the markers fill in
        List<Series> theorySeries = new ArrayList<>();
        Path theoryCsv = s.theory().isEmpty() ? null
                : theory(s, xs, scale, theorySeries, results.resolve(name + "-theory.csv"));
        boolean simulated = simulator != null;
        listener.figure(figure(s, xs, theorySeries, mean, low, high, simulated));
        // progress in realizations (the cap of each point when it may stop early), reported within points too:
        // a physical point can take minutes
        long realizations = s.realizations();
        long total = (long) points * curves * realizations;
        long done = 0;
        long startNanos = System.nanoTime();
        Path csv = results.resolve(name + ".csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println(s.xKey() + "," + (s.seriesKey().isEmpty() ? "series" : s.seriesKey()) + ",quantity,mean,stderr,"
                    + "ci95_lo,ci95_hi,realizations,mode,note");
            for (int c = 0; c < curves && simulator != null && !cancelled.getAsBoolean(); c++) {
                for (int k = 0; k < points && !cancelled.getAsBoolean(); k++) {
                    NetworkArguments a = s.base().with(s.xKey(), s.xValues().get(k));
                    if (!s.seriesKey().isEmpty()) {
                        a = a.with(s.seriesKey(), s.seriesValues().get(c));
                    }
                    Map<String, Estimate> estimates = null;
                    String note = "";
                    long before = done;
                    ProgressListener withinPoint = (d, t, perSecond) -> listener.progress(before + d, total,
                            (before + d) / Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9));
                    try {
                        estimates = simulator.simulate(a.parameters(), new RunSettings(s.seed(), (long) c * points + k,
                                s.realizations(), s.target(), s.threads()), withinPoint, cancelled);
                    } catch (IllegalArgumentException outsideTheModel) {
                        note = outsideTheModel.getMessage().replace(',', ';');
                    }
                    for (int q = 0; q < quantities.size(); q++) {
                        Estimate e = estimates == null ? new Estimate(Double.NaN, Double.NaN, 0)
                                : pick(estimates, quantities.get(q));
                        if (estimates != null) {
                            mean[q][c][k] = e.mean() * scale;
                            low[q][c][k] = e.ci95Low() * scale;
                            high[q][c][k] = e.ci95High() * scale;
                        }
                        out.printf(Locale.ROOT, "%s,%s,%s,%.10g,%.6g,%.10g,%.10g,%d,%s,%s%n", s.xValues().get(k),
                                s.seriesValues().get(c), quantities.get(q), e.mean(), e.standardError(), e.ci95Low(),
                                e.ci95High(), e.count(), s.mode(), note);
                    }
                    out.flush();
                    done += realizations;
                    double seconds = (System.nanoTime() - startNanos) / 1e9;
                    listener.progress(done, total, seconds > 0 ? done / seconds : 0);
                    listener.figure(figure(s, xs, theorySeries, mean, low, high, simulated));
                }
            }
        }
        List<Path> written = new ArrayList<>(List.of(csv));
        if (theoryCsv != null) {
            written.add(theoryCsv);
        }
        Figure figure = figure(s, xs, theorySeries, mean, low, high, simulated);
        written.addAll(registry.active(ChartService.CONCERN, ChartService.class).exportAll(figure, results, name, 800,
                560, ChartService.Format.PNG, ChartService.Format.SVG));
        written.add(new Provenance(file, cancelled.getAsBoolean()).with("mode", s.mode()).with("seed", s.seed())
                .providers(registry, List.of(NetworkSimulator.CONCERN, "point-process", "fading", "beamformer", "chart"))
                .write(results.resolve(name + ".provenance.json")));
        return written;
    }

    /**
     * The figure as far as it is computed: the analytic lines, then a marker series per quantity and curve
     * (copies of the arrays, which the run goes on filling).
     */
    private static Figure figure(Scenario s, double[] xs, List<Series> theory, double[][][] mean, double[][][] low,
            double[][][] high, boolean simulated) {
        List<String> quantities = s.quantities();
        List<Series> series = new ArrayList<>(theory);
        for (int q = 0; q < quantities.size() && simulated; q++) {
            for (int c = 0; c < s.seriesValues().size(); c++) {
                String label = (s.seriesKey().isEmpty() ? "" : s.seriesKey() + " = " + s.seriesValues().get(c) + ", ")
                        + (quantities.size() > 1 ? QUANTITY_NAMES.get(quantities.get(q)) + ", " : "")
                        + "simulation (95% CI)";
                // the same colour as the first analytic line of this curve, when there is one
                String group = (s.theory().isEmpty() ? quantities.get(q) : s.theory().get(0)) + "/" + s.seriesValues().get(c);
                series.add(new Series(label, xs, mean[q][c].clone(), low[q][c].clone(), high[q][c].clone()).inGroup(
                        s.theory().contains(quantities.get(q)) ? quantities.get(q) + "/" + s.seriesValues().get(c) : group));
            }
        }
        return new Figure(s.title(), s.xKey(), axisLabel(quantities), s.logX(), false, series);
    }

    /** Evaluates the analytic curves with the active model, adds them as lines and writes their CSV. */
    private Path theory(Scenario s, double[] xs, double scale, List<Series> series, Path csv) throws IOException {
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println(s.xKey() + "," + (s.seriesKey().isEmpty() ? "series" : s.seriesKey())
                    + ",quantity,value,error_estimate,note");
            for (String quantity : s.theory()) {
                for (String seriesValue : s.seriesValues()) {
                    double[] y = new double[xs.length];
                    for (int k = 0; k < xs.length; k++) {
                        NetworkArguments a = s.base().with(s.xKey(), s.xValues().get(k));
                        if (!s.seriesKey().isEmpty()) {
                            a = a.with(s.seriesKey(), seriesValue);
                        }
                        Evaluation e = new Evaluation(Double.NaN, Double.NaN);
                        String note = "";
                        try {
                            e = AnalyticsCommand.evaluate(model, quantity, a.parameters());
                        } catch (IllegalArgumentException outsideTheModel) {
                            note = outsideTheModel.getMessage().replace(',', ';');
                        }
                        y[k] = e.value() * scale;
                        out.printf(Locale.ROOT, "%s,%s,%s,%.12g,%.3g,%s%n", s.xValues().get(k), seriesValue, quantity,
                                e.value(), e.errorEstimate(), note);
                    }
                    series.add(Series.line((s.seriesKey().isEmpty() ? "" : s.seriesKey() + " = " + seriesValue + ", ")
                            + THEORY_LABELS.get(quantity), xs, y).inGroup(quantity + "/" + seriesValue));
                }
            }
        }
        return csv;
    }

    private static String axisLabel(List<String> quantities) {
        if (quantities.size() > 1) {
            return quantities.get(0).endsWith("ase") ? "ASE [bit/s/Hz/km^2]" : "rate [bit/s/Hz]";
        }
        return switch (quantities.get(0)) {
            case "comm-rate" -> "average data rate R_c [bit/s/Hz]";
            case "radar-rate" -> "radar information rate R_s [bit/s/Hz]";
            case "comm-ase" -> "communication ASE [bit/s/Hz/km^2]";
            case "sensing-ase" -> "sensing ASE [bit/s/Hz/km^2]";
            default -> "total ASE A_c + A_s [bit/s/Hz/km^2]";
        };
    }

    private static double[][][] nan(int a, int b, int c) {
        double[][][] v = new double[a][b][c];
        for (double[][] plane : v) {
            for (double[] row : plane) {
                java.util.Arrays.fill(row, Double.NaN);
            }
        }
        return v;
    }

    /** The estimate of a quantity; total-ase sums the two ASEs, its standard error as if independent. */
    static Estimate pick(Map<String, Estimate> estimates, String quantity) {
        if (!quantity.equals("total-ase")) {
            return estimates.get(quantity);
        }
        Estimate c = estimates.get("comm-ase");
        Estimate s = estimates.get("sensing-ase");
        return new Estimate(c.mean() + s.mean(), Math.hypot(c.standardError(), s.standardError()),
                Math.min(c.count(), s.count()));
    }
}
