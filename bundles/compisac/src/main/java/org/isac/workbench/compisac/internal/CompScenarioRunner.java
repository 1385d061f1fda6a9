package org.isac.workbench.compisac.internal;

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
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.experiment.Curves;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.ProgressCounter;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ScenarioFile;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.numerics.montecarlo.BlockPlan;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the Fig. 2 scenarios of the CoMP letter: writes {@code NAME.csv} row by row (a cancelled run keeps
 * its finished points), then {@code NAME.png}, {@code NAME.svg} and {@code NAME.provenance.json}.
 */
// the providers are looked up in the registry per run
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.detector.Detector)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.channel.PathLoss)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.channel.model.ChannelModel)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=org.isac.workbench.optimizer.PowerAllocator)")
@IsacConsumer(name = "isac:run comp-isac", concerns = {"detector", "pathloss", "channel-model", "fading",
    "power-allocator", "surrogate-solver", "chart"})
@Component(service = ScenarioRunner.class)
@IsacProvider(concern = ScenarioRunner.CONCERN, name = CompScenario.KIND, description = "CoMP-ISAC letter, Fig. 2")
public final class CompScenarioRunner implements ScenarioRunner {

    /**
     * The schemes of the figures (registry name → legend). RPA is the letter's reading, a random split of the
     * budget that is the same at every point ({@code rpa-split}); {@code rpa} of {@code isac:pa} draws from
     * the feasible region instead, which could never be infeasible where PPA is feasible.
     */
    static final Map<String, String> SCHEMES = Map.of("ppa", "PPA", "epa", "EPA", "rpa-split", "RPA");
    private static final List<String> ORDER = List.of("ppa", "epa", "rpa-split");

    private final ComponentRegistry registry;

    @Activate
    public CompScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Path> run(ScenarioFile scenarioFile, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        return run(scenarioFile, results, BlockPlan.LOCAL, listener, cancelled);
    }

    @Override
    public boolean runsInBlocks() {
        return true;
    }

    @Override
    public List<Path> run(ScenarioFile scenarioFile, Path results, BlockPlan plan, ProgressListener listener,
            BooleanSupplier cancelled) throws IOException {
        String name = scenarioFile.name();
        CompScenario scenario = CompScenario.parse(name, scenarioFile.fields());
        // the providers are bound once for the whole run (a swap during the run affects the next one), and before
        // anything is written (an unknown allocation is refused with nothing written)
        Providers providers = new Providers(registry, scenario);
        Files.createDirectories(results);
        // a point: a budget (with all its targets or schemes), or a (budget curve, P_D) pair
        long points = scenario.figure().equals(CompScenario.SUMRATE_VS_PD)
                ? (long) scenario.pdSweep().length * scenario.budgetsDb().length : scenario.budgetsDb().length;
        Provenance.Unfinished run = Provenance.started(scenarioFile.path(), results, name, points);
        Path csv = results.resolve(name + ".csv");
        Figure figure = switch (scenario.figure()) {
            case CompScenario.DETECTION -> detection(scenario, providers, csv, plan, listener, cancelled, run);
            default -> sumRate(scenario, providers, csv, plan, listener, cancelled, run);
        };
        List<Path> written = new ArrayList<>(List.of(csv));
        written.addAll(ChartService.exportRunFigure(registry, figure, results, name));
        // exactly the providers that ran: the fading model only over random drops, the schemes compared
        Provenance provenance = new Provenance(scenarioFile.path(), cancelled.getAsBoolean())
                .with("figure", scenario.figure()).with("seed", scenario.seed()).with("dropSeed", scenario.dropSeed())
                .providers(registry, List.of(Detector.CONCERN, PathLoss.CONCERN));
        if (scenario.channel().equals("fading")) {
            provenance.providers(registry, List.of(ChannelModel.CONCERN, Fading.CONCERN));
        }
        List<String> schemes = scenario.figure().equals(CompScenario.DETECTION) ? List.of(scenario.allocation())
                : ORDER;
        schemes.forEach(scheme -> provenance.provider(registry, PowerAllocator.CONCERN, scheme));
        written.add(provenance.providers(registry, List.of(SurrogateSolver.CONCERN, ChartService.CONCERN))
                .write(results.resolve(name + ".provenance.json")));
        return written;
    }

    /** The providers a run uses, resolved once at its start. */
    private static final class Providers {
        final Detector detector;
        final PathLoss pathLoss;
        final ChannelModel channel;
        final Map<String, PowerAllocator> schemes = new LinkedHashMap<>();
        /** The scheme of Fig. 2(a), null for the other figures. */
        final PowerAllocator allocation;

        Providers(ComponentRegistry registry, CompScenario scenario) {
            detector = registry.active(Detector.CONCERN, Detector.class);
            pathLoss = registry.active(PathLoss.CONCERN, PathLoss.class);
            channel = registry.active(ChannelModel.CONCERN, ChannelModel.class).forRun();
            for (String scheme : ORDER) {
                schemes.put(scheme, registry.named(PowerAllocator.CONCERN, scheme, PowerAllocator.class));
            }
            if (!scenario.figure().equals(CompScenario.DETECTION)) {
                allocation = null;
            } else if (schemes.containsKey(scenario.allocation())) {
                allocation = schemes.get(scenario.allocation());
            } else {
                try {
                    allocation = registry.named(PowerAllocator.CONCERN, scenario.allocation(), PowerAllocator.class);
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("allocation: " + unknown.getMessage(), unknown);
                }
            }
        }
    }

    private CompNetwork network(CompScenario s, Providers p, int drop) {
        return CompNetwork.draw(s.layout(), p.pathLoss, s.channel().equals("fading") ? p.channel : null,
                RandomStreams.of(s.dropSeed(), 0, drop));
    }

    private static PowerAllocationProblem problem(CompScenario s, Providers p, CompNetwork net, double budgetDb,
            double pdMin) {
        int cells = s.layout().cells();
        double delta = p.detector.threshold(cells, s.samples(), s.pfa());
        double sensingSnr = p.detector.requiredNoncentrality(cells, s.samples(), delta, pdMin) / (2.0 * s.samples());
        double[] noiseComm = filled(cells, CompScenario.fromDb(s.noiseCommDb()));
        double[] noiseSense = filled(cells, CompScenario.fromDb(s.noiseSenseDb()));
        return new PowerAllocationProblem(net.gainComm(), net.gainSense(), noiseComm, noiseSense,
                CompScenario.fromDb(budgetDb), filled(cells, Math.expm1(s.rateMin() * Math.log(2))),
                filled(cells, sensingSnr));
    }

    private Figure detection(CompScenario s, Providers p, Path csv, BlockPlan plan, ProgressListener listener,
            BooleanSupplier cancelled, Provenance.Unfinished run) throws IOException {
        int cells = s.layout().cells();
        double delta = p.detector.threshold(cells, s.samples(), s.pfa());
        CompNetwork net = network(s, p, 0);
        PowerAllocator allocator = p.allocation;
        double[] x = s.budgetsDb();
        Curves curves = new Curves(x);
        int[] theory = new int[cells];
        int[] simulated = new int[cells];
        for (int i = 0; i < cells; i++) {
            theory[i] = curves.line("RT" + (i + 1) + " theory", "RT" + i);
            simulated[i] = curves.markers("RT" + (i + 1) + " simulation (99% CI)", "RT" + i);
        }
        Figure.Axes axes = new Figure.Axes(s.title(), "P_th [dB]", "probability of detection", false, false);
        ProgressCounter progress = new ProgressCounter(listener, (long) x.length * cells);
        try (CsvTable out = CsvTable.create(csv, text("powerBudgetDb"), text("target"), text("allocation"),
                number("pd_simulated", "%.10g"), number("ci99_low", "%.10g"), number("ci99_high", "%.10g"),
                number("pd_theory_exact", "%.10g"), number("pd_theory_largeN", "%.10g"), text("trials"))) {
            for (int k = 0; k < x.length && !cancelled.getAsBoolean(); k++) {
                PowerAllocation a = allocator.allocate(problem(s, p, net, x[k], s.pdMin()),
                        RandomStreams.of(s.seed(), k, -1));
                for (int i = 0; i < cells && !cancelled.getAsBoolean(); i++) {
                    if (a.powers().length == 0) {
                        progress.advance(1);
                        continue; // the scheme found no powers to transmit with at this budget
                    }
                    double[] gains = new double[cells];
                    for (int l = 0; l < cells; l++) {
                        gains[l] = net.gainSense()[l][i];
                    }
                    DetectionSimulation.Result r = DetectionSimulation.run(p.detector, a.powers(), gains,
                            CompScenario.fromDb(s.noiseSenseDb()), s.samples(), delta, s.symbols(), s.trials(),
                            s.seed(), (long) k * cells + i, Runtime.getRuntime().availableProcessors(), plan,
                            cancelled);
                    if (r == null) {
                        break; // cancelled within the point: no row
                    }
                    curves.set(simulated[i], k, r.simulated(), r.ci99Low(), r.ci99High());
                    curves.set(theory[i], k, r.exactTheory());
                    out.row(x[k], i + 1, s.allocation(), r.simulated(), r.ci99Low(), r.ci99High(), r.exactTheory(),
                            r.largeNTheory(), r.trials());
                    progress.advance(1);
                    listener.figure(axes.with(curves.snapshot()));
                }
                if (!cancelled.getAsBoolean()) {
                    run.finished(k + 1); // a budget cut short is not a finished point
                }
            }
        }
        return axes.with(curves.snapshot());
    }

    private Figure sumRate(CompScenario s, Providers p, Path csv, BlockPlan plan, ProgressListener listener,
            BooleanSupplier cancelled, Provenance.Unfinished run) throws IOException {
        boolean vsPd = s.figure().equals(CompScenario.SUMRATE_VS_PD);
        double[] x = vsPd ? s.pdSweep() : s.budgetsDb();
        double[] budgets = vsPd ? s.budgetsDb() : new double[] {Double.NaN};
        List<String> schemes = List.copyOf(p.schemes.keySet());
        List<PowerAllocator> allocators = schemes.stream().map(p.schemes::get).toList();
        Curves curves = new Curves(x);
        // [budget curve][scheme]: a line for a single drop, markers with intervals over several drops
        int[][] series = new int[budgets.length][schemes.size()];
        for (int c = 0; c < budgets.length; c++) {
            for (int m = 0; m < schemes.size(); m++) {
                String label = SCHEMES.get(schemes.get(m)) + (vsPd ? ", P_th = " + fmt(budgets[c]) + " dB" : "");
                // over random drops: the mean over all drops, an infeasible one counted as zero
                series[c][m] = s.drops() == 1 ? curves.line(label, label)
                        : curves.markers(label + " (95% CI, all drops)", label + " (95% CI, all drops)");
            }
        }
        Figure.Axes axes = new Figure.Axes(s.title(), vsPd ? "required probability of detection" : "P_th [dB]",
                "sum rate [bit/s/Hz]", false, false);
        CompNetwork[] nets = new CompNetwork[s.drops()];
        for (int d = 0; d < nets.length; d++) {
            nets[d] = network(s, p, d);
        }
        ProgressCounter progress = new ProgressCounter(listener, (long) budgets.length * x.length * s.drops());
        List<CsvTable.Column> columns = new ArrayList<>(List.of(text(vsPd ? "pdMin" : "powerBudgetDb"),
                text("curvePowerBudgetDb"), text("scheme"), number("sumRate", "%.10g"), number("stderr", "%.6g"),
                number("ci95_low", "%.10g"), number("ci95_high", "%.10g"), number("feasibleFraction", "%.6g"),
                text("drops"), text("reason")));
        if (s.drops() > 1) {
            // over random drops, also the mean over all of them with an infeasible drop counted as zero
            columns.addAll(List.of(number("sumRateAllDrops", "%.10g"), number("stderrAllDrops", "%.6g")));
        }
        try (CsvTable out = CsvTable.create(csv, columns.toArray(CsvTable.Column[]::new))) {
            for (int c = 0; c < budgets.length; c++) {
                for (int k = 0; k < x.length && !cancelled.getAsBoolean(); k++) {
                    double budgetDb = vsPd ? budgets[c] : x[k];
                    double pdMin = vsPd ? x[k] : s.pdMin();
                    // over the feasible drops of each scheme, and over all drops with an infeasible one counted as
                    // zero: only the latter compares the schemes on the same drops
                    long[] passed = {0};
                    List<DropSimulation.Result> results = DropSimulation.run(allocators,
                            d -> problem(s, p, nets[d], budgetDb, pdMin), nets.length, s.seed(), "drops " + c + "/" + k,
                            Runtime.getRuntime().availableProcessors(), plan, (done, cap) -> {
                                progress.advance(done - passed[0]);
                                passed[0] = done;
                            }, cancelled);
                    if (results == null) {
                        break; // cancelled within the point: no row
                    }
                    for (int m = 0; m < schemes.size(); m++) {
                        Estimate e = results.get(m).feasible().estimate();
                        // one fixed drop has no sampling error; over random drops, fewer than two feasible ones
                        // give no interval
                        double se = e.count() > 1 ? e.standardError() : s.drops() == 1 ? 0 : Double.NaN;
                        double low = e.mean() - Estimate.Z95 * se;
                        double high = e.mean() + Estimate.Z95 * se;
                        Estimate all = results.get(m).allDrops().estimate();
                        if (s.drops() == 1 && e.count() > 0) {
                            curves.set(series[c][m], k, e.mean());
                        } else if (s.drops() > 1 && all.count() > 0) {
                            curves.set(series[c][m], k, all.mean(), all.ci95Low(), all.ci95High());
                        }
                        List<Object> row = new ArrayList<>(List.of(x[k], vsPd ? Double.toString(budgetDb) : "",
                                schemes.get(m), e.mean(), se, low, high, e.count() / (double) s.drops(), s.drops(),
                                results.get(m).reason() == null ? "" : results.get(m).reason()));
                        if (s.drops() > 1) {
                            row.addAll(List.of(all.mean(), all.standardError()));
                        }
                        out.row(row.toArray());
                    }
                    listener.figure(axes.with(curves.snapshot()));
                    run.finished((long) c * x.length + k + 1);
                }
            }
        }
        return axes.with(curves.snapshot());
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
