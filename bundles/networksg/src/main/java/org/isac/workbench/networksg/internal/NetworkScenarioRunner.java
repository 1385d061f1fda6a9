package org.isac.workbench.networksg.internal;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.experiment.Curves;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.ProgressCounter;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.Measurement;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunSettings;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the network paper's figure scenarios ({@code "kind": "network-sg"}): a quantity swept over one model key
 * ({@code x}), one curve per value of another ({@code series}), each point simulated with its confidence
 * interval. Points outside the model (for example K·L_c + J·(L_s − 1) &gt; M) are gaps with the reason in
 * the CSV. Writes {@code NAME.csv} point by point, then PNG, SVG and a provenance file.
 */
// the simulator and the analytic model are looked up in the registry per run
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.simulation.NetworkSimulator)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.sganalytics.NetworkIsacModel)")
@IsacConsumer(name = "isac:run network-sg", concerns = {"network-simulator", "sg-model", "chart"})
@Component(service = ScenarioRunner.class)
@IsacProvider(concern = ScenarioRunner.CONCERN, name = NetworkScenarioRunner.KIND,
        description = "network ISAC paper, Figs. 4-12")
public final class NetworkScenarioRunner implements ScenarioRunner {

    static final String KIND = "network-sg";
    /** Largest realization count a scenario may ask for per point. */
    /** Largest worker thread count a scenario may ask for. */
    /** The {@code mode} that draws the analytic lines only. */
    private static final String THEORY_ONLY = "none";
    /** ASE is plotted per km²: bit/s/Hz/m² × 1e6. */
    private static final double PER_KM2 = 1e6;

    private final ComponentRegistry registry;

    @Activate
    public NetworkScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    /** A parsed scenario. */
    private record Scenario(String title, List<Quantity> quantities, List<Quantity> theory, boolean logX,
            NetworkArguments base, String xKey, List<String> xValues,
            String seriesKey, List<String> seriesValues, String mode, long realizations, double target, long seed,
            int threads) {

        String seriesColumn() {
            return seriesKey.isEmpty() ? "series" : seriesKey;
        }

        /** The network point of curve c at abscissa k. */
        NetworkArguments at(int c, int k) {
            NetworkArguments a = base.with(xKey, xValues.get(k));
            return seriesKey.isEmpty() ? a : a.with(seriesKey, seriesValues.get(c));
        }

        /** The legend prefix of curve c, e.g. {@code K = 4, }. */
        String curveLabel(int c) {
            return seriesKey.isEmpty() ? "" : seriesKey + " = " + seriesValues.get(c) + ", ";
        }
    }

    private static Scenario parse(JsonFields in) {
        String title = in.text("title", "");
        in.text("description", "");
        List<Quantity> quantities = quantities(in.texts("quantity"));
        List<Quantity> theory = theory(in.texts("theory"), quantities.get(0).isAse());
        boolean logX = in.text("xAxis", "linear", "linear", "log").equals("log");
        JsonFields base = in.object("base");
        List<String> tokens = new ArrayList<>();
        for (String key : NetworkArguments.MODEL_DEFAULTS.keySet()) {
            if (base.has(key)) {
                tokens.add(key + "=" + base.scalarText(key, NetworkArguments.WORDS));
            }
        }
        base.rejectUnknown();
        String[] keys = NetworkArguments.MODEL_DEFAULTS.keySet().toArray(String[]::new);
        JsonFields x = in.object("x");
        String xKey = x.text("key", null, keys);
        x.numbers("values", -1e30, 1e30);
        List<String> xValues = x.scalarTexts("values");
        x.rejectUnknown();
        String seriesKey = "";
        List<String> seriesValues = List.of("");
        if (in.has("series")) {
            JsonFields series = in.object("series");
            seriesKey = series.text("key", null, keys);
            series.numbers("values", -1e30, 1e30);
            seriesValues = series.scalarTexts("values");
            series.rejectUnknown();
        }
        // the simulator: empty for the active network-simulator provider, "none" for theory only, else a name
        String mode = in.text("mode", "");
        long realizations = in.longInteger("realizations", 0);
        if (in.has("realizations") && (realizations < 1 || realizations > RunSettings.MAX_REALIZATIONS)) {
            throw new IllegalArgumentException("realizations: must be in [1, " + RunSettings.MAX_REALIZATIONS + "], got "
                    + realizations);
        }
        double target = in.number("targetHalfWidth", 0, JsonFields.UNBOUNDED, 0);
        long seed = in.longInteger("seed", 1);
        long threads = in.longInteger("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > RunSettings.MAX_THREADS) {
            throw new IllegalArgumentException("threads: must be in [1, " + RunSettings.MAX_THREADS + "], got "
                    + threads);
        }
        in.rejectUnknown();
        return new Scenario(title, quantities, theory, logX, NetworkArguments.parse(tokens, Map.of()), xKey, xValues,
                seriesKey, seriesValues, mode, realizations, target, seed, (int) threads);
    }

    /** One quantity or an array of them, all of the same kind (rates, or ASEs) so that they share an axis. */
    private static List<Quantity> quantities(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("quantity: missing; one of, or an array of: "
                    + Quantity.keys(Quantity.PLOTTED));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (String key : keys) {
            Quantity q = Quantity.of(key, Quantity.PLOTTED, "quantity");
            if (q.isAse() != Quantity.of(keys.get(0), Quantity.PLOTTED, "quantity").isAse()) {
                throw new IllegalArgumentException("quantity: rates and ASEs cannot share a chart");
            }
            quantities.add(q);
        }
        return quantities;
    }

    /** Analytic curves (lines) by {@code isac:sg} quantity; they must share the axis of the simulated ones. */
    private static List<Quantity> theory(List<String> keys, boolean ase) {
        List<Quantity> theory = new ArrayList<>();
        for (String key : keys) {
            Quantity q = Quantity.of(key, Quantity.THEORY, "theory");
            if (q.isAse() != ase) {
                throw new IllegalArgumentException("theory: '" + key + "' does not share the axis of the quantity");
            }
            theory.add(q);
        }
        return theory;
    }

    @Override
    public List<Path> run(ScenarioFile file, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        return run(file, results, BlockPlan.LOCAL, listener, cancelled);
    }

    @Override
    public boolean runsInBlocks() {
        return true;
    }

    @Override
    public List<Path> run(ScenarioFile file, Path results, BlockPlan plan, ProgressListener listener,
            BooleanSupplier cancelled) throws IOException {
        String name = file.name();
        Scenario s = parse(file.fields());
        String simulatorName = simulatorName(s.mode());
        NetworkSimulator simulator = simulatorName.equals(THEORY_ONLY) ? null : simulator(simulatorName);
        Files.createDirectories(results);
        long realizations = s.realizations() > 0 || simulator == null ? s.realizations()
                : simulator.defaultRealizations();
        Provenance.Unfinished run = Provenance.started(file.path(), results, name,
                simulator == null ? 0 : (long) s.xValues().size() * s.seriesValues().size());
        List<Quantity> quantities = s.quantities();
        Set<Measurement> measured = Quantity.measurements(quantities);
        double scale = quantities.get(0).isAse() ? PER_KM2 : 1;
        int points = s.xValues().size();
        int curves = s.seriesValues().size();
        Curves figure = new Curves(s.xValues().stream().mapToDouble(Double::parseDouble).toArray());
        // the analytic lines first: they are fast, so a live chart shows them at once and the markers fill in
        NetworkIsacModel model = registry.active(NetworkIsacModel.CONCERN, NetworkIsacModel.class);
        String inapplicable = inapplicable(model);
        Path theoryCsv = s.theory().isEmpty() ? null
                : theory(s, scale, figure, model, inapplicable, results.resolve(name + "-theory.csv"));
        // [quantity][curve]: the marker series, NaN where the point is outside the model or not yet run
        int[][] markers = new int[quantities.size()][curves];
        for (int q = 0; q < quantities.size() && simulator != null; q++) {
            for (int c = 0; c < curves; c++) {
                String label = s.curveLabel(c) + (quantities.size() > 1 ? quantities.get(q).simulatedLegend + ", " : "")
                        + "simulation (95% CI)";
                // the colour of this quantity's analytic line of the curve, else of the first analytic line
                Quantity line = s.theory().contains(quantities.get(q)) || s.theory().isEmpty() ? quantities.get(q)
                        : s.theory().get(0);
                markers[q][c] = figure.markers(label, line + "/" + s.seriesValues().get(c));
            }
        }
        listener.figure(figure(s, figure));
        // progress in realizations (the cap of each point when it may stop early), reported within points too:
        // a physical point can take minutes
        ProgressCounter progress = new ProgressCounter(listener, (long) points * curves * realizations);
        Path csv = results.resolve(name + ".csv");
        try (CsvTable out = CsvTable.create(csv, text(s.xKey()), text(s.seriesColumn()), text("quantity"),
                number("mean", "%.10g"), number("stderr", "%.6g"), number("ci95_lo", "%.10g"),
                number("ci95_hi", "%.10g"), text("realizations"), text("mode"), text("note"))) {
            for (int c = 0; c < curves && simulator != null && !cancelled.getAsBoolean(); c++) {
                for (int k = 0; k < points && !cancelled.getAsBoolean(); k++) {
                    Map<String, Estimate> estimates = null;
                    String note = "";
                    try {
                        NetworkParameters p = s.at(c, k).parameters();
                        for (Quantity q : quantities) {
                            q.requireApplicable(p);
                        }
                        estimates = simulator.simulate(p, new RunSettings(s.seed(),
                                (long) c * points + k, realizations, s.target(), s.threads()), measured, plan,
                                (done, total, perSecond) -> progress.within(done), cancelled);
                    } catch (IllegalArgumentException outsideTheModel) {
                        note = outsideTheModel.getMessage();
                    }
                    if (cancelled.getAsBoolean()) {
                        break; // a point cut short is not a finished point: no row, not counted
                    }
                    for (int q = 0; q < quantities.size(); q++) {
                        Estimate e = estimates == null ? new Estimate(Double.NaN, Double.NaN, 0)
                                : quantities.get(q).estimate(estimates);
                        if (estimates != null) {
                            figure.set(markers[q][c], k, e.mean() * scale, e.ci95Low() * scale, e.ci95High() * scale);
                        }
                        out.row(s.xValues().get(k), s.seriesValues().get(c), quantities.get(q), e.mean(),
                                e.standardError(), e.ci95Low(), e.ci95High(), e.count(), simulatorName, note);
                    }
                    progress.advance(realizations);
                    run.finished((long) c * points + k + 1);
                    listener.figure(figure(s, figure));
                }
            }
        }
        List<Path> written = new ArrayList<>(List.of(csv));
        if (theoryCsv != null) {
            written.add(theoryCsv);
        }
        written.addAll(ChartService.exportRunFigure(registry, figure(s, figure), results, name));
        // exactly the providers that ran: the simulator and what it used, the model behind the lines, the charts
        Provenance provenance = new Provenance(file.path(), cancelled.getAsBoolean()).with("mode", simulatorName)
                .with("seed", s.seed()).with("realizations", realizations);
        if (simulator != null) {
            provenance.provider(registry, NetworkSimulator.CONCERN, simulatorName)
                    .providers(registry, simulator.concernsUsed());
        }
        if (!s.theory().isEmpty()) {
            provenance.providers(registry, List.of(NetworkIsacModel.CONCERN)).with("theory",
                    inapplicable.isEmpty() ? "applicable: the active providers are those the model assumes"
                            : inapplicable);
        }
        written.add(provenance.providers(registry, List.of(ChartService.CONCERN))
                .write(results.resolve(name + ".provenance.json")));
        return written;
    }

    /** The simulator a scenario's {@code mode} names: the active one when it names none. */
    private String simulatorName(String mode) {
        if (!mode.isEmpty()) {
            return mode;
        }
        return registry.activeInfo(NetworkSimulator.CONCERN).map(ProviderInfo::name).orElseThrow(
                () -> new IllegalArgumentException("mode: no network-simulator is installed; use \"mode\": \""
                        + THEORY_ONLY + "\" for the analytic lines only"));
    }

    private NetworkSimulator simulator(String name) {
        try {
            return registry.named(NetworkSimulator.CONCERN, name, NetworkSimulator.class);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("mode: " + unknown.getMessage() + ", or " + THEORY_ONLY, unknown);
        }
    }

    private static Figure figure(Scenario s, Curves curves) {
        return new Figure.Axes(s.title(), s.xKey(), axisLabel(s.quantities()), s.logX(), false).with(curves.snapshot());
    }

    /**
     * Evaluates the analytic curves with the active model, adds them as lines and writes their CSV; where the
     * active providers are not those the model assumes, the lines are empty and say why.
     */
    private static Path theory(Scenario s, double scale, Curves figure, NetworkIsacModel model, String inapplicable,
            Path csv) throws IOException {
        // one legend entry says why there are no lines
        int notApplicable = inapplicable.isEmpty() ? -1 : figure.line(inapplicable, "theory");
        try (CsvTable out = CsvTable.create(csv, text(s.xKey()), text(s.seriesColumn()), text("quantity"),
                number("value", "%.12g"), number("error_estimate", "%.3g"), text("note"))) {
            for (Quantity quantity : s.theory()) {
                for (int c = 0; c < s.seriesValues().size(); c++) {
                    int line = inapplicable.isEmpty() ? figure.line(s.curveLabel(c) + quantity.theoryLegend,
                            quantity + "/" + s.seriesValues().get(c)) : notApplicable;
                    for (int k = 0; k < s.xValues().size(); k++) {
                        Evaluation e = new Evaluation(Double.NaN, Double.NaN);
                        String note = inapplicable;
                        try {
                            if (inapplicable.isEmpty()) {
                                e = quantity.evaluate(model, s.at(c, k).parameters());
                            }
                        } catch (IllegalArgumentException outsideTheModel) {
                            note = outsideTheModel.getMessage();
                        }
                        figure.set(line, k, e.value() * scale);
                        out.row(s.xValues().get(k), s.seriesValues().get(c), quantity, e.value(), e.errorEstimate(),
                                note);
                    }
                }
            }
        }
        return csv;
    }

    /**
     * @param model the analytic model
     * @return why its lines do not describe the network the active providers make (e.g.
     *         {@code theory not applicable: assumes fading 'rayleigh', active: 'nakagami'}), empty when they do
     */
    private String inapplicable(NetworkIsacModel model) {
        List<String> differences = new ArrayList<>();
        model.assumptions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(assumed -> {
            String active = registry.activeInfo(assumed.getKey()).map(ProviderInfo::name).orElse("none");
            if (!active.equals(assumed.getValue())) {
                differences.add(assumed.getKey() + " '" + assumed.getValue() + "', active: '" + active + "'");
            }
        });
        return differences.isEmpty() ? "" : "theory not applicable: assumes " + String.join("; ", differences);
    }

    private static String axisLabel(List<Quantity> quantities) {
        if (quantities.size() > 1) {
            return quantities.get(0).isAse() ? "ASE [bit/s/Hz/km^2]" : "rate [bit/s/Hz]";
        }
        return quantities.get(0).axisLabel;
    }
}
