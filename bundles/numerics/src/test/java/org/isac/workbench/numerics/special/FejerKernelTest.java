package org.isac.workbench.numerics.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FejerKernelTest {

    @Test
    void hasItsClosedFormValues() {
        assertEquals(1, FejerKernel.normalised(0, 8), 0);
        // first null of an 8-element half-wavelength array at Δ(sin θ) = 2/8
        assertEquals(0, FejerKernel.normalised(0.25, 8), 1e-30);
        double x = Math.PI * 0.1 / 2;
        assertEquals(Math.pow(Math.sin(8 * x) / (8 * Math.sin(x)), 2), FejerKernel.normalised(0.1, 8), 1e-15);
    }

    /** Parseval: the kernel's mean over Δ·N/2 ∈ one period (Δ ∈ [0, 2)) is 1/N. */
    @Test
    void averagesToOneOverN() {
        int n = 4096;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += FejerKernel.normalised(2.0 * i / n, 8);
        }
        // the trapezoid rule is exact for this trigonometric polynomial of degree 7 < 4096
        assertEquals(1.0 / 8, sum / n, 1e-15);
    }
}
