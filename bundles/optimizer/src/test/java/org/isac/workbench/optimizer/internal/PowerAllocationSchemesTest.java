package org.isac.workbench.optimizer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.junit.jupiter.api.Test;

/**
 * The schemes against the contract of {@link PowerAllocator}: feasible answers meet every constraint, no
 * scheme beats GLOBAL's proven bound, PPA never goes down, infeasibility comes with a reason and the minimum
 * budget, malformed input is rejected naming the field.
 */
class PowerAllocationSchemesTest {

    /**
     * The feasibility contract of {@code PowerAllocation}: 1e-9 relative to the terms of each constraint.
     * Rounding in those terms is ~1e-16, so anything a scheme got wrong shows far above it.
     */
    private static final double FEASIBILITY = 1e-9;
    /** Rates, SNRs and the sum rate in a record are recomputed from its powers: only rounding may differ. */
    private static final double RECOMPUTE = 1e-12;

    private static final GlobalPowerAllocation GLOBAL = new GlobalPowerAllocation();
    private static final ProposedPowerAllocation PPA = new ProposedPowerAllocation();
    private static final SurrogateSolver IPM = new InteriorPointSurrogate();

    /** Every scheme, as the registry would offer them, on the built-in backend. */
    private static List<Function<PowerAllocationProblem, PowerAllocation>> schemes(RandomGenerator random) {
        return schemes(random, GLOBAL);
    }

    private static List<Function<PowerAllocationProblem, PowerAllocation>> schemes(RandomGenerator random,
            GlobalPowerAllocation global) {
        return List.of(p -> PPA.allocate(p, IPM), p -> PPA.allocateMultistart(p, IPM), EqualPowerAllocation::allocate,
                p -> RandomPowerAllocation.allocate(p, random), global::allocate);
    }

    /** Checks a feasible record against the problem, with the constraints written out independently. */
    static void assertMeetsConstraints(PowerAllocationProblem p, PowerAllocation a) {
        int n = p.cells();
        double[] pw = a.powers();
        assertEquals(n, pw.length, a.scheme() + ": one power per cell");
        double total = 0;
        for (double v : pw) {
            assertTrue(v >= 0 && Double.isFinite(v), a.scheme() + ": power " + v);
            total += v;
        }
        assertTrue(total - p.powerBudget() <= FEASIBILITY * (total + p.powerBudget()),
                a.scheme() + ": total power " + total + " > budget " + p.powerBudget());
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double interference = p.noiseComm()[i];
            double echo = 0;
            for (int l = 0; l < n; l++) {
                if (l != i) {
                    interference += pw[l] * p.gainComm()[l][i];
                }
                echo += pw[l] * p.gainSense()[l][i];
            }
            double signal = pw[i] * p.gainComm()[i][i];
            double needed = p.sinrMin()[i] * interference;
            assertTrue(signal - needed >= -FEASIBILITY * (signal + needed),
                    a.scheme() + ": SINR of user " + i + " = " + signal / interference);
            double echoNeeded = p.sensingSnrMin()[i] * p.noiseSense()[i];
            assertTrue(echo - echoNeeded >= -FEASIBILITY * (echo + echoNeeded),
                    a.scheme() + ": sensing SNR of target " + i + " = " + echo / p.noiseSense()[i]);
            double rate = Math.log(1 + signal / interference) / Math.log(2);
            assertEquals(rate, a.rates()[i], RECOMPUTE * Math.max(1, rate), a.scheme() + ": R_" + i);
            assertEquals(echo / p.noiseSense()[i], a.sensingSnr()[i], RECOMPUTE * Math.max(1, echo), a.scheme());
            sum += rate;
        }
        assertEquals(sum, a.sumRate(), RECOMPUTE * Math.max(1, sum), a.scheme() + ": sum rate");
        boolean uncertifiedGlobal = a.scheme().equals("GLOBAL") && a.upperBound() - a.sumRate()
                > GlobalPowerAllocation.DEFAULT_GAP * Math.max(1, a.sumRate());
        assertEquals(uncertifiedGlobal, a.reason().startsWith(GlobalPowerAllocation.NOT_CERTIFIED), a.scheme()
                + ": a feasible result has no reason, except the note of an uncertified GLOBAL: " + a.reason());
        assertEquals(uncertifiedGlobal, !a.reason().isEmpty(), a.reason());
    }

    @Test
    void feasibleAllocationsMeetEveryConstraintAndStayBelowTheGlobalBound() {
        int feasible = 0;
        int epaFeasible = 0;
        for (int k = 0; k < 120; k++) {
            PowerAllocationProblem p = Instances.spec(11, k);
            RandomGenerator random = RandomStreams.of(11, k, 1);
            PowerAllocation global = GLOBAL.allocate(p);
            for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(random)) {
                PowerAllocation a = scheme.apply(p);
                assertEquals(global.minimumBudget(), a.minimumBudget(), 1e-12 * global.minimumBudget(),
                        a.scheme() + ": every scheme reports the same LP minimum budget");
                if (!a.feasible()) {
                    assertFalse(a.reason().isBlank(), a.scheme() + ": an infeasible result says why");
                    // EPA transmits anyway and reports its (violating) powers; the others report none
                    assertEquals(a.scheme().equals("EPA") ? p.cells() : 0, a.powers().length);
                    assertTrue(Double.isNaN(a.sumRate()));
                    // only EPA may fail where the feasible set is non-empty
                    assertTrue(!global.feasible() || a.scheme().equals("EPA"), a.scheme() + ": " + a.reason());
                    continue;
                }
                assertTrue(global.feasible(), a.scheme() + " found a point where GLOBAL found none");
                assertMeetsConstraints(p, a);
                // GLOBAL's bound is proven; the 1e-12 only absorbs rounding in the two evaluations of R_sum
                assertTrue(a.sumRate() <= global.upperBound() + 1e-12 * global.upperBound(),
                        a.scheme() + " " + a.sumRate() + " above GLOBAL's bound " + global.upperBound());
                epaFeasible += a.scheme().equals("EPA") ? 1 : 0;
            }
            if (global.feasible()) {
                feasible++;
                assertTrue(global.upperBound() - global.sumRate() <= 1e-6 * Math.max(1, global.sumRate()),
                        "GLOBAL certified to its 1e-6 gap");
            }
        }
        assertTrue(feasible > 40 && epaFeasible < feasible, feasible + " feasible, EPA feasible in " + epaFeasible);
    }

    @Test
    void badlyScaledInstancesNeverBreakTheContract() {
        // gains over 12 decades, budgets over 9, zero gains, void requirements, budgets a hair above the minimum:
        // every answer must still be feasible, below GLOBAL's proven bound, and agree with GLOBAL on feasibility
        GlobalPowerAllocation global = new GlobalPowerAllocation(1e-6, 500); // a capped bound is still proven
        int feasible = 0;
        for (int k = 0; k < 150; k++) {
            RandomGenerator r = RandomStreams.of(23, k, 0);
            PowerAllocationProblem p = extreme(r);
            PowerAllocation g = global.allocate(p);
            for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(r, global)) {
                PowerAllocation a = scheme.apply(p);
                if (!a.feasible()) {
                    assertFalse(a.reason().isBlank());
                    assertTrue(a.scheme().equals("EPA") || !g.feasible(), a.scheme() + " on " + k + ": " + a.reason());
                    continue;
                }
                assertTrue(g.feasible(), a.scheme() + " feasible where GLOBAL is not, instance " + k);
                assertMeetsConstraints(p, a);
                assertTrue(a.sumRate() <= g.upperBound() + 1e-12 * g.upperBound(), a.scheme() + " on " + k);
            }
            feasible += g.feasible() ? 1 : 0;
        }
        assertTrue(feasible > 50, "feasible " + feasible);
    }

    /** An instance far from the letter's scales, for robustness. */
    private static PowerAllocationProblem extreme(RandomGenerator r) {
        int n = 1 + r.nextInt(4);
        double gainScale = Math.pow(10, r.nextDouble(-6, 6));
        double[][] rho = new double[n][n];
        double[][] g = new double[n][n];
        for (int l = 0; l < n; l++) {
            for (int i = 0; i < n; i++) {
                double mean = gainScale * (l == i ? 1 : Math.pow(10, r.nextDouble(-3, 0.5)));
                rho[l][i] = r.nextDouble() < 0.05 ? 0 : mean * r.nextExponential();
                g[l][i] = r.nextDouble() < 0.1 ? 0 : mean * r.nextExponential();
            }
        }
        double[] noiseComm = new double[n];
        double[] noiseSense = new double[n];
        double[] sinr = new double[n];
        double[] snr = new double[n];
        for (int i = 0; i < n; i++) {
            noiseComm[i] = Math.pow(10, r.nextDouble(-2, 2));
            noiseSense[i] = Math.pow(10, r.nextDouble(-2, 2));
            sinr[i] = r.nextDouble() < 0.2 ? 0 : Math.pow(10, r.nextDouble(-2, 1));
            snr[i] = r.nextDouble() < 0.2 ? 0 : Math.pow(10, r.nextDouble(-3, 1));
        }
        PowerAllocationProblem p = new PowerAllocationProblem(rho, g, noiseComm, noiseSense,
                r.nextDouble() < 0.05 ? 0 : Math.pow(10, r.nextDouble(-3, 6)), sinr, snr);
        if (r.nextDouble() < 0.3) {
            double min = new FeasibleRegion(LinearConstraints.of(SumRateModel.of(p))).minimumBudget();
            if (Double.isFinite(min) && min > 0) {
                p = Instances.withBudget(p, min * (1 + Math.pow(10, r.nextDouble(-9, 1))));
            }
        }
        return p;
    }

    @Test
    void ppaHistoryIsMonotoneAndStartsNoLowerThanItsStart() {
        for (int k = 0; k < 200; k++) {
            PowerAllocationProblem p = Instances.spec(12, k);
            SumRateModel model = SumRateModel.of(p);
            FeasibleRegion region = new FeasibleRegion(LinearConstraints.of(model));
            for (SurrogateSolver solver : List.of(IPM, new OjalgoSqpSurrogate())) {
                if (k >= 40 && solver instanceof OjalgoSqpSurrogate) {
                    continue; // ojAlgo is ten times slower; 40 instances show the same property
                }
                PowerAllocation a = PPA.allocate(p, solver);
                if (!a.feasible()) {
                    continue;
                }
                double[] h = a.history();
                assertTrue(h.length >= 1 && h.length == a.iterations() && h.length <= 500);
                // exact comparisons: PPA refuses any step that lowers R_sum, so the history never decreases
                assertTrue(h[0] >= model.sumRate(ProposedPowerAllocation.start(region)));
                for (int j = 1; j < h.length; j++) {
                    assertTrue(h[j] >= h[j - 1], "history decreases at " + j + ": " + h[j - 1] + " -> " + h[j]);
                }
                assertEquals(h[h.length - 1], a.sumRate(), 1e-12 * a.sumRate());
            }
        }
    }

    @Test
    void surrogateIsATightMinorantOfTheSumRate() {
        // S(P,t) ≤ R_sum(P) for every t > 0, with equality at t_i = 1/I_i(P) (spec §3, monotonicity)
        RandomGenerator random = RandomStreams.of(13, 0, 0);
        for (int k = 0; k < 50; k++) {
            SumRateModel model = SumRateModel.of(Instances.spec(13, k));
            double[] p = new double[3];
            for (int l = 0; l < 3; l++) {
                p[l] = model.budget() * random.nextDouble() / 3;
            }
            double[] tight = new double[3];
            double[] other = new double[3];
            for (int i = 0; i < 3; i++) {
                tight[i] = 1 / model.interference(p, i);
                other[i] = tight[i] * Math.exp(random.nextGaussian());
            }
            double r = model.sumRate(p);
            assertEquals(r, SurrogateProgram.surrogate(model, tight, p), 1e-12 * Math.max(1, r));
            assertTrue(SurrogateProgram.surrogate(model, other, p) <= r + 1e-12 * Math.max(1, r));
        }
    }

    @Test
    void globalAgreesWithADenseGridOnTheBudgetFace() {
        // an independent check of the branch and bound: the best feasible point of a grid of step P_th/400 on
        // Σ P = P_th can never beat GLOBAL's proven bound, and GLOBAL's best must be at least as good
        int checked = 0;
        for (int k = 0; k < 40 && checked < 15; k++) {
            PowerAllocationProblem p = Instances.spec(14, k);
            PowerAllocation global = GLOBAL.allocate(p);
            if (!global.feasible()) {
                continue;
            }
            checked++;
            SumRateModel model = SumRateModel.of(p);
            LinearConstraints constraints = LinearConstraints.of(model);
            int steps = 400;
            double best = Double.NEGATIVE_INFINITY;
            double[] q = new double[3];
            for (int a = 0; a <= steps; a++) {
                for (int b = 0; a + b <= steps; b++) {
                    q[0] = model.budget() * a / steps;
                    q[1] = model.budget() * b / steps;
                    q[2] = model.budget() * (steps - a - b) / steps;
                    if (constraints.feasible(q)) {
                        best = Math.max(best, model.sumRate(q));
                    }
                }
            }
            assertTrue(best <= global.upperBound() + 1e-12 * best, "grid " + best + " above bound "
                    + global.upperBound());
            assertTrue(best <= global.sumRate() + 1e-12 * best, "grid " + best + " above GLOBAL " + global.sumRate());
        }
        assertTrue(checked >= 10);
    }

    @Test
    void globalStopsAtItsTimeBudgetWithAProvenBoundAtLargeL() {
        // L = 64 would run for hours to a 1e-6 gap; the budget stops it after the first PPA start and the root
        // box, and what it returns must still be feasible, below its own proven bound, and say it is uncertified.
        // The preemptive timeout only guards against a hang: it is far above the budget plus one start
        PowerAllocationProblem p = Instances.rayleigh(RandomStreams.of(24, 0, 0), 64, 30, -20, 0.1);
        PowerAllocation g = assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                () -> new GlobalPowerAllocation(1e-6, GlobalPowerAllocation.DEFAULT_NODE_LIMIT, 0.5).allocate(p));
        assertTrue(g.feasible(), g.reason());
        assertMeetsConstraints(p, g);
        assertTrue(g.reason().startsWith(GlobalPowerAllocation.NOT_CERTIFIED + " (time budget"), g.reason());
        assertTrue(g.iterations() >= 1, "the root box is always bounded");
        assertTrue(g.upperBound() > g.sumRate() && Double.isFinite(g.upperBound()), g.upperBound() + " vs "
                + g.sumRate());
        assertTrue(PPA.allocate(p, IPM).sumRate() <= g.upperBound(), "PPA below the proven bound");
    }

    @Test
    void globalReportsAProvenBoundWhenItHitsTheNodeCap() {
        // L = 4 instances need hundreds of boxes; a cap of 3 stops the search early, and the bound it reports
        // must still cover the optimum that the uncapped search certifies
        GlobalPowerAllocation capped = new GlobalPowerAllocation(1e-6, 3);
        int stopped = 0;
        for (int k = 0; k < 30; k++) {
            PowerAllocationProblem p = Instances.rayleigh(RandomStreams.of(22, k, 0), 4, 25, -13, 0.25);
            PowerAllocation full = GLOBAL.allocate(p);
            if (!full.feasible()) {
                continue;
            }
            PowerAllocation early = capped.allocate(p);
            assertMeetsConstraints(p, early);
            assertTrue(early.iterations() <= 3 + 2, "at most the cap plus the two children of the last split");
            assertTrue(early.upperBound() >= full.sumRate() - 1e-12 * full.sumRate(), "bound covers the optimum");
            assertTrue(early.sumRate() <= full.upperBound() + 1e-12 * full.upperBound());
            boolean uncertified = early.upperBound() - early.sumRate() > 1e-6 * Math.max(1, early.sumRate());
            stopped += uncertified ? 1 : 0;
            assertEquals(uncertified, early.reason().startsWith(GlobalPowerAllocation.NOT_CERTIFIED + " (node cap"),
                    early.reason());
        }
        assertTrue(stopped >= 3, "the cap stopped some searches before certification: " + stopped);
    }

    @Test
    void rpaIsUniformOnThePolytopeAndReproducible() {
        // an instance whose polytope fills a fair part of the simplex, so both samplers can run: the exact
        // rejection sampler is the reference for hit-and-run
        PowerAllocationProblem p = null;
        FeasibleRegion region = null;
        for (int k = 3; region == null || !region.nonEmpty() || region.chebyshevRadius() < 0.05 * p.powerBudget();
                k += 4) {
            p = Instances.spec(15, k);
            region = new FeasibleRegion(LinearConstraints.of(SumRateModel.of(p)));
        }
        int draws = 3000;
        double[] meanExact = new double[3];
        double[] meanWalk = new double[3];
        double[] second = new double[3];
        LinearConstraints constraints = region.constraints();
        for (int d = 0; d < draws; d++) {
            double[] exact = RandomPowerAllocation.sample(region, RandomStreams.of(15, d, 0));
            double[] walk = RandomPowerAllocation.hitAndRun(constraints, region.interiorPoint(), 1000 + 100 * 9,
                    RandomStreams.of(15, d, 1));
            assertTrue(constraints.feasible(exact) && constraints.feasible(walk));
            for (int l = 0; l < 3; l++) {
                meanExact[l] += exact[l] / draws;
                meanWalk[l] += walk[l] / draws;
                second[l] += exact[l] * exact[l] / draws;
            }
        }
        for (int l = 0; l < 3; l++) {
            double sd = Math.sqrt(second[l] - meanExact[l] * meanExact[l]);
            // two independent means of 3000 draws: their difference has sd √(2/3000)·sd; 4.5 of them
            assertEquals(meanExact[l], meanWalk[l], 4.5 * sd * Math.sqrt(2.0 / draws), "coordinate " + l);
        }
        PowerAllocation a = RandomPowerAllocation.allocate(p, RandomStreams.of(1, 2, 3));
        PowerAllocation b = RandomPowerAllocation.allocate(p, RandomStreams.of(1, 2, 3));
        assertArrayEquals(a.powers(), b.powers(), 0, "the same stream gives the same draw");
    }

    @Test
    void budgetBelowTheMinimumIsReportedWithTheMinimum() {
        PowerAllocationProblem base = null;
        double min = Double.NaN;
        for (int k = 0; !(min > 0 && min < 1e3); k++) {
            base = Instances.spec(16, k);
            min = new FeasibleRegion(LinearConstraints.of(SumRateModel.of(base))).minimumBudget();
        }
        PowerAllocationProblem tight = Instances.withBudget(base, min * 0.8);
        for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(RandomStreams.of(16, 0, 0))) {
            PowerAllocation a = scheme.apply(tight);
            assertFalse(a.feasible(), a.scheme());
            assertEquals(min, a.minimumBudget(), 1e-12 * min);
            assertTrue(a.reason().contains("power budget " + Allocations.format(min * 0.8) + " is below the minimum "
                    + Allocations.format(min)), a.scheme() + ": " + a.reason());
        }
        // the LP minimum is tight: just above it every scheme but EPA succeeds, just below none does
        PowerAllocation above = PPA.allocate(Instances.withBudget(base, min * (1 + 1e-6)), IPM);
        assertTrue(above.feasible(), above.reason());
        assertMeetsConstraints(Instances.withBudget(base, min * (1 + 1e-6)), above);
        assertTrue(GLOBAL.allocate(Instances.withBudget(base, min * (1 + 1e-6))).feasible());
        assertTrue(RandomPowerAllocation.allocate(Instances.withBudget(base, min * (1 + 1e-6)),
                RandomStreams.of(1, 1, 1)).feasible());
        assertFalse(PPA.allocate(Instances.withBudget(base, min * (1 - 1e-6)), IPM).feasible());
        // at exactly the minimum the feasible set is (essentially) one point: PPA still answers
        PowerAllocation at = PPA.allocate(Instances.withBudget(base, min), IPM);
        assertTrue(at.feasible(), at.reason());
        assertMeetsConstraints(Instances.withBudget(base, min), at);
    }

    @Test
    void interferenceLimitedAndUnlitInstancesAreInfeasibleAtAnyPower() {
        double[][] strongCross = {{1, 2, 2}, {2, 1, 2}, {2, 2, 1}};
        double[][] sense = {{1, 0.2, 0.2}, {0.2, 1, 0.2}, {0.2, 0.2, 1}};
        PowerAllocationProblem limited = new PowerAllocationProblem(strongCross, sense, Instances.filled(3, 1),
                Instances.filled(3, 1), 1e6, Instances.filled(3, 1), Instances.filled(3, 0.2));
        for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(RandomStreams.of(17, 0, 0))) {
            PowerAllocation a = scheme.apply(limited);
            assertFalse(a.feasible());
            assertEquals(Double.POSITIVE_INFINITY, a.minimumBudget());
            assertTrue(a.reason().contains("cannot be met at any power (interference-limited"), a.reason());
            assertTrue(a.reason().contains("spectral radius 4.0"), a.reason());
        }
        double[][] comm = {{1, 0.1, 0.1}, {0.1, 1, 0.1}, {0.1, 0.1, 1}};
        double[][] unlit = {{1, 0.2, 0}, {0.2, 1, 0}, {0.2, 0.2, 0}};
        PowerAllocation a = PPA.allocate(new PowerAllocationProblem(comm, unlit, Instances.filled(3, 1),
                Instances.filled(3, 1), 100, Instances.filled(3, 1), Instances.filled(3, 0.2)), IPM);
        assertFalse(a.feasible());
        assertEquals(Double.POSITIVE_INFINITY, a.minimumBudget());
        assertTrue(a.reason().contains("detection constraint of target 3 cannot be met at any power"), a.reason());
        double[][] deaf = {{1, 0.1, 0.1}, {0.1, 0, 0.1}, {0.1, 0.1, 1}};
        a = EqualPowerAllocation.allocate(new PowerAllocationProblem(deaf, sense, Instances.filled(3, 1),
                Instances.filled(3, 1), 100, Instances.filled(3, 1), Instances.filled(3, 0.2)));
        assertTrue(a.reason().contains("user 2 cannot be met at any power: its direct gain ρ_22 is 0"), a.reason());
    }

    @Test
    void epaNamesTheConstraintItViolatesWherePpaSucceeds() {
        int seen = 0;
        for (int k = 0; k < 200 && seen < 5; k++) {
            PowerAllocationProblem p = Instances.spec(18, k);
            PowerAllocation epa = EqualPowerAllocation.allocate(p);
            PowerAllocation ppa = PPA.allocate(p, IPM);
            if (epa.feasible() || !ppa.feasible()) {
                continue;
            }
            seen++;
            assertTrue(epa.reason().startsWith("EPA (P_l = "), epa.reason());
            assertTrue(epa.reason().matches(".*(rate constraint of user [123] \\(SINR|detection constraint of target "
                    + "[123] \\(sensing SNR).*"), epa.reason());
            assertFalse(epa.reason().contains("no allocation can do better"), epa.reason());
        }
        assertTrue(seen >= 5, "instances where only PPA is feasible (the letter's P_th = 9 dB statement)");
    }

    @Test
    void malformedProblemsAreRejectedNamingTheField() {
        PowerAllocationProblem ok = Instances.spec(19, 0);
        double[][] badComm = copy(ok.gainComm());
        badComm[1][2] = -1;
        double[][] shortRow = copy(ok.gainSense());
        shortRow[2] = new double[2];
        double[] nanNoise = ok.noiseSense().clone();
        nanNoise[0] = Double.NaN;
        double[] zeroNoise = ok.noiseComm().clone();
        zeroNoise[2] = 0;
        double[] infiniteSnr = ok.sensingSnrMin().clone();
        infiniteSnr[1] = Double.POSITIVE_INFINITY;
        List<PowerAllocationProblem> bad = new ArrayList<>();
        List<String> field = new ArrayList<>();
        bad.add(new PowerAllocationProblem(badComm, ok.gainSense(), ok.noiseComm(), ok.noiseSense(), 10,
                ok.sinrMin(), ok.sensingSnrMin()));
        field.add("gainComm[1][2]");
        bad.add(new PowerAllocationProblem(ok.gainComm(), shortRow, ok.noiseComm(), ok.noiseSense(), 10,
                ok.sinrMin(), ok.sensingSnrMin()));
        field.add("gainSense[2]");
        bad.add(new PowerAllocationProblem(ok.gainComm(), null, ok.noiseComm(), ok.noiseSense(), 10, ok.sinrMin(),
                ok.sensingSnrMin()));
        field.add("gainSense");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), ok.noiseComm(), nanNoise, 10,
                ok.sinrMin(), ok.sensingSnrMin()));
        field.add("noiseSense[0]");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), zeroNoise, ok.noiseSense(), 10,
                ok.sinrMin(), ok.sensingSnrMin()));
        field.add("noiseComm[2]");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), ok.noiseComm(), ok.noiseSense(), -1,
                ok.sinrMin(), ok.sensingSnrMin()));
        field.add("powerBudget");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), ok.noiseComm(), ok.noiseSense(),
                Double.NaN, ok.sinrMin(), ok.sensingSnrMin()));
        field.add("powerBudget");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), ok.noiseComm(), ok.noiseSense(), 10,
                new double[2], ok.sensingSnrMin()));
        field.add("sinrMin");
        bad.add(new PowerAllocationProblem(ok.gainComm(), ok.gainSense(), ok.noiseComm(), ok.noiseSense(), 10,
                ok.sinrMin(), infiniteSnr));
        field.add("sensingSnrMin[1]");
        for (int c = 0; c < bad.size(); c++) {
            PowerAllocationProblem p = bad.get(c);
            for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(RandomStreams.of(19, 0, 0))) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scheme.apply(p));
                assertTrue(e.getMessage().startsWith(field.get(c) + " "), e.getMessage());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> EqualPowerAllocation.allocate(null));
    }

    @Test
    void degenerateInstances() {
        // one cell: the whole budget is the only candidate on the face
        PowerAllocationProblem one = new PowerAllocationProblem(new double[][] {{2}}, new double[][] {{1}},
                new double[] {1}, new double[] {1}, 3, new double[] {1}, new double[] {0.5});
        for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(RandomStreams.of(20, 0, 0))) {
            PowerAllocation a = scheme.apply(one);
            assertTrue(a.feasible(), a.scheme());
            assertMeetsConstraints(one, a);
            if (!a.scheme().equals("RPA")) {
                assertEquals(Math.log(7) / Math.log(2), a.sumRate(), 1e-12, a.scheme());
            }
        }
        // no requirement and no budget: P = 0 is the only point
        PowerAllocationProblem none = new PowerAllocationProblem(new double[][] {{1, 0.1}, {0.1, 1}},
                new double[][] {{1, 0.1}, {0.1, 1}}, Instances.filled(2, 1), Instances.filled(2, 1), 0,
                new double[2], new double[2]);
        for (Function<PowerAllocationProblem, PowerAllocation> scheme : schemes(RandomStreams.of(20, 0, 1))) {
            PowerAllocation a = scheme.apply(none);
            assertTrue(a.feasible(), a.scheme());
            assertEquals(0, a.sumRate(), 0);
            assertEquals(0, a.minimumBudget(), 0);
        }
    }

    @Test
    void componentsUseTheActiveSolverOncePerAllocation() {
        CountingRegistry registry = new CountingRegistry(new OjalgoSqpSurrogate());
        PpaAllocator ppa = new PpaAllocator(registry, new PpaConfig(1e-9, 500));
        PpaMultistartAllocator ms = new PpaMultistartAllocator(registry, new PpaConfig(1e-9, 500));
        PowerAllocationProblem p = null;
        for (int k = 0; p == null || !PPA.allocate(p, IPM).feasible(); k++) {
            p = Instances.spec(21, k);
        }
        PowerAllocation a = ppa.allocate(p, null);
        assertEquals(1, registry.calls, "one registry look-up per allocate call");
        assertTrue(a.feasible() && a.scheme().equals("PPA"));
        assertTrue(registry.counting.calls >= a.iterations(), "every P-step went to the registry's solver");
        assertTrue(ms.allocate(p, null).sumRate() >= a.sumRate() - 1e-9 * a.sumRate());
        assertEquals(2, registry.calls);
        PowerAllocation g = new GlobalAllocator(new GlobalConfig(1e-6, 1000, 30)).allocate(p, null);
        assertTrue(g.upperBound() >= a.sumRate());
        assertEquals("EPA", new EpaAllocator().allocate(p, null).scheme());
        assertEquals("RPA", new RpaAllocator().allocate(p, RandomStreams.of(1, 1, 1)).scheme());
        assertThrows(IllegalArgumentException.class, () -> new PpaAllocator(registry, new PpaConfig(0, 500)));
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** A surrogate solver that counts its calls. */
    private static final class CountingSolver implements SurrogateSolver {
        private final SurrogateSolver delegate;
        private int calls;

        CountingSolver(SurrogateSolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public double[] maximise(PowerAllocationProblem problem, double[] weights, double[][] a, double[] b,
                double[] start, double tolerance) {
            calls++;
            return delegate.maximise(problem, weights, a, b, start, tolerance);
        }
    }

    /** The registry as the PPA components see it: one active surrogate solver, look-ups counted. */
    private static final class CountingRegistry implements ComponentRegistry {
        private final CountingSolver counting;
        private int calls;

        CountingRegistry(SurrogateSolver solver) {
            this.counting = new CountingSolver(solver);
        }

        @Override
        public List<String> concerns() {
            return List.of(SurrogateSolver.CONCERN);
        }

        @Override
        public List<ProviderInfo> providers(String concern) {
            return List.of();
        }

        @Override
        public Optional<ProviderInfo> activeInfo(String concern) {
            return Optional.empty();
        }

        @Override
        public Optional<String> selection(String concern) {
            return Optional.empty();
        }

        @Override
        public ProviderInfo select(String concern, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearSelection(String concern) {
        }

        @Override
        public <S> S active(String concern, Class<S> type) {
            assertEquals(SurrogateSolver.CONCERN, concern);
            calls++;
            return type.cast(counting);
        }

        @Override
        public <S> S named(String concern, String name, Class<S> type) {
            throw new UnsupportedOperationException();
        }
    }

    private record PpaConfig(double tolerance, int maxIterations) implements PpaAllocator.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return PpaAllocator.Config.class;
        }
    }

    private record GlobalConfig(double gap, int nodeLimit, double timeBudget) implements GlobalAllocator.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return GlobalAllocator.Config.class;
        }
    }
}
