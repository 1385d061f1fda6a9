package org.isac.workbench.beamforming.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.random.RandomVariates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeroForcingTest {

    private static ComplexMatrix rayleigh(int antennas, int columns, long realization) {
        ComplexMatrix h = new ComplexMatrix(antennas, columns);
        RandomVariates.complexGaussian(RandomStreams.of(7, antennas * 100L + columns, realization), h.re(), h.im(), 0,
                antennas * columns);
        return h;
    }

    @ParameterizedTest
    @CsvSource({"8, 3, 2", "16, 8, 5", "32, 16, 16", "4, 1, 3"})
    void beamsAreOrthogonalToEveryOtherStackedChannel(int antennas, int streams, int nulled) {
        ZeroForcingBeamformer zf = new ZeroForcingBeamformer();
        for (int r = 0; r < 20; r++) {
            ComplexMatrix h = rayleigh(antennas, streams + nulled, r);
            ComplexMatrix w = zf.precoder(h, streams);
            for (int k = 0; k < streams; k++) {
                assertEquals(1, w.columnNormSquared(k), 1e-12);
                for (int j = 0; j < streams + nulled; j++) {
                    if (j != k) {
                        // leakage relative to the channel's own size: rounding level, far below 1e-10
                        double leak = Math.sqrt(h.innerProductSquared(j, w, k) / h.columnNormSquared(j));
                        assertTrue(leak < 1e-10, "leak " + leak + " of beam " + k + " into channel " + j);
                    }
                }
            }
        }
        assertEquals(antennas - streams, zf.nullingCapacity(antennas, streams));
    }

    @ParameterizedTest
    @CsvSource({"8, 2, 3", "16, 4, 6", "32, 8, 0"})
    void effectiveGainIsGammaOfTheRemainingDimensions(int antennas, int streams, int nulled) {
        // |h_kᴴ w_k|² ~ Gamma(M − K − nulled + 1, 1) for i.i.d. CN(0, 1) channels (projection onto the
        // orthogonal complement of the other K + nulled − 1 channels); KS test at p > 1e-3 on 20 000 draws
        int draws = 20_000;
        double[] gains = new double[draws];
        ZeroForcingBeamformer zf = new ZeroForcingBeamformer();
        for (int r = 0; r < draws; r++) {
            ComplexMatrix h = rayleigh(antennas, streams + nulled, r);
            gains[r] = h.innerProductSquared(0, zf.precoder(h, streams), 0);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        int shape = antennas - streams - nulled + 1;
        assertTrue(ks.kolmogorovSmirnovTest(new GammaDistribution(shape, 1), gains) > 1e-3, "Gamma(" + shape + ")");
        // and the test tells one dimension less apart
        assertTrue(ks.kolmogorovSmirnovTest(new GammaDistribution(shape + 1, 1), gains) < 1e-3);
    }

    @Test
    void regularisationInterpolatesTowardsMaximumRatio() {
        ComplexMatrix h = rayleigh(8, 4, 0);
        RegularizedZeroForcingBeamformer rzf = new RegularizedZeroForcingBeamformer();
        ComplexMatrix zf = new ZeroForcingBeamformer().precoder(h, 2);
        ComplexMatrix mrt = new MaximumRatioTransmission().precoder(h, 2);
        assertEquals(zf.re(0, 0), ZeroForcing.precoder(h, 2, 0).re(0, 0), 0);
        ComplexMatrix large = ZeroForcing.precoder(h, 2, 1e9);
        // |⟨w_rzf, w_mrt⟩|² → 1 as ε → ∞
        assertEquals(1, large.innerProductSquared(0, mrt, 0), 1e-6);
        assertTrue(zf.innerProductSquared(0, mrt, 0) < 0.999);
        assertThrows(IllegalArgumentException.class, () -> new ZeroForcingBeamformer().precoder(rayleigh(4, 5, 0), 2));
        assertEquals(4, rzf.nullingCapacity(8, 4));
    }

    /** Leakage of every beam into every other stacked channel, relative to that channel's size. */
    private static double worstLeak(ComplexMatrix h, ComplexMatrix w, int streams) {
        double worst = 0;
        for (int k = 0; k < streams; k++) {
            assertEquals(1, w.columnNormSquared(k), 1e-12);
            for (int j = 0; j < h.columns(); j++) {
                if (j != k) {
                    worst = Math.max(worst, Math.sqrt(h.innerProductSquared(j, w, k) / h.columnNormSquared(j)));
                }
            }
        }
        return worst;
    }

    /**
     * The sensing rows a BS nulls for another BS's targets, G_{b→i}ᴴ u_j with Vandermonde filters u_j: two
     * targets 1e-7 apart in sin θ (the normal equations' Cholesky failed on such stacks in the physical
     * simulator), and an exactly repeated row. Every beam must still be orthogonal to every row.
     */
    @Test
    void nearlyDependentNulledChannelsAreStillNulled() {
        int antennas = 16;
        int receive = 8;
        double[] sines = {-0.9, -0.55, -0.2, 0.1, 0.3, 0.3 + 1e-7, 0.62, 0.95};
        ComplexMatrix g = rayleigh(receive, antennas, 3);
        ComplexMatrix h = rayleigh(antennas, 2 + sines.length + 1, 4);
        for (int j = 0; j < sines.length; j++) {
            for (int a = 0; a < antennas; a++) {
                double re = 0;
                double im = 0;
                for (int n = 0; n < receive; n++) {
                    double phase = Math.PI * n * sines[j];
                    // conj(G[n, a]) · u[n]
                    re += g.re(n, a) * Math.cos(phase) + g.im(n, a) * Math.sin(phase);
                    im += g.re(n, a) * Math.sin(phase) - g.im(n, a) * Math.cos(phase);
                }
                h.set(a, 2 + j, re, im);
            }
        }
        int last = 2 + sines.length;
        for (int a = 0; a < antennas; a++) {
            h.set(a, last, h.re(a, 2), h.im(a, 2));
        }
        ComplexMatrix w = new ZeroForcingBeamformer().precoder(h, 2);
        double leak = worstLeak(h, w, 2);
        assertTrue(leak < 1e-9, "leak " + leak);
    }

    /** Where the normal equations are well conditioned, the projection gives their precoder. */
    @ParameterizedTest
    @CsvSource({"8, 3, 2", "16, 4, 9", "32, 1, 30"})
    void projectionEqualsTheNormalEquations(int antennas, int streams, int nulled) {
        for (int r = 0; r < 5; r++) {
            ComplexMatrix h = rayleigh(antennas, streams + nulled, r);
            ComplexMatrix projected = ZeroForcing.precoder(h, streams, 0);
            // a ridge below every rounding step takes the Gram path over all columns: W = H (HᴴH)⁻¹ normalised
            ComplexMatrix reference = ZeroForcing.precoder(h, streams, Double.MIN_VALUE);
            for (int m = 0; m < antennas; m++) {
                for (int k = 0; k < streams; k++) {
                    assertEquals(reference.re(m, k), projected.re(m, k), 1e-9, "re(" + m + ", " + k + ")");
                    assertEquals(reference.im(m, k), projected.im(m, k), 1e-9, "im(" + m + ", " + k + ")");
                }
            }
        }
    }
}
