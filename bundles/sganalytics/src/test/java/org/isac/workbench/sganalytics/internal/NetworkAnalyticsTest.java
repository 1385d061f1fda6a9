package org.isac.workbench.sganalytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Result;
import org.junit.jupiter.api.Test;

/** The properties the specification states, the variants of §10, and the guards. */
class NetworkAnalyticsTest {

    private static final NetworkAnalytics MODEL = new NetworkAnalytics();

    /** M = 16, N_r = 8, α = 4, β = 2, c_s = 10, λ_b = 1e-5 with the given K, J, L_c, L_s. */
    private static NetworkParameters point(int k, int j, int lc, int ls) {
        return new NetworkParameters(16, 8, k, j, lc, ls, 4, 2, 10, 1e-5);
    }

    private static NetworkParameters withDensity(NetworkParameters p, double beta, double density) {
        return new NetworkParameters(p.antennas(), p.receiveAntennas(), p.users(), p.targets(), p.commCluster(),
                p.senseCluster(), p.alpha(), beta, p.sensingGain(), density);
    }

    private static double bits(Result nats) {
        return RateIntegrals.bits(nats, "test")[0];
    }

    @Test
    void everyRateCarriesItsErrorEstimate() {
        NetworkParameters p = point(4, 2, 2, 2);
        for (Evaluation e : new Evaluation[] {MODEL.commRate(p), MODEL.commRateMisr(p), MODEL.radarRate(p),
            MODEL.radarRateNoHole(p), MODEL.radarRateExact(p), MODEL.commAse(p), MODEL.sensingAse(p)}) {
            assertTrue(e.value() > 0 && Double.isFinite(e.value()), e::toString);
            assertTrue(e.errorEstimate() > 0 && e.errorEstimate() <= 1e-6 * e.value(), e::toString);
        }
        assertEquals(1e-5 * 4 * MODEL.commRate(p).value(), MODEL.commAse(p).value(), 1e-20);
        assertEquals(1e-5 * 2 * MODEL.radarRate(p).value(), MODEL.sensingAse(p).value(), 1e-20);
    }

    /** Sec. III: R_c does not depend on λ_b (so A_c ∝ λ_b). */
    @Test
    void commRateIsIndependentOfDensity() {
        NetworkParameters p = point(4, 2, 2, 2);
        double reference = MODEL.commRate(p).value();
        for (double density : new double[] {1e-7, 1e-3, 1}) {
            NetworkParameters q = withDensity(p, 2, density);
            assertEquals(reference, MODEL.commRate(q).value(), 0);
            assertEquals(MODEL.commRateMisr(p).value(), MODEL.commRateMisr(q).value(), 0);
            assertEquals(density / 1e-5 * MODEL.commAse(p).value(), MODEL.commAse(q).value(),
                    1e-14 * MODEL.commAse(q).value());
        }
    }

    /** Sec. III: R_c decreases monotonically in the sensing DoF D_s = J(L_s − 1). */
    @Test
    void commRateDecreasesWithSensingDof() {
        double previous = Double.POSITIVE_INFINITY;
        for (int ls = 1; ls <= 13; ls++) {
            NetworkParameters p = new NetworkParameters(16, 8, 4, 1, 1, ls, 4, 2, 10, 1e-5);
            double rc = MODEL.commRate(p).value();
            assertTrue(rc < previous, "D_s = " + (ls - 1) + ": " + rc + " >= " + previous);
            previous = rc;
        }
        double previousMisr = Double.POSITIVE_INFINITY;
        for (int j = 1; j <= 6; j++) {
            double rc = MODEL.commRateMisr(point(4, j, 2, 2)).value();
            assertTrue(rc < previousMisr);
            previousMisr = rc;
        }
    }

    /**
     * Proposition 1: as α → 2, G_L → 1 and Theorem 2 gives no nulling gain: at equal Δ the rate with L_c = 3
     * approaches the rate with L_c = 1.
     */
    @Test
    void misrApproximationLosesTheNullingGainAsAlphaTendsToTwo() {
        double previousGain = Double.POSITIVE_INFINITY;
        for (double alpha : new double[] {4, 3, 2.2, 2.02}) {
            double clustered = bits(CommunicationAnalytics.theorem2(2, 3, 7, alpha, MisrForm.MEAN_SIGNAL));
            double single = bits(CommunicationAnalytics.theorem2(2, 1, 7, alpha, MisrForm.MEAN_SIGNAL));
            double gain = clustered / single - 1;
            System.out.printf("Theorem 2 nulling gain (L_c = 3 vs 1, Delta = 7) at alpha = %.2f: %+.4f%n", alpha, gain);
            assertTrue(gain > 0 && gain < previousGain, "alpha = " + alpha);
            previousGain = gain;
        }
        assertTrue(previousGain < 0.01);
    }

    /** (12-γ) keeps the Gamma(Δ) signal: for L_c = 1 (G = 1) it is Theorem 1 itself. */
    @Test
    void theorem2GammaFormIsTheorem1WithoutCluster() {
        for (int k : new int[] {1, 4, 9}) {
            double t1 = bits(CommunicationAnalytics.theorem1(k, 1, 17 - k, 4, CommKernel.EXACT));
            double t2 = bits(CommunicationAnalytics.theorem2(k, 1, 17 - k, 4, MisrForm.GAMMA_SIGNAL));
            assertEquals(t1, t2, 1e-9 * t1);
        }
    }

    /** §10 decision 1: the paper-literal kernel equals the exact one for L_c = 1 and is a few per cent higher after. */
    @Test
    void paperLiteralKernelIsHigherWithCooperation() {
        assertEquals(bits(CommunicationAnalytics.theorem1(4, 1, 13, 4, CommKernel.EXACT)),
                bits(CommunicationAnalytics.theorem1(4, 1, 13, 4, CommKernel.PAPER_LITERAL)), 0);
        for (int lc = 2; lc <= 4; lc++) {
            int delta = 17 - 3 * lc;
            double exact = bits(CommunicationAnalytics.theorem1(3, lc, delta, 4, CommKernel.EXACT));
            double literal = bits(CommunicationAnalytics.theorem1(3, lc, delta, 4, CommKernel.PAPER_LITERAL));
            System.out.printf("Theorem 1 K=3 Lc=%d: exact %.6f, paper-literal %.6f (%+.2f %%)%n", lc, exact, literal,
                    100 * (literal / exact - 1));
            assertTrue(literal > exact && literal < 1.06 * exact, "L_c = " + lc);
        }
    }

    /** Sec. IV: 2β = α makes R_s independent of λ_b; 2β &gt; α makes it grow with λ_b, 2β &lt; α fall. */
    @Test
    void radarRateDependsOnDensityOnlyThroughTwoBetaMinusAlpha() {
        for (int ls : new int[] {1, 2}) {
            NetworkParameters p = point(4, 2, 1, ls);
            for (double density : new double[] {1e-7, 1e-2}) {
                NetworkParameters q = withDensity(p, 2, density);
                assertEquals(MODEL.radarRate(p).value(), MODEL.radarRate(q).value(), 0);
                assertEquals(MODEL.radarRateExact(p).value(), MODEL.radarRateExact(q).value(), 0);
            }
        }
        NetworkParameters p = point(4, 2, 1, 1);
        double steepLow = MODEL.radarRate(withDensity(p, 2.5, 1e-6)).value();
        double steepHigh = MODEL.radarRate(withDensity(p, 2.5, 1e-4)).value();
        double flatLow = MODEL.radarRate(withDensity(p, 1.5, 1e-6)).value();
        double flatHigh = MODEL.radarRate(withDensity(p, 1.5, 1e-4)).value();
        System.out.printf("R_s(Ls=1) beta=2.5: %.4f -> %.4f, beta=1.5: %.4f -> %.4f (lambda 1e-6 -> 1e-4)%n", steepLow,
                steepHigh, flatLow, flatHigh);
        assertTrue(steepHigh > steepLow);
        assertTrue(flatHigh < flatLow);
    }

    /**
     * (H1) reduces to (17) for L_s = 1; and the numerical a-average used when 2β ≠ α tends to the closed forms
     * (17) and (H1) as 2β → α (the nested quadrature and the Ψ table against the closed forms).
     */
    @Test
    void exactRateReducesToProposition3AndIsContinuousInBeta() {
        NetworkParameters single = point(4, 2, 1, 1);
        assertEquals(MODEL.radarRate(single).value(), MODEL.radarRateExact(single).value(), 0);
        double prop3 = bits(SensingAnalytics.radarRate(4, 0, true, 4, 2, 10, 1e-5));
        double closed = bits(SensingAnalytics.radarRate(4, 1, true, 4, 2, 10, 1e-5));
        double noHole = bits(SensingAnalytics.radarRate(4, 1, false, 4, 2, 10, 1e-5));
        // β = α/2 ± 1e-7 at λ_b = 1/π: the echo exponent a^{∓1e-7} differs from 1 by < 1e-6 over the a that matter
        double eps = 1e-7;
        double density = 1 / Math.PI;
        for (double beta : new double[] {2 - eps, 2 + eps}) {
            assertEquals(prop3, bits(SensingAnalytics.radarRate(4, 0, true, 4, beta, 10, density)), 3e-6 * prop3);
            assertEquals(closed, bits(SensingAnalytics.radarRate(4, 1, true, 4, beta, 10, density)), 3e-6 * closed);
            assertEquals(noHole, bits(SensingAnalytics.radarRate(4, 1, false, 4, beta, 10, density)), 3e-6 * noHole);
        }
    }

    /** The hole-ignored rates are below the exact ones (more interference), by the amounts the spec reports. */
    @Test
    void ignoringTheHoleUnderestimates() {
        for (int ls = 1; ls <= 4; ls++) {
            NetworkParameters p = new NetworkParameters(16, 8, 1, 4, 1, ls, 4, 2, 10, 1e-5);
            double exact = MODEL.radarRateExact(p).value();
            double paper = MODEL.radarRate(p).value();
            double noHole = MODEL.radarRateNoHole(p).value();
            System.out.printf("K=1 cs=10 Ls=%d: exact (Prop.3/H1) %.5f, paper (Prop.3/Thm 3) %.5f (%+.1f %%), "
                    + "no hole %.5f (%+.1f %%)%n", ls, exact, paper, 100 * (paper / exact - 1), noHole,
                    100 * (noHole / exact - 1));
            assertTrue(noHole < exact);
            assertTrue(noHole < 0.97 * exact && noHole > 0.8 * exact);
        }
    }

    /** §10 decision 3: the L_s-th neighbour as the edge nulls one more BS, so Theorem 3 is higher. */
    @Test
    void sensingEdgeOption() {
        NetworkAnalytics alternative = new NetworkAnalytics(new NetworkAnalytics.Options(CommKernel.EXACT,
                MisrForm.MEAN_SIGNAL, SensingEdge.LS, SensingRate.THEOREM_3, UserSearch.EXACT, true));
        NetworkParameters p = point(4, 2, 1, 2);
        assertTrue(alternative.radarRate(p).value() > MODEL.radarRate(p).value());
        assertEquals(MODEL.radarRate(point(4, 2, 1, 3)).value(), alternative.radarRate(p).value(), 0);
        assertEquals(MODEL.radarRate(point(4, 2, 1, 1)).value(), alternative.radarRate(point(4, 2, 1, 1)).value(), 0);
        assertEquals(MODEL.radarRateExact(p).value(), alternative.radarRateExact(p).value(), 0);
    }

    /** §10 decision 4: with EXACT_HOLE the radar rate of a cluster is H1, above Theorem 3; L_s = 1 unchanged. */
    @Test
    void sensingRateOption() {
        NetworkAnalytics exact = new NetworkAnalytics(new NetworkAnalytics.Options(CommKernel.EXACT,
                MisrForm.MEAN_SIGNAL, SensingEdge.LS_MINUS_ONE, SensingRate.EXACT_HOLE, UserSearch.EXACT, true));
        NetworkParameters cluster = point(4, 2, 1, 3);
        assertEquals(MODEL.radarRateExact(cluster).value(), exact.radarRate(cluster).value(), 0);
        assertTrue(exact.radarRate(cluster).value() > 1.03 * MODEL.radarRate(cluster).value());
        NetworkParameters single = point(4, 2, 1, 1);
        assertEquals(MODEL.radarRate(single).value(), exact.radarRate(single).value(), 0);
    }

    /** Lemma 2 / Fig. 5: K* ≈ 0.6 M at α = 4 for M ∈ {8, 16, 32}, both searches. */
    @Test
    void optimalUsersAreAboutSixtyPercentOfTheAntennas() {
        NetworkAnalytics bisection = new NetworkAnalytics(new NetworkAnalytics.Options(CommKernel.EXACT,
                MisrForm.MEAN_SIGNAL, SensingEdge.LS_MINUS_ONE, SensingRate.THEOREM_3, UserSearch.BISECTION, true));
        for (int m : new int[] {8, 16, 32}) {
            NetworkParameters p = new NetworkParameters(m, 8, 1, 1, 1, 1, 4, 2, 10, 1e-5);
            int exact = MODEL.optimalUsers(p);
            int paper = bisection.optimalUsers(p);
            double root = NetworkAnalytics.lemma2Root(m, 4);
            System.out.printf("M=%d: K* exact argmax %d (%.3f M), bisection %d (real root %.4f = %.3f M)%n", m, exact,
                    (double) exact / m, paper, root, root / m);
            assertTrue(exact >= 0.55 * m && exact <= 0.65 * m, "M = " + m + ": " + exact);
            assertTrue(Math.abs(paper - exact) <= 1, "M = " + m);
        }
        // the search runs on M_J = M − J(L_s − 1)
        assertEquals(MODEL.optimalUsers(new NetworkParameters(10, 8, 1, 1, 1, 1, 4, 2, 10, 1e-5)),
                MODEL.optimalUsers(new NetworkParameters(16, 8, 1, 3, 1, 3, 4, 2, 10, 1e-5)));
    }

    @Test
    void badParametersThrowNamingTheParameter() {
        assertMessage("J must be <= J_max = Nr = 8", () -> MODEL.commRate(new NetworkParameters(16, 8, 1, 9, 1, 1, 4, 2,
                10, 1e-5)));
        assertMessage("alpha", () -> new NetworkParameters(16, 8, 1, 1, 1, 1, 2, 2, 10, 1e-5));
        assertMessage("beta", () -> new NetworkParameters(16, 8, 1, 1, 1, 1, 4, 1, 10, 1e-5));
        assertMessage("cs", () -> new NetworkParameters(16, 8, 1, 1, 1, 1, 4, 2, 0, 1e-5));
        assertMessage("lambda", () -> new NetworkParameters(16, 8, 1, 1, 1, 1, 4, 2, 10, Double.NaN));
        assertMessage("K*Lc + J*(Ls-1) = 17 exceeds M = 16", () -> new NetworkParameters(16, 8, 4, 3, 2, 4, 4, 2, 10,
                1e-5));
        assertMessage("Lc", () -> new NetworkParameters(16, 8, 1, 1, 0, 1, 4, 2, 10, 1e-5));
        assertMessage("the network parameters", () -> MODEL.radarRate(null));
        // an integral that misses the tolerance is reported, not returned
        assertMessage("R_c (test) at M=16", () -> RateIntegrals.bits(new Result(1, 1e-3, 0, 0), "R_c (test) at M=16"));
        assertMessage("R_c (test)", () -> RateIntegrals.bits(new Result(Double.NaN, 0, 0, 0), "R_c (test)"));
        // J > N_r is allowed when the limit is switched off
        NetworkAnalytics unlimited = new NetworkAnalytics(new NetworkAnalytics.Options(CommKernel.EXACT,
                MisrForm.MEAN_SIGNAL, SensingEdge.LS_MINUS_ONE, SensingRate.THEOREM_3, UserSearch.EXACT, false));
        assertTrue(unlimited.commRate(new NetworkParameters(16, 8, 1, 9, 1, 1, 4, 2, 10, 1e-5)).value() > 0);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
