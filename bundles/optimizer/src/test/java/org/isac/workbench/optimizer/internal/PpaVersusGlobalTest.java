package org.isac.workbench.optimizer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.junit.jupiter.api.Test;

/**
 * PPA against the certified global optimum on the spec's instance family (§3 table: L = 3, Rayleigh, direct
 * gains of mean 1, cross gains −6 dB, R_th = 1, ξ = 0.7, P_th = 15/20/25/30 dB in turn), over more than 1000
 * feasible instances. A "hit" is a gap (GLOBAL − PPA)/max(1, GLOBAL) ≤ 1e-6, the spec's definition.
 *
 * <p>The spec measured, with an independent Python reference, single-start PPA at the optimum in 100 % of the
 * 120 feasible default instances and 99.8 % over all its R_th = 1 runs (96.7 % over every setting; misses are
 * genuine local maxima of a multi-modal sum rate), PPA-MS in 100 %. This implementation measures, on this
 * family with 2000 drawn instances, 99.1 % for PPA with seed 7 (the seed below; 1042 of 1051) and 98.8 % with
 * seed 1 (1050 of 1063), and 100 % for PPA-MS. Every one of those 22 misses was checked to be a local maximum
 * of (13): a KKT point (Frank–Wolfe gap of R_sum over 𝒫 ≤ 1e-12), or in 4 cases a slow MM tail whose limit
 * lies 1e-8 above where PPA stopped and far below the optimum. The assertions leave room around that rate
 * (≥ 97 % for PPA, the spec's all-settings figure; ≥ 99.5 % for PPA-MS) rather than pin one seed's count; a
 * drop below would mean a broken P-step or start, not bad luck (with p = 0.99 and n ≈ 1050, 97 % is six
 * standard deviations away).
 */
class PpaVersusGlobalTest {

    /** The spec's hit definition. */
    private static final double HIT = 1e-6;

    @Test
    void ppaReachesTheGlobalOptimumAsOftenAsTheSpecMeasured() {
        ProposedPowerAllocation ppa = new ProposedPowerAllocation();
        InteriorPointSurrogate solver = new InteriorPointSurrogate();
        GlobalPowerAllocation global = new GlobalPowerAllocation();
        int drawn = 2000;
        int feasible = 0;
        int hits = 0;
        int msHits = 0;
        int epaFeasible = 0;
        double worst = 0;
        double sumGap = 0;
        double worstMs = 0;
        double sumEpaLoss = 0;
        long nodes = 0;
        int maxNodes = 0;
        int[] feasibleAt = new int[Instances.BUDGETS_DB.length];
        int[] missesAt = new int[Instances.BUDGETS_DB.length];
        long ppaNanos = 0;
        long globalNanos = 0;
        for (int k = 0; k < drawn; k++) {
            PowerAllocationProblem p = Instances.spec(7, k);
            long t0 = System.nanoTime();
            PowerAllocation single = ppa.allocate(p, solver);
            long t1 = System.nanoTime();
            PowerAllocation best = global.allocate(p);
            globalNanos += System.nanoTime() - t1;
            ppaNanos += t1 - t0;
            assertEquals(best.feasible(), single.feasible(),
                    "PPA and GLOBAL agree on feasibility (instance " + k + ")");
            if (!best.feasible()) {
                continue;
            }
            feasible++;
            feasibleAt[k % feasibleAt.length]++;
            // certified: the proven bound is within the 1e-6 gap of GLOBAL's value, and no scheme exceeds it
            double scale = Math.max(1, best.sumRate());
            assertTrue(best.upperBound() - best.sumRate() <= HIT * scale, "GLOBAL certified on instance " + k);
            assertTrue(single.sumRate() <= best.upperBound() + 1e-12 * scale, "PPA above the bound on " + k);
            double gap = Math.max(0, best.sumRate() - single.sumRate()) / scale;
            if (gap <= HIT) {
                hits++;
            } else {
                missesAt[k % missesAt.length]++;
            }
            worst = Math.max(worst, gap);
            sumGap += gap;
            nodes += best.iterations();
            maxNodes = Math.max(maxNodes, best.iterations());
            PowerAllocation ms = ppa.allocateMultistart(p, solver);
            double msGap = Math.max(0, best.sumRate() - ms.sumRate()) / scale;
            msHits += msGap <= HIT ? 1 : 0;
            worstMs = Math.max(worstMs, msGap);
            PowerAllocation epa = EqualPowerAllocation.allocate(p);
            if (epa.feasible()) {
                epaFeasible++;
                sumEpaLoss += single.sumRate() - epa.sumRate();
            }
        }
        StringBuilder perBudget = new StringBuilder();
        for (int b = 0; b < feasibleAt.length; b++) {
            perBudget.append(String.format(Locale.ROOT, " %.0f dB: %d feasible of %d, %d misses;",
                    Instances.BUDGETS_DB[b], feasibleAt[b], drawn / feasibleAt.length, missesAt[b]));
        }
        System.out.printf(Locale.ROOT, "PPA vs GLOBAL over %d feasible of %d instances: PPA hits %d (%.2f %%), "
                + "worst gap %.3g, mean gap %.3g; PPA-MS hits %d (%.2f %%), worst gap %.3g; EPA feasible in %d, "
                + "PPA beats it by %.3f bit/s/Hz on average; GLOBAL boxes mean %.1f, max %d; time per instance "
                + "PPA %.2f ms, GLOBAL %.2f ms;%s%n", feasible, drawn, hits, 100.0 * hits / feasible, worst,
                sumGap / feasible, msHits, 100.0 * msHits / feasible, worstMs, epaFeasible,
                sumEpaLoss / Math.max(1, epaFeasible), (double) nodes / feasible, maxNodes, ppaNanos / 1e6 / drawn,
                globalNanos / 1e6 / drawn, perBudget);
        assertTrue(feasible >= 1000, "at least 1000 feasible instances, got " + feasible);
        assertTrue(hits >= 0.97 * feasible, "PPA hit rate " + (double) hits / feasible);
        assertTrue(msHits >= 0.995 * feasible, "PPA-MS hit rate " + (double) msHits / feasible);
        assertTrue(sumEpaLoss > 0, "PPA beats EPA on average where EPA is feasible");
    }
}
