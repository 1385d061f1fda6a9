package org.isac.workbench.networksg.internal;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.experiment.Provenance;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.experiment.Series;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.simulation.NetworkSimulator;
import org.isac.workbench.simulation.RunProgress;
import org.isac.workbench.simulation.RunSettings;

/**
 * Monte Carlo markers for a region figure: every design drawn as the boundary (the vertices of the concave
 * envelope in the ASE plane, their rate front in the rate plane) simulated, so the analytic boundary is seen
 * next to what the simulator measures for the same designs. The scenario's {@code "simulation"} object: {@code mode} (a network-simulator provider, default {@code gamma},
 * whose per-realization cost suits the dozens of designs of a boundary), {@code realizations} (default 20000)
 * and {@code seed} (default 1).
 */
final class BoundarySimulation {

    private static final double PER_KM2 = 1e6;

    private final NetworkSimulator simulator;
    private final String mode;
    private final long realizations;
    private final long seed;
    private Path csv;
    private CsvTable out;

    private BoundarySimulation(NetworkSimulator simulator, String mode, long realizations, long seed) {
        this.simulator = simulator;
        this.mode = mode;
        this.realizations = realizations;
        this.seed = seed;
    }

    /**
     * Creates the simulation's CSV; called once the whole scenario has been checked, so that a bad scenario
     * writes nothing.
     *
     * @param csv the file
     * @return its table, for the caller to close
     * @throws IOException when it cannot be created
     */
    CsvTable start(Path csv) throws IOException {
        this.csv = csv;
        this.out = CsvTable.create(csv, text("variant"), text("K"), text("J"), text("Lc"), text("Ls"), text("quantity"),
                number("theory", "%.10g"), number("mean", "%.10g"), number("stderr", "%.6g"),
                number("ci95_lo", "%.10g"), number("ci95_hi", "%.10g"), text("realizations"), text("mode"),
                text("note"));
        return out;
    }

    static BoundarySimulation parse(JsonFields in, ComponentRegistry registry) {
        String mode = in.text("mode", "gamma");
        long realizations = in.longInteger("realizations", 20_000);
        if (realizations < 1 || realizations > RunSettings.MAX_REALIZATIONS) {
            throw new IllegalArgumentException("simulation.realizations: must be in [1, "
                    + RunSettings.MAX_REALIZATIONS + "], got " + realizations);
        }
        long seed = in.longInteger("seed", 1);
        in.rejectUnknown();
        try {
            return new BoundarySimulation(registry.named(NetworkSimulator.CONCERN, mode, NetworkSimulator.class), mode,
                    realizations, seed);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("simulation.mode: " + unknown.getMessage(), unknown);
        }
    }

    /**
     * Simulates the boundary designs of one curve and adds their markers (in the colour of its boundary line).
     *
     * @param request the curve's network
     * @param designs the designs drawn as its boundary
     * @param curve the curve's index (part of every design's random stream)
     * @param label the curve's label
     * @param ase whether the figure is in the ASE plane (else the rate plane)
     * @param series where the markers go
     * @param cancelled polled between designs and realizations
     * @throws IOException when the CSV cannot be written
     */
    void run(RegionRequest request, List<RegionPoint> designs, int curve, String label, boolean ase,
            List<Series> series, BooleanSupplier cancelled) throws IOException {
        double[] x = new double[designs.size()];
        double[] y = new double[designs.size()];
        double[] low = new double[designs.size()];
        double[] high = new double[designs.size()];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        Arrays.fill(low, Double.NaN);
        Arrays.fill(high, Double.NaN);
        Quantity xQuantity = ase ? Quantity.COMM_ASE : Quantity.COMM_RATE;
        Quantity yQuantity = ase ? Quantity.SENSING_ASE : Quantity.RADAR_RATE;
        double scale = ase ? PER_KM2 : 1;
        for (int i = 0; i < designs.size() && !cancelled.getAsBoolean(); i++) {
            RegionPoint p = designs.get(i);
            Object[] design = {label, p.users(), p.targets(), p.commCluster(), p.senseCluster()};
            Map<String, Estimate> estimates;
            try {
                estimates = simulator.simulate(request.parameters(p.users(), p.targets(), p.commCluster(),
                        p.senseCluster()), new RunSettings(seed, 1000L * curve + i, realizations, 0,
                                Runtime.getRuntime().availableProcessors()), RunProgress.NONE, cancelled);
            } catch (IllegalArgumentException outsideTheSimulator) {
                double nan = Double.NaN;
                out.row(design[0], design[1], design[2], design[3], design[4], "", nan, nan, nan, nan, nan, 0, mode,
                        outsideTheSimulator.getMessage());
                continue;
            }
            if (cancelled.getAsBoolean()) {
                break; // a design cut short is not a finished one
            }
            Estimate ex = xQuantity.estimate(estimates);
            Estimate ey = yQuantity.estimate(estimates);
            x[i] = ex.mean() * scale;
            y[i] = ey.mean() * scale;
            low[i] = ey.ci95Low() * scale;
            high[i] = ey.ci95High() * scale;
            row(design, Quantity.COMM_RATE, p.commRate(), estimates);
            row(design, Quantity.RADAR_RATE, p.radarRate(), estimates);
            row(design, Quantity.COMM_ASE, p.commAse(), estimates);
            row(design, Quantity.SENSING_ASE, p.sensingAse(), estimates);
        }
        String boundary = RegionScenarioRunner.prefix(label) + "proposed (boundary)";
        series.add(new Series(RegionScenarioRunner.prefix(label) + "boundary designs, simulation (95% CI)", x, y, low,
                high).inGroup(boundary));
    }

    private void row(Object[] design, Quantity quantity, double theory, Map<String, Estimate> estimates)
            throws IOException {
        Estimate e = quantity.estimate(estimates);
        out.row(design[0], design[1], design[2], design[3], design[4], quantity, theory, e.mean(), e.standardError(),
                e.ci95Low(), e.ci95High(), e.count(), mode, "");
    }

    /**
     * Records the simulator that ran and the providers it used.
     *
     * @param provenance the run's provenance
     * @param registry the registry
     */
    void record(Provenance provenance, ComponentRegistry registry) {
        provenance.provider(registry, NetworkSimulator.CONCERN, mode).providers(registry, simulator.concernsUsed());
    }

    /**
     * @return the CSV of the simulated designs, now complete
     * @throws IOException when it cannot be completed
     */
    /** @return the simulation's CSV file */
    Path path() {
        return csv;
    }
}
