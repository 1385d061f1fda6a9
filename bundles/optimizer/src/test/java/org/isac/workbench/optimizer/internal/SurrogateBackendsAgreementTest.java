package org.isac.workbench.optimizer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;
import org.junit.jupiter.api.Test;

/**
 * The two P-step backends (interior point on Hipparchus, SQP on ojAlgo) are independent algorithms on
 * independent libraries; they must find the same surrogate optimum.
 *
 * <p>Tolerances: both solve to ~1e-12, so the surrogate values at their answers must agree to 1e-10 relative
 * (measured worst: 3e-12). The maximisers themselves are only determined to about the square root of that
 * (S is flat to second order at its maximum, and nearly flat along some directions), so points are compared
 * to 1e-5 of P_th (measured worst: 1.3e-6). Whole PPA runs follow the same trajectory and must end at the
 * same sum rate to 1e-8 relative: the stopping rule (1e-9 relative improvement) may fire one iteration
 * apart, which moves R_sum by at most a few 1e-9.
 */
class SurrogateBackendsAgreementTest {

    private static final SurrogateSolver IPM = new InteriorPointSurrogate();
    private static final SurrogateSolver SQP = new OjalgoSqpSurrogate();

    @Test
    void pStepsAgree() {
        double worstValue = 0;
        double worstPoint = 0;
        int steps = 0;
        for (int k = 0; k < 120 && steps < 150; k++) {
            PowerAllocationProblem p = Instances.spec(31, k);
            SumRateModel model = SumRateModel.of(p);
            LinearConstraints constraints = LinearConstraints.of(model);
            FeasibleRegion region = new FeasibleRegion(constraints);
            if (!region.nonEmpty()) {
                continue;
            }
            double[] start = ProposedPowerAllocation.start(region);
            for (int it = 0; it < 4; it++) {
                double[] t = new double[3];
                for (int i = 0; i < 3; i++) {
                    t[i] = 1 / model.interference(start, i);
                }
                double[] a = IPM.maximise(p, t, constraints.matrix(), constraints.bound(), start, 1e-12);
                double[] b = SQP.maximise(p, t, constraints.matrix(), constraints.bound(), start, 1e-12);
                assertTrue(constraints.feasible(a) && constraints.feasible(b), "both answers feasible to 1e-9");
                double sa = SurrogateProgram.surrogate(model, t, a);
                double sb = SurrogateProgram.surrogate(model, t, b);
                double s0 = SurrogateProgram.surrogate(model, t, start);
                assertTrue(sa >= s0 && sb >= s0, "never worse than the start");
                double scale = Math.max(1, Math.abs(sa));
                assertEquals(sa, sb, 1e-10 * scale, "surrogate optimum, instance " + k);
                worstValue = Math.max(worstValue, Math.abs(sa - sb) / scale);
                for (int l = 0; l < 3; l++) {
                    assertEquals(a[l], b[l], 1e-5 * p.powerBudget(), "maximiser, instance " + k);
                    worstPoint = Math.max(worstPoint, Math.abs(a[l] - b[l]) / p.powerBudget());
                }
                steps++;
                start = a;
            }
        }
        System.out.printf(Locale.ROOT, "backends over %d P-steps: worst relative surrogate difference %.3g, worst "
                + "point difference %.3g of P_th%n", steps, worstValue, worstPoint);
        assertTrue(steps >= 100);
    }

    @Test
    void wholePpaRunsAgree() {
        ProposedPowerAllocation ppa = new ProposedPowerAllocation();
        double worst = 0;
        int runs = 0;
        for (int k = 0; k < 60; k++) {
            PowerAllocationProblem p = k < 50 ? Instances.spec(32, k)
                    : Instances.rayleigh(RandomStreams.of(32, k, 0), 6, 25, -13, 0.25);
            PowerAllocation a = ppa.allocate(p, IPM);
            PowerAllocation b = ppa.allocate(p, SQP);
            assertEquals(a.feasible(), b.feasible());
            if (!a.feasible()) {
                continue;
            }
            PowerAllocationSchemesTest.assertMeetsConstraints(p, b);
            double scale = Math.max(1, a.sumRate());
            assertEquals(a.sumRate(), b.sumRate(), 1e-8 * scale, "PPA sum rate, instance " + k);
            worst = Math.max(worst, Math.abs(a.sumRate() - b.sumRate()) / scale);
            runs++;
        }
        System.out.printf(Locale.ROOT,
                "PPA with either backend over %d runs: worst relative sum-rate difference %.3g%n", runs, worst);
        assertTrue(runs >= 25);
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        PowerAllocationProblem p = Instances.spec(33, 2);
        LinearConstraints c = LinearConstraints.of(SumRateModel.of(p));
        double[] epa = {p.powerBudget() / 3, p.powerBudget() / 3, p.powerBudget() / 3};
        for (SurrogateSolver s : new SurrogateSolver[] {IPM, SQP}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.maximise(p, new double[] {1, 0, 1}, c.matrix(), c.bound(), epa, 1e-12));
            assertTrue(e.getMessage().startsWith("weights[1]"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> s.maximise(p, new double[] {1, 1, 1}, c.matrix(),
                    c.bound(), new double[] {2 * p.powerBudget(), 0, 0}, 1e-12));
            assertTrue(e.getMessage().startsWith("start"), e.getMessage());
        }
    }
}
