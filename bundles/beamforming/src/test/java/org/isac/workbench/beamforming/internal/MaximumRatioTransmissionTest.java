package org.isac.workbench.beamforming.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.numerics.random.RandomVariates;
import org.junit.jupiter.api.Test;

class MaximumRatioTransmissionTest {

    @Test
    void beamsAreUnitNormAndMatchedToTheirUser() {
        int antennas = 8;
        ComplexMatrix h = new ComplexMatrix(antennas, 5);
        RandomVariates.complexGaussian(RandomStreams.of(1, 0, 0), h.re(), h.im(), 0, antennas * 5);
        MaximumRatioTransmission mrt = new MaximumRatioTransmission();
        ComplexMatrix w = mrt.precoder(h, 3);
        assertEquals(3, w.columns());
        for (int k = 0; k < 3; k++) {
            assertEquals(1, w.columnNormSquared(k), 1e-14);
            // |h_kᴴ w_k|² = ‖h_k‖², the largest gain any unit-norm beam can give (Cauchy–Schwarz)
            assertEquals(h.columnNormSquared(k), h.innerProductSquared(k, w, k), 1e-12 * h.columnNormSquared(k));
        }
        assertEquals(0, mrt.nullingCapacity(antennas, 3));
        assertThrows(IllegalArgumentException.class, () -> mrt.precoder(h, 6));
        assertThrows(IllegalArgumentException.class, () -> mrt.precoder(new ComplexMatrix(4, 2), 1));
    }
}
