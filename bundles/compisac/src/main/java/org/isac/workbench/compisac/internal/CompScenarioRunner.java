package org.isac.workbench.compisac.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.ProgressListener;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.experiment.ScenarioRunner;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.plotting.Figure;
import org.isac.workbench.plotting.Series;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the Fig. 2 scenarios of the CoMP letter: writes {@code NAME.csv} row by row (a cancelled run keeps
 * its finished points), then {@code NAME.png}, {@code NAME.svg} and {@code NAME.provenance.json}.
 */
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
    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;

    private final ComponentRegistry registry;

    @Activate
    public CompScenarioRunner(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean accepts(Path scenario) {
        return JsonFields.isScenarioOfKind(scenario, CompScenario.KIND);
    }

    @Override
    public List<Path> run(Path scenarioFile, Path results, ProgressListener listener, BooleanSupplier cancelled)
            throws IOException {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.json$", "");
        CompScenario scenario = CompScenario.parse(name, CompIsacCommands.readJson(scenarioFile));
        Files.createDirectories(results);
        // the providers are bound once for the whole run: a swap during the run affects the next one
        Providers providers = new Providers(registry);
        Path csv = results.resolve(name + ".csv");
        Figure figure = switch (scenario.figure()) {
            case CompScenario.DETECTION -> detection(scenario, providers, csv, listener, cancelled);
            default -> sumRate(scenario, providers, csv, listener, cancelled);
        };
        List<Path> written = new ArrayList<>(List.of(csv));
        written.addAll(registry.active(ChartService.CONCERN, ChartService.class).exportAll(figure, results, name, WIDTH,
                HEIGHT, ChartService.Format.PNG, ChartService.Format.SVG));
        written.add(new Provenance(scenarioFile, cancelled.getAsBoolean()).with("figure", scenario.figure())
                .with("seed", scenario.seed()).with("dropSeed", scenario.dropSeed())
                .providers(registry, List.of(Detector.CONCERN, PathLoss.CONCERN, Fading.CONCERN, PowerAllocator.CONCERN,
                        SurrogateSolver.CONCERN, ChartService.CONCERN))
                .write(results.resolve(name + ".provenance.json")));
        return written;
    }

    /** The providers a run uses, resolved once at its start. */
    private static final class Providers {
        final Detector detector;
        final PathLoss pathLoss;
        final Fading fading;
        final Map<String, PowerAllocator> schemes = new LinkedHashMap<>();

        Providers(ComponentRegistry registry) {
            detector = registry.active(Detector.CONCERN, Detector.class);
            pathLoss = registry.active(PathLoss.CONCERN, PathLoss.class);
            fading = registry.active(Fading.CONCERN, Fading.class);
            for (String scheme : ORDER) {
                schemes.put(scheme, registry.named(PowerAllocator.CONCERN, scheme, PowerAllocator.class));
            }
        }
    }

    private CompNetwork network(CompScenario s, Providers p, int drop) {
        return CompNetwork.draw(s.layout(), p.pathLoss, s.channel().equals("fading") ? p.fading : null,
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

    private Figure detection(CompScenario s, Providers p, Path csv, ProgressListener listener,
            BooleanSupplier cancelled) throws IOException {
        int cells = s.layout().cells();
        double delta = p.detector.threshold(cells, s.samples(), s.pfa());
        CompNetwork net = network(s, p, 0);
        PowerAllocator allocator = p.schemes.getOrDefault(s.allocation(),
                registry.named(PowerAllocator.CONCERN, s.allocation(), PowerAllocator.class));
        double[] x = s.budgetsDb();
        double[][] sim = nan(cells, x.length);
        double[][] low = nan(cells, x.length);
        double[][] high = nan(cells, x.length);
        double[][] theory = nan(cells, x.length);
        Progress progress = new Progress(listener, (long) x.length * cells);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println("powerBudgetDb,target,allocation,pd_simulated,ci99_low,ci99_high,pd_theory_exact,"
                    + "pd_theory_largeN,trials");
            for (int k = 0; k < x.length && !cancelled.getAsBoolean(); k++) {
                PowerAllocation a = allocator.allocate(problem(s, p, net, x[k], s.pdMin()),
                        RandomStreams.of(s.seed(), k, -1));
                for (int i = 0; i < cells && !cancelled.getAsBoolean(); i++) {
                    if (a.powers().length == 0) {
                        progress.step();
                        continue; // the scheme found no powers to transmit with at this budget
                    }
                    double[] gains = new double[cells];
                    for (int l = 0; l < cells; l++) {
                        gains[l] = net.gainSense()[l][i];
                    }
                    DetectionSimulation.Result r = DetectionSimulation.run(p.detector, a.powers(), gains,
                            CompScenario.fromDb(s.noiseSenseDb()), s.samples(), delta, s.symbols(), s.trials(),
                            s.seed(), (long) k * cells + i);
                    sim[i][k] = r.simulated();
                    low[i][k] = r.ci99Low();
                    high[i][k] = r.ci99High();
                    theory[i][k] = r.exactTheory();
                    out.printf(Locale.ROOT, "%s,%d,%s,%.10g,%.10g,%.10g,%.10g,%.10g,%d%n", x[k], i + 1, s.allocation(),
                            r.simulated(), r.ci99Low(), r.ci99High(), r.exactTheory(), r.largeNTheory(), r.trials());
                    out.flush();
                    progress.step();
                    listener.figure(detectionFigure(s, x, theory, sim, low, high));
                }
            }
        }
        return detectionFigure(s, x, theory, sim, low, high);
    }

    /** P_D per target, theory and simulation; copies the arrays, which a run goes on filling. */
    private static Figure detectionFigure(CompScenario s, double[] x, double[][] theory, double[][] sim, double[][] low,
            double[][] high) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < theory.length; i++) {
            series.add(Series.line("RT" + (i + 1) + " theory", x, theory[i].clone()).inGroup("RT" + i));
            series.add(new Series("RT" + (i + 1) + " simulation (99% CI)", x, sim[i].clone(), low[i].clone(),
                    high[i].clone()).inGroup("RT" + i));
        }
        return new Figure(s.title(), "P_th [dB]", "probability of detection", false, false, series);
    }

    private Figure sumRate(CompScenario s, Providers p, Path csv, ProgressListener listener,
            BooleanSupplier cancelled) throws IOException {
        boolean vsPd = s.figure().equals(CompScenario.SUMRATE_VS_PD);
        double[] x = vsPd ? s.pdSweep() : s.budgetsDb();
        double[] curves = vsPd ? s.budgetsDb() : new double[] {Double.NaN};
        List<String> schemes = List.copyOf(p.schemes.keySet());
        Map<String, double[][]> mean = new LinkedHashMap<>();
        Map<String, double[][]> lo = new LinkedHashMap<>();
        Map<String, double[][]> hi = new LinkedHashMap<>();
        for (String scheme : schemes) {
            mean.put(scheme, nan(curves.length, x.length));
            lo.put(scheme, nan(curves.length, x.length));
            hi.put(scheme, nan(curves.length, x.length));
        }
        CompNetwork[] nets = new CompNetwork[s.drops()];
        for (int d = 0; d < nets.length; d++) {
            nets[d] = network(s, p, d);
        }
        Progress progress = new Progress(listener, (long) curves.length * x.length * s.drops());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println((vsPd ? "pdMin" : "powerBudgetDb") + ",curvePowerBudgetDb,scheme,sumRate,stderr,ci95_low,"
                    + "ci95_high,feasibleFraction,drops,reason");
            for (int c = 0; c < curves.length; c++) {
                for (int k = 0; k < x.length && !cancelled.getAsBoolean(); k++) {
                    double budgetDb = vsPd ? curves[c] : x[k];
                    double pdMin = vsPd ? x[k] : s.pdMin();
                    Map<String, RunningStatistics> stats = new LinkedHashMap<>();
                    Map<String, Integer> feasible = new LinkedHashMap<>();
                    Map<String, String> reasons = new LinkedHashMap<>();
                    for (int d = 0; d < nets.length && !cancelled.getAsBoolean(); d++) {
                        PowerAllocationProblem problem = problem(s, p, nets[d], budgetDb, pdMin);
                        for (String scheme : schemes) {
                            // one stream per drop, the same at every point: RPA's split does not move with x
                            PowerAllocation a = p.schemes.get(scheme).allocate(problem, RandomStreams.of(s.seed(), 0, d));
                            if (a.feasible()) {
                                stats.computeIfAbsent(scheme, n -> new RunningStatistics()).add(a.sumRate());
                                feasible.merge(scheme, 1, Integer::sum);
                            } else {
                                reasons.putIfAbsent(scheme, a.reason());
                            }
                        }
                        progress.step();
                    }
                    for (String scheme : schemes) {
                        RunningStatistics st = stats.get(scheme);
                        Estimate e = st == null ? new Estimate(Double.NaN, Double.NaN, 0) : st.estimate();
                        double se = e.count() > 1 ? e.standardError() : 0;
                        if (e.count() > 0) {
                            mean.get(scheme)[c][k] = e.mean();
                            lo.get(scheme)[c][k] = e.mean() - Estimate.Z95 * se;
                            hi.get(scheme)[c][k] = e.mean() + Estimate.Z95 * se;
                        }
                        out.printf(Locale.ROOT, "%s,%s,%s,%.10g,%.6g,%.10g,%.10g,%.6g,%d,\"%s\"%n", x[k],
                                vsPd ? Double.toString(budgetDb) : "", scheme, e.mean(), se,
                                e.mean() - Estimate.Z95 * se, e.mean() + Estimate.Z95 * se,
                                feasible.getOrDefault(scheme, 0) / (double) s.drops(), s.drops(),
                                reasons.getOrDefault(scheme, "").replace('"', '\''));
                    }
                    out.flush();
                    listener.figure(sumRateFigure(s, x, curves, mean, lo, hi));
                }
            }
        }
        return sumRateFigure(s, x, curves, mean, lo, hi);
    }

    /** Sum rate per scheme (and per budget curve); copies the arrays, which a run goes on filling. */
    private static Figure sumRateFigure(CompScenario s, double[] x, double[] curves, Map<String, double[][]> mean,
            Map<String, double[][]> lo, Map<String, double[][]> hi) {
        boolean vsPd = s.figure().equals(CompScenario.SUMRATE_VS_PD);
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < curves.length; c++) {
            for (String scheme : mean.keySet()) {
                String label = SCHEMES.get(scheme) + (vsPd ? ", P_th = " + fmt(curves[c]) + " dB" : "");
                series.add(s.drops() == 1 ? Series.line(label, x, mean.get(scheme)[c].clone())
                        : new Series(label + " (95% CI)", x, mean.get(scheme)[c].clone(), lo.get(scheme)[c].clone(),
                                hi.get(scheme)[c].clone()));
            }
        }
        return new Figure(s.title(), vsPd ? "required probability of detection" : "P_th [dB]",
                "sum rate [bit/s/Hz]", false, false, series);
    }

    /** Counts finished steps and reports rate and completion to the listener. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long total;
        private final long start = System.nanoTime();
        private long done;

        Progress(ProgressListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void step() {
            done++;
            double seconds = (System.nanoTime() - start) / 1e9;
            listener.progress(done, total, seconds > 0 ? done / seconds : 0);
        }
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static double[][] nan(int rows, int columns) {
        double[][] v = new double[rows][columns];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
