package org.isac.workbench.optimizer.internal;

import java.util.Arrays;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;
import org.isac.workbench.optimizer.SurrogateSolver;

/**
 * PPA, the letter's scheme, as stated precisely in spec §3: alternating optimisation (an MM / CCCP
 * method) of S(P, t) = Σ_i [log₂ T_i(P) + (−t_i I_i(P) + ln t_i + 1)/ln 2].
 *
 * <pre>
 * P⁰ = EPA if feasible, else a strictly interior point (Chebyshev centre); report infeasible if 𝒫 = ∅
 * repeat: t_i = 1/I_i(P^k)  (closed form);  P^{k+1} = argmax_{P∈𝒫} S(P, t)  (the SurrogateSolver)
 * until R_sum(P^{k+1}) − R_sum(P^k) ≤ ε·max(1, R_sum)
 * </pre>
 *
 * <p>S(P, t) ≤ R_sum(P) with equality at t_i = 1/I_i(P), so R_sum never decreases; a P-step that comes back
 * worse (only a backend failure can do that) is refused and ends the run, so the recorded history is
 * monotone by construction. The limit is a KKT point, not necessarily the global optimum (spec §3).
 *
 * <p>ε = 1e-9 by default: the P-steps are solved to ~1e-12, so improvements down to 1e-9 of R_sum are
 * real, and the MM sequence converges linearly, so stopping when one step gains less than 1e-9 leaves a
 * remainder of the same order unless the contraction is very slow (the iteration cap, 500, guards that).
 *
 * <p>PPA-MS (spec §3) runs the same iteration also from the L LP vertices max P_v and keeps the best.
 */
final class ProposedPowerAllocation {

    /** Default ε of the stopping rule. */
    static final double DEFAULT_TOLERANCE = 1e-9;
    /** Default cap on outer iterations. */
    static final int DEFAULT_MAX_ITERATIONS = 500;
    /** Accuracy asked of each P-step: three orders below ε, so the stopping rule sees true improvements. */
    static final double INNER_TOLERANCE = 1e-12;

    /** One AO run. */
    record Run(double[] powers, double sumRate, double[] history) {
    }

    private final double tolerance;
    private final int maxIterations;

    /**
     * @param tolerance ε of the stopping rule (&gt; 0)
     * @param maxIterations cap on outer iterations (≥ 1)
     */
    ProposedPowerAllocation(double tolerance, int maxIterations) {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** With ε = 1e-9 and 500 iterations. */
    ProposedPowerAllocation() {
        this(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Single-start PPA.
     *
     * @param problem the instance
     * @param solver the P-step backend
     * @return the allocation, or the reason 𝒫 is empty
     */
    PowerAllocation allocate(PowerAllocationProblem problem, SurrogateSolver solver) {
        return allocate("PPA", problem, solver, false);
    }

    /**
     * PPA-MS: PPA from its usual start and from the L LP vertices max P_v; the best run is returned (its
     * history is that run's).
     *
     * @param problem the instance
     * @param solver the P-step backend
     * @return the allocation, or the reason 𝒫 is empty
     */
    PowerAllocation allocateMultistart(PowerAllocationProblem problem, SurrogateSolver solver) {
        return allocate("PPA-MS", problem, solver, true);
    }

    private PowerAllocation allocate(String scheme, PowerAllocationProblem problem, SurrogateSolver solver,
            boolean multistart) {
        SumRateModel model = SumRateModel.of(problem);
        LinearConstraints constraints = LinearConstraints.of(model);
        FeasibleRegion region = new FeasibleRegion(constraints);
        if (!region.nonEmpty()) {
            return Allocations.infeasible(scheme, region.infeasibilityReason(), region.minimumBudget());
        }
        Run best = run(constraints, start(region), solver);
        if (multistart) {
            for (int v = 0; v < model.cells(); v++) {
                Run r = run(constraints, region.vertexMaximising(v), solver);
                if (r.sumRate() > best.sumRate()) {
                    best = r;
                }
            }
        }
        return Allocations.feasible(scheme, model, best.powers(), region.minimumBudget(), best.history(),
                Double.NaN);
    }

    /**
     * @param region a non-empty feasible set
     * @return EPA when feasible, else the interior point
     */
    static double[] start(FeasibleRegion region) {
        SumRateModel model = region.constraints().model();
        double[] epa = new double[model.cells()];
        Arrays.fill(epa, model.budget() / model.cells());
        return region.constraints().feasible(epa) ? epa : region.interiorPoint();
    }

    /**
     * The AO iteration from a feasible start.
     *
     * @param constraints the instance's constraints
     * @param start a feasible point
     * @param solver the P-step backend
     * @return the last iterate, its sum rate and the sum rate after each outer iteration
     */
    Run run(LinearConstraints constraints, double[] start, SurrogateSolver solver) {
        SumRateModel model = constraints.model();
        int n = model.cells();
        double[][] a = constraints.matrix();
        double[] b = constraints.bound();
        double[] p = start.clone();
        double rate = model.sumRate(p);
        double[] history = new double[Math.min(maxIterations, 64)];
        int count = 0;
        double[] t = new double[n];
        for (int k = 0; k < maxIterations; k++) {
            for (int i = 0; i < n; i++) {
                t[i] = 1 / model.interference(p, i);
            }
            double[] next = solver.maximise(model.problem(), t, a, b, p, INNER_TOLERANCE);
            double nextRate = Double.NEGATIVE_INFINITY;
            if (next != null && next.length == n) {
                // the contract says feasible to 1e-9; a backend that strays is pulled back, not trusted
                next = constraints.pullToward(p, next);
                nextRate = model.sumRate(next);
            }
            double gain = nextRate - rate;
            if (gain >= 0) {
                p = next;
                rate = nextRate;
            }
            if (count == history.length) {
                history = Arrays.copyOf(history, 2 * history.length);
            }
            history[count++] = rate;
            if (!(gain > tolerance * Math.max(1, rate))) {
                break;
            }
        }
        return new Run(p, rate, Arrays.copyOf(history, count));
    }
}
