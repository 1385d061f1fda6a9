package org.isac.workbench.numerics.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link MarcumQ} and {@link MarcumQInverse} against the high-precision reference values written by
 * {@code tools/marcumq/generate_reference.py} (mpmath, 60 digits, Poisson-mixture method independent of the
 * Skellam/Bessel-ratio algorithm under test), plus properties that need no reference.
 *
 * <p>Tolerances. ε = 2⁻⁵² is the unit roundoff of double. A value of a well-conditioned sum of positive terms
 * can still be off by the problem's own condition number times ε, because the inputs a and b are themselves
 * rounded: cond = (|a ∂Q/∂a| + |b ∂Q/∂b|)/Q, about b² − a² in the upper tails (specification section 4, step 7).
 * So every comparison uses the relative tolerance C·ε·(1 + cond) with C = 16, as the specification prescribes;
 * the implementation was measured well inside it (worst 2.6·ε·(1 + cond) on marcumq-reference.csv, median of the
 * non-zero values 0.0005·ε·(1 + cond); the specification's prototype: ≤ 4.1·ε·(1 + cond)).
 */
class MarcumQTest {

    /** Unit roundoff ε = 2⁻⁵². */
    private static final double EPS = 0x1.0p-52;
    /** The constant C of the tolerance C·ε·(1 + cond) (specification section 4, step 7: passes with a 4× margin). */
    private static final double C = 16;

    // ------------------------------------------------------------------------------------------------------
    // reference values
    // ------------------------------------------------------------------------------------------------------

    /**
     * Every row of marcumq-reference.csv, Q and 1 − Q, within 16·ε·(1 + cond_Q) resp. 16·ε·(1 + cond_P)
     * relative. Values the reference records as 0 are below 1e-305 (out of the double range or subnormal): for
     * those the result must be below 1e-300. All recorded non-zero values are normal doubles, so their relative
     * error is checked however small they are (down to 1e-305).
     */
    @Test
    void matchesHighPrecisionReference() {
        List<double[]> rows = csv("/marcumq-reference.csv", 7);
        assertTrue(rows.size() > 1000, "reference too small: " + rows.size() + " rows");
        List<String> failures = new ArrayList<>();
        int deepTail = 0;
        for (double[] row : rows) {
            int m = (int) row[0];
            double a = row[1];
            double b = row[2];
            MarcumQ.Result r = MarcumQ.evaluate(m, a, b);
            check(failures, "Q", m, a, b, r.q(), row[3], row[5]);
            check(failures, "1-Q", m, a, b, r.oneMinusQ(), row[4], row[6]);
            if ((row[3] > 0 && row[3] < 1e-250) || (row[4] > 0 && row[4] < 1e-250)) {
                deepTail++;
            }
        }
        assertTrue(deepTail >= 50, "the reference should reach deep tails, has " + deepTail + " values < 1e-250");
        if (!failures.isEmpty()) {
            fail(failures.size() + " reference mismatches, first: " + String.join("\n", failures.subList(0,
                    Math.min(20, failures.size()))));
        }
    }

    /** Adds a message to {@code failures} unless {@code got} meets the reference {@code expected}. */
    private static void check(List<String> failures, String what, int m, double a, double b, double got,
            double expected, double cond) {
        if (expected == 0) {
            // below 1e-305 in the reference: only required to come out (essentially) zero
            if (!(got >= 0 && got < 1e-300)) {
                failures.add(what + " M=" + m + " a=" + a + " b=" + b + ": expected < 1e-300, got " + got);
            }
            return;
        }
        double rel = Math.abs(got - expected) / expected;
        double tol = C * EPS * (1 + cond);
        if (!(rel <= tol)) {
            failures.add(String.format("%s M=%d a=%s b=%s: got %s expected %s rel %.3e > tol %.3e (cond %.3g)", what,
                    m, a, b, got, expected, rel, tol, cond));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // properties
    // ------------------------------------------------------------------------------------------------------

    /** The orders of the reference table. */
    private static final int[] ORDERS = {1, 2, 3, 5, 8, 16, 32, 64};

    /**
     * Q + (1 − Q) = 1 to 1e-15: one of the two is the summed tail and the other is 1 minus it, so the only
     * error left is the rounding of the subtraction and of the final addition (each ≤ ε/2 ≈ 1.1e-16).
     */
    @Test
    void complementsAddUpToOne() {
        for (int m : ORDERS) {
            for (double a = 0; a <= 60; a += 1.7) {
                for (double b = 0; b <= 60; b += 1.3) {
                    MarcumQ.Result r = MarcumQ.evaluate(m, a, b);
                    assertEquals(1.0, r.q() + r.oneMinusQ(), 1e-15, "M=" + m + " a=" + a + " b=" + b);
                    assertTrue(r.q() >= 0 && r.q() <= 1 && r.oneMinusQ() >= 0 && r.oneMinusQ() <= 1);
                }
            }
        }
    }

    /**
     * Q_M(a, b) is increasing in a and decreasing in b (and 1 − Q the other way round). The grid steps (0.25)
     * change the values by far more than their rounding error (a few ε·(1 + cond) relative), so plain
     * non-strict comparisons are exact requirements here.
     */
    @Test
    void monotoneInBothArguments() {
        for (int m : ORDERS) {
            for (double b = 0.5; b <= 45; b += 2.5) {
                MarcumQ.Result previous = MarcumQ.evaluate(m, 0, b);
                for (double a = 0.25; a <= 50; a += 0.25) {
                    MarcumQ.Result r = MarcumQ.evaluate(m, a, b);
                    String where = "M=" + m + " a=" + a + " b=" + b;
                    assertTrue(r.q() >= previous.q(), "Q not increasing in a at " + where);
                    assertTrue(r.oneMinusQ() <= previous.oneMinusQ(), "1-Q not decreasing in a at " + where);
                    previous = r;
                }
            }
            for (double a = 0; a <= 45; a += 2.5) {
                MarcumQ.Result previous = MarcumQ.evaluate(m, a, 0);
                for (double b = 0.25; b <= 50; b += 0.25) {
                    MarcumQ.Result r = MarcumQ.evaluate(m, a, b);
                    String where = "M=" + m + " a=" + a + " b=" + b;
                    assertTrue(r.q() <= previous.q(), "Q not decreasing in b at " + where);
                    assertTrue(r.oneMinusQ() >= previous.oneMinusQ(), "1-Q not increasing in b at " + where);
                    previous = r;
                }
            }
        }
    }

    /**
     * Closed forms: Q_1(0, b) = exp(−b²/2) and the Erlang sum Q_3(0, b) = e^{−y}(1 + y + y²/2), y = b²/2, down
     * to 1e-305 (b = 37.4; no underflow to 0 while representable). Tolerance 16·ε·(1 + b²): cond = b² Pr{D = M−1}/Q
     * ≤ b² here, and the closed form itself, computed in double, carries the same b²·ε from rounding b².
     */
    @Test
    void centralCaseMatchesClosedForms() {
        for (double b = 0; b <= 37.4; b += 0.1) {
            double y = 0.5 * b * b;
            double tol = C * EPS * (1 + b * b);
            double q1 = MarcumQ.q(1, 0, b);
            double e1 = Math.exp(-y);
            assertEquals(e1, q1, tol * e1, "Q_1(0," + b + ")");
            double q3 = MarcumQ.q(3, 0, b);
            double e3 = Math.exp(-y) * (1 + y + 0.5 * y * y);
            assertEquals(e3, q3, tol * e3, "Q_3(0," + b + ")");
            assertTrue(q1 > 1e-306, "no underflow at b=" + b);
        }
        // 1 - Q_1(0, b) = -expm1(-b^2/2) for small b: relative accuracy of the complement (cond_P <= 2)
        for (double b = 1e-8; b < 1; b *= 3) {
            double expected = -Math.expm1(-0.5 * b * b);
            assertEquals(expected, MarcumQ.oneMinusQ(1, 0, b), C * EPS * 3 * expected, "1-Q_1(0," + b + ")");
        }
    }

    /**
     * The identity Q_1(a, b) + Q_1(b, a) = 1 + e^{−(a²+b²)/2} I_0(ab) = 1 + Pr{D = 0} (both sides are
     * Pr{D ≤ 0} + Pr{D ≥ 0}). Each Q has absolute error ≤ 16ε(Q + a² Pr + b² Pr) ≤ 16ε(1 + a² + b²), the pmf
     * ≤ 16ε, hence the absolute tolerance 16ε·(3 + 2(a² + b²)).
     */
    @Test
    void firstOrderSymmetryIdentity() {
        for (double a = 0.05; a <= 30; a *= 1.6) {
            for (double b = 0.07; b <= 30; b *= 1.5) {
                double lhs = MarcumQ.q(1, a, b) + MarcumQ.q(1, b, a);
                double rhs = 1 + MarcumQ.skellamPmf(0, a, b);
                assertEquals(rhs, lhs, C * EPS * (3 + 2 * (a * a + b * b)), "a=" + a + " b=" + b);
            }
        }
    }

    /**
     * Q_{M+1} − Q_M = Pr{D = M} = skellamPmf(M, a, b), written without cancellation as
     * Q_{M+1} = Q_M + Pr{D = M} (when Q_{M+1} ≤ ½) or P_M = P_{M+1} + Pr{D = M} (otherwise). Both sides are sums
     * of positive terms; the tolerance adds the two Marcum values' own bounds 16ε(1 + cond) (cond from the
     * closed-form derivatives a²Pr{D=M} + b²Pr{D=M−1}) and 16ε for the pmf.
     */
    @Test
    void recurrenceInTheOrder() {
        for (int m = 1; m <= 40; m += 3) {
            for (double a = 0; a <= 40; a += 3.3) {
                for (double b = 0.2; b <= 45; b += 2.9) {
                    MarcumQ.Result lower = MarcumQ.evaluate(m, a, b);
                    MarcumQ.Result upper = MarcumQ.evaluate(m + 1, a, b);
                    double pmf = MarcumQ.skellamPmf(m, a, b);
                    double numLower = a * a * pmf + b * b * MarcumQ.skellamPmf(m - 1, a, b);
                    double numUpper = a * a * MarcumQ.skellamPmf(m + 1, a, b) + b * b * pmf;
                    String where = "M=" + m + " a=" + a + " b=" + b;
                    if (upper.q() <= 0.5) {
                        double expected = upper.q();
                        double got = lower.q() + pmf;
                        if (expected < 1e-290) {
                            continue;     // near underflow: relative checks are meaningless
                        }
                        double tol = C * EPS * (3 + numLower / lower.q() + numUpper / upper.q());
                        assertEquals(1, got / expected, tol, where);
                    } else {
                        double expected = lower.oneMinusQ();
                        double got = upper.oneMinusQ() + pmf;
                        if (expected < 1e-290) {
                            continue;
                        }
                        double tol = C * EPS * (3 + numLower / lower.oneMinusQ() + numUpper / upper.oneMinusQ());
                        assertEquals(1, got / expected, tol, where);
                    }
                }
            }
        }
    }

    /**
     * The Skellam pmf: it sums to 1 over n (to 1e-13: a sum of a few hundred terms each with a relative error of
     * a few hundred ε at most, since cond of a pmf value is at most about n·|ln(b/a)| + (a−b)² for the n that
     * matter), reduces to the Poisson pmf for a = 0 (relative 16ε·(1 + y): rounding of y = b²/2 moves
     * e^{−y}y^n/n! by (y + n)·ε), and is symmetric: Pr_{a,b}{D = n} = Pr_{b,a}{D = −n} exactly in exact
     * arithmetic (checked to 16ε·(1 + a² + b²) relative).
     */
    @Test
    void skellamPmfProperties() {
        double[][] args = {{0.3, 0.2}, {1, 2}, {5, 3}, {10, 10}, {20, 25}, {1e-6, 4}, {4, 1e-6}, {0, 3}, {3, 0}};
        for (double[] ab : args) {
            double sum = 0;
            for (int n = -400; n <= 400; n++) {
                sum += MarcumQ.skellamPmf(n, ab[0], ab[1]);
            }
            assertEquals(1, sum, 1e-13, "a=" + ab[0] + " b=" + ab[1]);
        }
        for (double b = 0.5; b < 30; b += 2.5) {
            double y = 0.5 * b * b;
            double term = Math.exp(-y);
            for (int n = 0; n <= 30; n++) {
                if (n > 0) {
                    term *= y / n;
                }
                assertEquals(term, MarcumQ.skellamPmf(n, 0, b), C * EPS * (1 + y + n) * term, "n=" + n + " b=" + b);
            }
            assertEquals(0.0, MarcumQ.skellamPmf(-1, 0, b));
        }
        for (double[] ab : args) {
            for (int n = -20; n <= 20; n++) {
                double p = MarcumQ.skellamPmf(n, ab[0], ab[1]);
                double q = MarcumQ.skellamPmf(-n, ab[1], ab[0]);
                assertEquals(p, q, C * EPS * (1 + ab[0] * ab[0] + ab[1] * ab[1]) * p, "n=" + n);
            }
        }
    }

    /** Special and limiting arguments (specification section 4, step 1), and argument validation. */
    @Test
    void specialArgumentsAndValidation() {
        assertEquals(new MarcumQ.Result(1.0, 0.0), MarcumQ.evaluate(3, 2.0, 0.0));
        assertEquals(new MarcumQ.Result(1.0, 0.0), MarcumQ.evaluate(3, 0.0, 0.0));
        assertEquals(new MarcumQ.Result(1.0, 0.0), MarcumQ.evaluate(3, Double.POSITIVE_INFINITY, 5.0));
        assertEquals(new MarcumQ.Result(0.0, 1.0), MarcumQ.evaluate(3, 5.0, Double.POSITIVE_INFINITY));
        // out of the double range on one side, exactly 1 on the other
        assertEquals(new MarcumQ.Result(0.0, 1.0), MarcumQ.evaluate(2, 1.0, 1e6));
        assertEquals(new MarcumQ.Result(1.0, 0.0), MarcumQ.evaluate(2, 1e6, 1.0));
        assertEquals(new MarcumQ.Result(0.0, 1.0), MarcumQ.evaluate(2, 0.0, 1e200));
        // tiny arguments: first-order behaviour
        double tiny = MarcumQ.oneMinusQ(1, 1e-8, 1e-8);           // 1 - Q_1 ~ b^2/2
        assertEquals(5e-17, tiny, 1e-30);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarcumQ.q(0, 1, 1));
        assertTrue(e.getMessage().startsWith("M ") && e.getMessage().contains("0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MarcumQ.q(2, -1, 1));
        assertTrue(e.getMessage().startsWith("a ") && e.getMessage().contains("-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MarcumQ.oneMinusQ(2, 1, Double.NaN));
        assertTrue(e.getMessage().startsWith("b ") && e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MarcumQ.skellamPmf(2, Double.NaN, 1));
        assertTrue(e.getMessage().startsWith("a "), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MarcumQ.evaluate(1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.gammaThreshold(0, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.gammaThreshold(3, 0));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.gammaThreshold(3, 1.5));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.minimumNoncentrality(3, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.minimumNoncentrality(3, 19, 1.0));
        assertThrows(IllegalArgumentException.class, () -> MarcumQInverse.minimumNoncentrality(0, 19, 0.5));
    }

    // ------------------------------------------------------------------------------------------------------
    // inversions
    // ------------------------------------------------------------------------------------------------------

    /**
     * δ with Γ(L, δ)/Γ(L) = P_FA against glrt-threshold-reference.csv. Conditioning: a relative error η in
     * Q(L, δ) (or in the rounded P_FA) moves δ by η·Q/Poi(L−1; δ), i.e. by η·κ relative with
     * κ = P_FA/(δ·Poi(L−1; δ)) (≤ 1 on this table). The specification's prototype lands within 2e-16; the
     * tolerance 8·ε·(1 + κ) allows a few ulps of ln Q plus the final rounding of δ.
     */
    @Test
    void gammaThresholdMatchesReference() {
        List<double[]> rows = csv("/glrt-threshold-reference.csv", 3);
        assertEquals(36, rows.size());
        for (double[] row : rows) {
            int l = (int) row[0];
            double pfa = row[1];
            double expected = row[2];
            double delta = MarcumQInverse.gammaThreshold(l, pfa);
            double kappa = pfa / (expected * MarcumQ.skellamPmf(l - 1, 0, Math.sqrt(2 * expected)));
            assertEquals(expected, delta, 8 * EPS * (1 + kappa) * expected, "L=" + l + " pfa=" + pfa);
        }
        // the specification's value (section 2, eq. 10)
        assertEquals(19.129168188604843, MarcumQInverse.gammaThreshold(3, 1e-6), 4 * EPS * 19.13);
        assertEquals(-Math.log(1e-6), MarcumQInverse.gammaThreshold(1, 1e-6), 2 * EPS * 13.82);
        assertEquals(0.0, MarcumQInverse.gammaThreshold(4, 1.0));
        // deep false-alarm probabilities still invert (no underflow of Q(L, delta))
        double deep = MarcumQInverse.gammaThreshold(3, 1e-300);
        assertEquals(1e-300, MarcumQ.q(3, 0, Math.sqrt(2 * deep)), 1e-300 * 1e-12);
    }

    /**
     * λ_min against lambda-min-reference.csv, with δ from {@link MarcumQInverse#gammaThreshold}. The relative
     * tolerance is 16·ε·(1 + κ_ξ + κ_b) with the conditioning of the inverse problem (specification section 4,
     * "Inversions"): κ_ξ = 2ξ/(λ Pr{D = L}) for a relative perturbation of ξ (the decimal ξ of the reference is
     * rounded to a double; this is the term ε/(λ ∂Q/∂λ) the specification asks for, large as ξ → 1), and
     * κ_b = 2b² Pr{D = L−1}/(λ Pr{D = L}) for a relative perturbation of b = √(2δ) (δ and the square root are
     * rounded). The probabilities come from {@link MarcumQ#skellamPmf}, which the other tests validate.
     */
    @Test
    void minimumNoncentralityMatchesReference() {
        List<double[]> rows = csv("/lambda-min-reference.csv", 4);
        assertTrue(rows.size() >= 20);
        for (double[] row : rows) {
            int l = (int) row[0];
            double pfa = row[1];
            double xi = row[2];
            double expected = row[3];
            double delta = MarcumQInverse.gammaThreshold(l, pfa);
            double lambda = MarcumQInverse.minimumNoncentrality(l, delta, xi);
            double b = Math.sqrt(2 * delta);
            double a = Math.sqrt(expected);
            double pmfL = MarcumQ.skellamPmf(l, a, b);
            double pmfL1 = MarcumQ.skellamPmf(l - 1, a, b);
            double kappaXi = 2 * xi / (expected * pmfL);
            double kappaB = 2 * b * b * pmfL1 / (expected * pmfL);
            assertEquals(expected, lambda, C * EPS * (1 + kappaXi + kappaB) * expected,
                    "L=" + l + " pfa=" + pfa + " xi=" + xi);
        }
        // the specification's table (L = 3, P_FA = 1e-6), to its 11 printed digits
        double delta = MarcumQInverse.gammaThreshold(3, 1e-6);
        assertEquals(39.788524972, MarcumQInverse.minimumNoncentrality(3, delta, 0.7), 1e-9);
        assertEquals(66.578468524, MarcumQInverse.minimumNoncentrality(3, delta, 0.99), 1e-9);
    }

    /**
     * λ_min is 0 when ξ ≤ Q_L(0, b) (= P_FA), and otherwise Q_L(√λ_min, b) = ξ, checked through the forward
     * function to 16·ε·(1 + cond) relative in the smaller tail (the inverse is accurate to a few ulps, and the
     * forward value of the rounded λ carries the forward condition number).
     */
    @Test
    void minimumNoncentralityIsARootOfTheForwardFunction() {
        double delta = MarcumQInverse.gammaThreshold(3, 1e-6);
        double b = Math.sqrt(2 * delta);
        assertEquals(0.0, MarcumQInverse.minimumNoncentrality(3, delta, 1e-7));
        assertEquals(0.0, MarcumQInverse.minimumNoncentrality(3, delta, 0.0));
        for (double xi : new double[] {1e-5, 0.01, 0.2, 0.45, 0.5, 0.55, 0.95, 0.9999, 1 - 1e-9}) {
            double lambda = MarcumQInverse.minimumNoncentrality(3, delta, xi);
            double a = Math.sqrt(lambda);
            MarcumQ.Result r = MarcumQ.evaluate(3, a, b);
            double num = a * a * MarcumQ.skellamPmf(3, a, b) + b * b * MarcumQ.skellamPmf(2, a, b);
            if (xi <= 0.5) {
                assertEquals(xi, r.q(), 4 * C * EPS * (1 + num / r.q()) * xi, "xi=" + xi);
            } else {
                assertEquals(1 - xi, r.oneMinusQ(), 4 * C * EPS * (1 + num / r.oneMinusQ()) * (1 - xi), "xi=" + xi);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // CSV
    // ------------------------------------------------------------------------------------------------------

    /** Reads a numeric CSV test resource with a header line. */
    private static List<double[]> csv(String resource, int columns) {
        InputStream in = MarcumQTest.class.getResourceAsStream(resource);
        assertNotNull(in, "missing test resource " + resource);
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertNotNull(header, resource + " is empty");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",");
                assertEquals(columns, fields.length, resource + ": " + line);
                double[] row = new double[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = Double.parseDouble(fields[i].trim());
                }
                rows.add(row);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }
}
