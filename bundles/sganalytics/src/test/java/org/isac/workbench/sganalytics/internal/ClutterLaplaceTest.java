package org.isac.workbench.sganalytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.isac.workbench.numerics.special.FejerKernel;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * Remark 1's clutter in the analytics: the tabulated transform against a direct evaluation of its definition
 * on much finer rules, and the rate's limits.
 */
class ClutterLaplaceTest {

    private static final double K = 3;
    private static final double ALPHA = 4;
    private static final double BETA = 2;
    private static final double CS = 80;
    private static final double DENSITY = 1e-5;
    private static final double CLUTTER = 2e-4;
    private static final double RCS = 0.5;
    private static final double CELL = 15;
    private static final int NR = 8;

    /**
     * E_v exp(−λ_cl A E_{d,u}[1 − (1 + w ξ)^{−K}]) by brute force: 4× the target directions (midpoint rule),
     * the table's 4096 scatterer directions, and a 24-point Gauss–Legendre rule in d², no interpolation.
     */
    private static double direct(double s, double a) {
        double r = Math.sqrt(a / (Math.PI * DENSITY));
        double inner = Math.max(0, r - CELL / 2);
        double outer = r + CELL / 2;
        double span = outer * outer - inner * inner;
        int directions = 4 * ClutterLaplace.DIRECTIONS;
        int scatterers = 4096;
        GaussIntegrator rings = new GaussIntegratorFactory().legendre(24, 0, 1);
        double sum = 0;
        for (int v = 0; v < directions; v++) {
            double target = Math.sin((v + 0.5) * (Math.PI / 2) / directions);
            double expected = 0;
            for (int q = 0; q < rings.getNumberOfPoints(); q++) {
                double d2 = inner * inner + span * rings.getPoint(q);
                double ringWeight = rings.getWeight(q);
                double w = s * Math.pow(r, ALPHA) * CS * RCS * Math.pow(d2, -BETA);
                for (int u = 0; u < scatterers; u++) {
                    double xi = FejerKernel.normalised(Math.sin(2 * Math.PI * u / scatterers) - target, NR);
                    expected += ringWeight * (1 - Math.pow(1 + w * xi, -K));
                }
            }
            expected /= scatterers;
            sum += Math.exp(-CLUTTER * Math.PI * span * expected);
        }
        return sum / directions;
    }

    /**
     * The observed error must lie within the transform's own estimate plus 1e-7 (the reference's error: its
     * scatterer rule, see {@link #scattererDirectionsAreEnough}); a = 0.02 puts the range cell at r ≈ 25 m,
     * where the cell is wide (Δr/r = 0.6) and d^{−2β} varies by a factor 12 across it.
     */
    @Test
    void tableMatchesTheDefinition() {
        ClutterLaplace clutter = new ClutterLaplace(K, ALPHA, BETA, CS, DENSITY, CLUTTER, RCS, CELL, NR);
        double[] error = new double[1];
        for (double s : new double[] {1e-4, 0.05, 1, 30}) {
            for (double a : new double[] {0.02, 2}) {
                double value = clutter.laplace(s, a, error);
                double expected = direct(s, a);
                assertEquals(expected, value, error[0] + 1e-7, "s = " + s + ", a = " + a);
                System.out.printf("clutter transform s=%g a=%g: %.10f, error %.1e (estimate %.1e)%n", s, a, value,
                        Math.abs(value - expected), error[0]);
                assertTrue(value < 1 && value > 0, "s = " + s + ", a = " + a);
            }
        }
        // natural cubic splines with step 0.2 in ln w: measured 4.8e-7, part of the reported error
        assertTrue(clutter.tableError() < 1e-6, "interpolation error " + clutter.tableError());
    }

    private static NetworkParameters point(double clutterDensity) {
        return new NetworkParameters(16, NR, 3, 2, 1, 1, ALPHA, BETA, CS, DENSITY, clutterDensity, RCS, CELL);
    }

    @Test
    void rateFallsWithClutterAndReturnsToPropositionThreeWithout() {
        NetworkAnalytics analytics = new NetworkAnalytics();
        Evaluation clean = analytics.radarRate(point(0));
        Evaluation faint = analytics.radarRate(point(1e-12));
        Evaluation some = analytics.radarRate(point(CLUTTER));
        Evaluation more = analytics.radarRate(point(10 * CLUTTER));
        // 1e-12 scatterers per m² put about 1e-8 scatterers in a range cell: the rate moves by less than that
        assertEquals(clean.value(), faint.value(), 1e-6 * clean.value() + faint.errorEstimate());
        assertTrue(some.value() < clean.value() && more.value() < some.value(),
                clean.value() + " > " + some.value() + " > " + more.value());
        assertTrue(some.errorEstimate() <= ClutterLaplace.RELATIVE_ACCURACY * some.value(),
                "error " + some.errorEstimate());
        System.out.printf("R_s (Prop. 3) %.6f; with clutter %.6f +- %.1e, ten times more %.6f +- %.1e bit/s/Hz%n",
                clean.value(), some.value(), some.errorEstimate(), more.value(), more.errorEstimate());
    }

    /**
     * The trapezoid rule over the scatterers' directions has converged: four times its nodes move the rate by
     * less than 1e-7 relative (measured 1.7e-8; 1024 nodes were 5e-7 off).
     */
    @Test
    void scattererDirectionsAreEnough() {
        ClutterLaplace standard = new ClutterLaplace(K, ALPHA, BETA, CS, DENSITY, CLUTTER, RCS, CELL, NR);
        ClutterLaplace finer = new ClutterLaplace(K, ALPHA, BETA, CS, DENSITY, CLUTTER, RCS, CELL, NR, 16384);
        double rate = SensingAnalytics.radarRate(K, 0, true, ALPHA, BETA, CS, DENSITY, standard).value();
        double reference = SensingAnalytics.radarRate(K, 0, true, ALPHA, BETA, CS, DENSITY, finer).value();
        assertEquals(reference, rate, 1e-7 * reference);
    }
}
