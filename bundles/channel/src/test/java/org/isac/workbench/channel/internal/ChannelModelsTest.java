package org.isac.workbench.channel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import org.isac.workbench.channel.model.ArrayGeometry;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ChannelModelsTest {

    private static SingleSlopePathLoss pathLoss(double d0) {
        SingleSlopePathLoss law = new SingleSlopePathLoss();
        law.configure(new SingleSlopePathLoss.Config() {
            @Override
            public double referenceDistance() {
                return d0;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SingleSlopePathLoss.Config.class;
            }
        });
        return law;
    }

    @Test
    void singleSlopeLaw() {
        SingleSlopePathLoss law = pathLoss(1);
        assertEquals(1e-8, law.gain(100, 4), 1e-22);
        assertEquals(Math.pow(250, -3.5), law.gain(250, 3.5), 1e-28);
        assertEquals(1, law.gain(0.5, 4), 0);
        assertEquals(Math.pow(10, -4), pathLoss(10).gain(100, 4), 1e-18);
        assertThrows(IllegalArgumentException.class, () -> law.gain(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> law.gain(1, 0));
        assertThrows(IllegalArgumentException.class, () -> pathLoss(-1));
        // d0 = 0, the default: the unbounded law of the analyses, d^-α also below 1 m, and from d² bit for bit
        // what the network simulators computed before path loss became a provider
        SingleSlopePathLoss unbounded = new SingleSlopePathLoss();
        assertEquals(16, unbounded.gain(0.5, 4), 0);
        assertEquals(1 / (0.25 * 0.25), unbounded.gainSquared(0.25, 4), 0);
        assertEquals(Math.pow(1234.5, -0.5 * 3.5), unbounded.gainSquared(1234.5, 3.5), 0);
        assertEquals(Math.pow(100, -4), pathLoss(10).gainSquared(100 * 100, 4) * 1e-4, 1e-30);
    }

    @Test
    void rayleighPowerGainsAreExponential() {
        RayleighFading fading = new RayleighFading();
        int n = 200_000;
        double[] gains = new double[n];
        fading.samplePowerGains(RandomStreams.of(9, 0, 0), gains, 0, n);
        double mean = 0;
        double second = 0;
        for (double g : gains) {
            mean += g / n;
            second += g * g / n;
        }
        // Exp(1): mean 1 (sd 1), E X² = 2 (sd of X² is √20); 4.5 standard errors
        assertEquals(1, mean, 4.5 / Math.sqrt(n));
        assertEquals(fading.powerGainSecondMoment(), second, 4.5 * Math.sqrt(20.0 / n));
        double[] re = new double[n];
        double[] im = new double[n];
        fading.sampleCoefficients(RandomStreams.of(9, 0, 1), re, im, 0, n);
        double power = 0;
        for (int i = 0; i < n; i++) {
            power += (re[i] * re[i] + im[i] * im[i]) / n;
        }
        assertEquals(1, power, 4.5 / Math.sqrt(n));
    }

    private static final Link LINK = new Link(0, 0, 80, 60, ArrayGeometry.ula(4), ArrayGeometry.ula(2));

    @Test
    void ricianWithKZeroAndUncorrelatedRayleighAreRayleighBitForBit() {
        double[] re = new double[8];
        double[] im = new double[8];
        new RayleighFading().sampleCoefficients(RandomStreams.of(5, 1, 2), re, im, 0, 8);
        for (ChannelModel model : new ChannelModel[] {new RicianChannelModel(0), new CorrelatedRayleighChannelModel(0),
            ChannelModel.iid(new RayleighFading(), true)}) {
            double[] r = new double[8];
            double[] i = new double[8];
            model.sample(LINK, RandomStreams.of(5, 1, 2), r, i, 0);
            assertArrayEquals(re, r, 0);
            assertArrayEquals(im, i, 0);
            assertTrue(model.iidRayleigh());
        }
        assertFalse(new RicianChannelModel(2).iidRayleigh() || new CorrelatedRayleighChannelModel(0.3).iidRayleigh());
    }

    /**
     * Rician K = 3 on a 1 × 4 link: unit power per entry, and the line of sight correlates the antennas:
     * E[h_m h_0*] = K/(K+1) · exp(−j(phase_m − phase_0)) of the transmit steering vector. Each estimate's standard
     * error is computed from the samples; 3.3 standard errors (the 99 % level shared by the 8 estimates, Bonferroni).
     */
    @Test
    void ricianHasUnitPowerAndTheLineOfSightCorrelation() {
        double k = 3;
        Link link = new Link(0, 0, 80, 60, ArrayGeometry.ula(4), ArrayGeometry.ula(1));
        checkCovariance(new RicianChannelModel(k), link, (m, n) -> {
            double phase = -(link.transmitter().phase(m, link.departureAngle())
                    - link.transmitter().phase(n, link.departureAngle()));
            double magnitude = m == n ? 1 : k / (k + 1);
            return new double[] {magnitude * Math.cos(phase), magnitude * Math.sin(phase)};
        });
    }

    /** Correlated Rayleigh ρ = 0.7: E[h_m h_n*] = ρ^|m−n| across the transmit array, same test as above. */
    @Test
    void correlatedRayleighHasTheExponentialCovariance() {
        double rho = 0.7;
        checkCovariance(new CorrelatedRayleighChannelModel(rho), new Link(0, 0, 80, 60, ArrayGeometry.ula(4),
                ArrayGeometry.ula(1)), (m, n) -> new double[] {Math.pow(rho, Math.abs(m - n)), 0});
    }

    private static void checkCovariance(ChannelModel model, Link link,
            java.util.function.BiFunction<Integer, Integer, double[]> expected) {
        int antennas = link.transmitter().elements();
        int n = 100_000;
        double[][] sumRe = new double[antennas][antennas];
        double[][] sumIm = new double[antennas][antennas];
        double[][] sumSq = new double[antennas][antennas];
        double[] re = new double[antennas];
        double[] im = new double[antennas];
        for (int s = 0; s < n; s++) {
            model.sample(link, RandomStreams.of(21, 0, s), re, im, 0);
            for (int a = 0; a < antennas; a++) {
                for (int b = 0; b <= a; b++) {
                    // h_a conj(h_b)
                    double xr = re[a] * re[b] + im[a] * im[b];
                    double xi = im[a] * re[b] - re[a] * im[b];
                    sumRe[a][b] += xr;
                    sumIm[a][b] += xi;
                    sumSq[a][b] += xr * xr + xi * xi;
                }
            }
        }
        for (int a = 0; a < antennas; a++) {
            for (int b = 0; b <= a; b++) {
                double mr = sumRe[a][b] / n;
                double mi = sumIm[a][b] / n;
                // the variance of the complex mean, split evenly between its parts (conservative for each)
                double se = Math.sqrt((sumSq[a][b] / n - mr * mr - mi * mi) / n);
                double[] e = expected.apply(a, b);
                assertEquals(e[0], mr, 3.3 * se, "Re E[h_" + a + " h_" + b + "*]");
                assertEquals(e[1], mi, 3.3 * se, "Im E[h_" + a + " h_" + b + "*]");
            }
        }
    }
}
