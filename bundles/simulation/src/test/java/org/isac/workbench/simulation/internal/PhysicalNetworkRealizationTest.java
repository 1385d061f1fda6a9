package org.isac.workbench.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isac.workbench.simulation.Measurement;
import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.beamforming.internal.MaximumRatioTransmission;
import org.isac.workbench.beamforming.internal.ZeroForcingBeamformer;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.internal.RayleighFading;
import org.isac.workbench.channel.internal.SingleSlopePathLoss;
import org.isac.workbench.geometry.internal.PoissonPointProcess;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * The physical Monte Carlo against closed forms and its own invariants, with the real providers (Poisson
 * point process, Rayleigh fading, zero-forcing). Every run uses fixed seeds, so the outcome is
 * deterministic; the statistical tolerances are 99 % confidence intervals for a correct simulator.
 */
class PhysicalNetworkRealizationTest {

    /** λ_b of every test: only the scale of the window depends on it (α = 4, 2β = α: rates are density-free). */
    private static final double DENSITY = 1e-5;

    private static PhysicalNetworkRealization zeroForcing(double meanBaseStations) {
        return realization(new ZeroForcingBeamformer(), meanBaseStations);
    }

    private static PhysicalNetworkRealization realization(Beamformer beamformer, double meanBaseStations) {
        return new PhysicalNetworkRealization(new PoissonPointProcess(), ChannelModel.iid(new RayleighFading(), true), new SingleSlopePathLoss(), beamformer,
                meanBaseStations, 0.5, Measurement.all());
    }

    private static NetworkParameters network(int antennas, int receiveAntennas, int users, int targets,
            int commCluster, int senseCluster) {
        return new NetworkParameters(antennas, receiveAntennas, users, targets, commCluster, senseCluster, 4, 2, 10,
                DENSITY);
    }

    /** Andrews, Baccelli, Ganti (2011), Rayleigh fading, interference-limited, α = 4. */
    static double coverageAbg(double threshold) {
        double root = Math.sqrt(threshold);
        return 1 / (1 + root * (Math.PI / 2 - Math.atan(1 / root)));
    }

    /**
     * Coverage P(SIR &gt; θ) of single-antenna, single-user cells over {@code realizations} topologies.
     *
     * @return per threshold {area-weighted mean, its standard error, per-cell mean, its standard error}
     */
    static double[][] coverage(double[] thresholds, int realizations) {
        PhysicalNetworkRealization simulation = zeroForcing(400);
        NetworkParameters p = network(1, 1, 1, 1, 1, 1);
        double[] samples = new double[NetworkRealization.SAMPLES];
        int n = thresholds.length;
        // area weighting: a ratio of means over i.i.d. realizations, its error by the delta method
        double[][] covered = new double[n][realizations];
        double[] area = new double[realizations];
        RunningStatistics[] perCell = new RunningStatistics[n];
        for (int t = 0; t < n; t++) {
            perCell[t] = new RunningStatistics();
        }
        for (int r = 0; r < realizations; r++) {
            simulation.simulate(p, 2024, 0, r, samples);
            int users = simulation.userSirs().count();
            for (int t = 0; t < n; t++) {
                int count = 0;
                for (int q = 0; q < users; q++) {
                    if (simulation.userSirs().sir(q) > thresholds[t]) {
                        count++;
                        covered[t][r] += simulation.userSirs().cellArea(q);
                    }
                }
                perCell[t].add((double) count / users);
            }
            for (int q = 0; q < users; q++) {
                area[r] += simulation.userSirs().cellArea(q);
            }
        }
        double meanArea = 0;
        for (double a : area) {
            meanArea += a / realizations;
        }
        double[][] result = new double[n][];
        for (int t = 0; t < n; t++) {
            double meanCovered = 0;
            for (double c : covered[t]) {
                meanCovered += c / realizations;
            }
            double ratio = meanCovered / meanArea;
            double residual = 0;
            for (int r = 0; r < realizations; r++) {
                residual += Math.pow(covered[t][r] - ratio * area[r], 2);
            }
            double standardError = Math.sqrt(residual / (realizations - 1.0) / realizations) / meanArea;
            Estimate cell = perCell[t].estimate();
            result[t] = new double[] {ratio, standardError, cell.mean(), cell.standardError()};
        }
        return result;
    }

    @Test
    void coverageMatchesAndrewsBaccelliGantiForRayleighAndAlphaFour() {
        // M = K = 1: zero-forcing is w = h/|h|, the signal and every interferer's gain are Exp(1): the ABG
        // model. The closed form is the typical user's (a stationary user process), so users are weighted by
        // their cell's area; the plain per-cell average (one user per cell) is ~0.005 higher at θ = 1, a
        // real difference between the two user models, so it only gets a loose bound. 2400 topologies: with 600,
        // the interferers' gains drawn from their exact law gave z = 2.95 at θ = 10 (a 0.3 % event for a fixed
        // seed; 4800 topologies of the same seed give z = 0.33, 1.42 and 0.71 at θ = 0.1, 1 and 10)
        double[] thresholds = {0.1, 1, 10};
        double[][] coverage = coverage(thresholds, 2400);
        for (int t = 0; t < thresholds.length; t++) {
            double expected = coverageAbg(thresholds[t]);
            double[] c = coverage[t];
            assertEquals(expected, c[0], Estimate.Z99 * c[1], "area-weighted coverage at θ = " + thresholds[t]);
            assertEquals(expected, c[2], 0.015, "per-cell coverage at θ = " + thresholds[t]);
        }
    }

    @Test
    void zeroForcingNullsEveryAcceptedChannelAndRow() {
        // Δ = 8 − 2·2 − 2·1 + 1 = 3: both kinds of requests are made, and a few are dropped
        PhysicalNetworkRealization simulation = zeroForcing(150);
        NetworkParameters p = network(8, 4, 2, 2, 2, 2);
        double[] samples = new double[NetworkRealization.SAMPLES];
        for (int r = 0; r < 3; r++) {
            simulation.simulate(p, 7, 1, r, samples);
            assertTrue(simulation.requests().acceptedNullingRows() > 0);
            double leak = simulation.maxRelativeNullingLeakage();
            assertTrue(leak < 1e-10, "leakage " + leak + " in realization " + r);
            assertTrue(Double.isFinite(samples[NetworkRealization.COMM]));
            assertTrue(Double.isFinite(samples[NetworkRealization.RADAR]));
        }
        assertTrue(simulation.requests().commRequestsReceived() > simulation.requests().commRequestsDropped());
        assertTrue(simulation.requests().sensingRequestsReceived() > simulation.requests().sensingRequestsDropped());
        assertTrue(simulation.requests().droppedRequestFraction() < 0.5);
    }

    @Test
    void beamformerWithoutNullingCapacityDropsEveryRequest() {
        PhysicalNetworkRealization simulation = realization(new MaximumRatioTransmission(), 100);
        double[] samples = new double[NetworkRealization.SAMPLES];
        simulation.simulate(network(8, 4, 2, 2, 2, 2), 7, 1, 0, samples);
        assertEquals(0, simulation.requests().acceptedNullingRows());
        assertEquals(1, simulation.requests().droppedRequestFraction());
        assertTrue(Double.isFinite(samples[NetworkRealization.COMM]));
    }

    @Test
    void usersAndTargetsLieInTheirServingCells() {
        PhysicalNetworkRealization simulation = zeroForcing(200);
        double[] samples = new double[NetworkRealization.SAMPLES];
        for (int r = 0; r < 5; r++) {
            simulation.simulate(network(8, 4, 3, 2, 1, 1), 5, 0, r, samples);
            assertEquals(0, simulation.misplacedReceivers(), "realization " + r);
        }
    }

    @Test
    void sameIndicesGiveBitIdenticalSamples() {
        NetworkParameters p = network(8, 4, 2, 2, 2, 2);
        PhysicalNetworkRealization first = zeroForcing(150);
        PhysicalNetworkRealization second = zeroForcing(150);
        double[] a = new double[NetworkRealization.SAMPLES];
        double[] b = new double[NetworkRealization.SAMPLES];
        // the second instance first runs other realizations and another point, so its buffers are reused
        second.simulate(network(16, 8, 4, 1, 1, 3), 11, 3, 99, b);
        second.simulate(p, 11, 3, 4, b);
        first.simulate(p, 11, 3, 5, a);
        second.simulate(p, 11, 3, 5, b);
        for (int s = 0; s < NetworkRealization.SAMPLES; s++) {
            assertEquals(Double.doubleToRawLongBits(a[s]), Double.doubleToRawLongBits(b[s]), "sample " + s);
        }
        assertEquals(first.userSirs().count(), second.userSirs().count());
        for (int q = 0; q < first.userSirs().count(); q++) {
            assertEquals(Double.doubleToRawLongBits(first.userSirs().sir(q)),
                    Double.doubleToRawLongBits(second.userSirs().sir(q)));
        }
        first.simulate(p, 11, 3, 6, a);
        assertNotEquals(a[NetworkRealization.COMM], b[NetworkRealization.COMM]);
    }

    @Test
    void interferenceFromItsExactLawGivesTheRateOfTheExplicitChannels() {
        // the same network with the gains of independent links drawn from their exact law (the default for
        // i.i.d. Rayleigh) and from explicit channels (forced by a model that does not declare itself i.i.d.
        // Rayleigh); L_c = 2 so that accepted nulling requests keep some links explicit in both. The means must
        // agree within the 99 % interval of the difference of two independent means (the runs share topologies,
        // which only narrows the true spread of the difference, so the test is conservative)
        NetworkParameters p = network(8, 4, 4, 1, 2, 1);
        RunningStatistics exact = new RunningStatistics();
        RunningStatistics explicit = new RunningStatistics();
        PhysicalNetworkRealization law = zeroForcing(150);
        PhysicalNetworkRealization channels = new PhysicalNetworkRealization(new PoissonPointProcess(),
                ChannelModel.iid(new RayleighFading(), false), new SingleSlopePathLoss(), new ZeroForcingBeamformer(),
                150, 0.5, java.util.Set.of(Measurement.COMMUNICATION));
        double[] samples = new double[NetworkRealization.SAMPLES];
        for (int r = 0; r < 300; r++) {
            law.simulate(p, 13, 0, r, samples);
            exact.add(samples[NetworkRealization.COMM]);
            channels.simulate(p, 13, 0, r, samples);
            explicit.add(samples[NetworkRealization.COMM]);
        }
        double spread = Math.hypot(exact.estimate().standardError(), explicit.estimate().standardError());
        assertEquals(explicit.mean(), exact.mean(), 2.576 * spread, "exact law vs explicit channels");
        assertNotEquals(explicit.mean(), exact.mean(), "the two paths draw differently");
    }

    @Test
    void aRunMeasuresOnlyWhatItIsAskedForAndThatBitForBit() {
        // with nulling on both sides (L_c = L_s = 2), so that the skipped measurement's requests still shape the
        // precoders: the measured sample must not change
        NetworkParameters p = network(8, 4, 2, 2, 2, 2);
        PhysicalNetworkRealization both = zeroForcing(150);
        PhysicalNetworkRealization communication = new PhysicalNetworkRealization(new PoissonPointProcess(),
                ChannelModel.iid(new RayleighFading(), true), new SingleSlopePathLoss(), new ZeroForcingBeamformer(),
                150, 0.5, java.util.Set.of(Measurement.COMMUNICATION));
        PhysicalNetworkRealization sensing = new PhysicalNetworkRealization(new PoissonPointProcess(),
                ChannelModel.iid(new RayleighFading(), true), new SingleSlopePathLoss(), new ZeroForcingBeamformer(),
                150, 0.5, java.util.Set.of(Measurement.SENSING));
        double[] a = new double[NetworkRealization.SAMPLES];
        double[] c = new double[NetworkRealization.SAMPLES];
        double[] s = new double[NetworkRealization.SAMPLES];
        for (int r = 0; r < 5; r++) {
            both.simulate(p, 12, 0, r, a);
            communication.simulate(p, 12, 0, r, c);
            sensing.simulate(p, 12, 0, r, s);
            assertTrue(Double.isFinite(a[NetworkRealization.COMM]) && Double.isFinite(a[NetworkRealization.RADAR]));
            assertEquals(Double.doubleToRawLongBits(a[NetworkRealization.COMM]),
                    Double.doubleToRawLongBits(c[NetworkRealization.COMM]), "communication of realization " + r);
            assertTrue(Double.isNaN(c[NetworkRealization.RADAR]), "no sensing measured");
            assertEquals(Double.doubleToRawLongBits(a[NetworkRealization.RADAR]),
                    Double.doubleToRawLongBits(s[NetworkRealization.RADAR]), "sensing of realization " + r);
            assertTrue(Double.isNaN(s[NetworkRealization.COMM]), "no communication measured");
        }
    }

    /**
     * Mean and standard error of the communication sample at M = 8, K = 2, L_c = 2, α = 4.
     *
     * @return {mean, standard error}
     */
    static double[] commRate(double meanBaseStations, long seed, int realizations) {
        PhysicalNetworkRealization simulation = zeroForcing(meanBaseStations);
        NetworkParameters p = network(8, 2, 2, 1, 2, 1);
        double[] samples = new double[NetworkRealization.SAMPLES];
        RunningStatistics statistics = new RunningStatistics();
        for (int r = 0; r < realizations; r++) {
            simulation.simulate(p, seed, 0, r, samples);
            statistics.add(samples[NetworkRealization.COMM]);
        }
        return new double[] {statistics.mean(), statistics.estimate().standardError()};
    }

    @Test
    void windowOfFourHundredBaseStationsHasNoVisibleEdgeBias() {
        // doubling the window leaves the rate unchanged within the 99 % interval of the difference of two
        // independent means (±0.08 bit/s/Hz here, about 2 % of the rate)
        double[] small = commRate(400, 31, 100);
        double[] large = commRate(800, 32, 40);
        double halfWidth = Estimate.Z99 * Math.hypot(small[1], large[1]);
        assertEquals(small[0], large[0], halfWidth, "400 BSs: " + small[0] + ", 800 BSs: " + large[0]);
    }
}
