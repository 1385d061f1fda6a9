package org.isac.workbench.sganalytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HypergeometricKernelTest {

    /**
     * F_K and F_K − 1 against mpmath's hyp2f1 at 40 digits (fk-reference.csv, written by
     * tools/network-sg/generate_reference.py): 420 points, K ∈ {0.3, 1, 2.5, 4, 16, 64}, α ∈ [2.5, 8],
     * z ∈ [1e-12, 1e30], all three regimes (series, incomplete Beta, asymptote). Tolerance: the class's
     * stated relative accuracy, 5e-14, for both (worst seen: 7e-15).
     */
    @Test
    void matchesMpmathHypergeometric() {
        List<String[]> rows = ReferenceData.rows("/fk-reference.csv");
        assertEquals(420, rows.size());
        double worst = 0;
        double worstMinusOne = 0;
        for (String[] r : rows) {
            double k = Double.parseDouble(r[0]);
            double alpha = Double.parseDouble(r[1]);
            double z = Double.parseDouble(r[2]);
            double expected = Double.parseDouble(r[3]);
            double expectedMinusOne = Double.parseDouble(r[4]);
            HypergeometricKernel f = new HypergeometricKernel(k, alpha);
            double e1 = Math.abs(f.value(z) / expected - 1);
            double e2 = Math.abs(f.minusOne(z) / expectedMinusOne - 1);
            assertTrue(e1 <= HypergeometricKernel.RELATIVE_ACCURACY, () -> "F at " + String.join(",", r) + ": " + e1);
            assertTrue(e2 <= HypergeometricKernel.RELATIVE_ACCURACY, () -> "F-1 at " + String.join(",", r) + ": " + e2);
            worst = Math.max(worst, e1);
            worstMinusOne = Math.max(worstMinusOne, e2);
        }
        System.out.printf("F_K vs mpmath: worst relative error %.2e (F), %.2e (F - 1)%n", worst, worstMinusOne);
    }

    @Test
    void asymptotesAndSmallArgument() {
        HypergeometricKernel f = new HypergeometricKernel(4, 4);
        double delta = 0.5;
        // small z: 1 + Kδ/(1−δ) z − δK(K+1)/(2(2−δ)) z²; large z: Γ(1−δ)Γ(K+δ)/Γ(K) z^δ = √π·Γ(4.5)/Γ(4)·√z
        double z = 1e-6;
        double twoTerms = 4 * delta / (1 - delta) * z - delta * 4 * 5 / (2 * (2 - delta)) * z * z;
        assertEquals(twoTerms, f.minusOne(z), 1e-11 * twoTerms); // the z³ term is 5e-13 relative
        double constant = Math.sqrt(Math.PI) * 11.631728396567448 / 6;
        assertEquals(constant, f.asymptote(), 1e-14 * constant);
        assertEquals(1, f.value(1e20) / (constant * 1e10), 1e-14);
        assertEquals(1, f.value(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, f.value(Double.POSITIVE_INFINITY));
    }

    @Test
    void misrGain() {
        // α = 4: G_L = (L + 1)/2 (Appendix D); G_1 = 1 for every α; G → 1 as α → 2 (Proposition 1)
        for (int l = 1; l <= 8; l++) {
            assertEquals((l + 1) / 2.0, HypergeometricKernel.misrGain(l, 4), 1e-13 * l);
            assertEquals(1, HypergeometricKernel.misrGain(1, 2 + 0.37 * l), 1e-13);
            assertEquals(1, HypergeometricKernel.misrGain(l, 2 + 1e-9), 1e-8);
        }
        assertTrue(HypergeometricKernel.misrGain(4, 2.1) < HypergeometricKernel.misrGain(4, 3));
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> new HypergeometricKernel(0, 4));
        assertTrue(k.getMessage().startsWith("K "), k.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new HypergeometricKernel(1, 2));
        assertTrue(a.getMessage().startsWith("alpha "), a.getMessage());
        HypergeometricKernel f = new HypergeometricKernel(1, 4);
        assertThrows(IllegalArgumentException.class, () -> f.value(-1));
        assertThrows(IllegalArgumentException.class, () -> f.value(Double.NaN));
    }
}
