package org.isac.workbench.optimizer.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocationProblem;

/**
 * RPA, the letter's second benchmark ("random power allocation within the feasible region"; its MATLAB
 * {@code rng(2)} draw cannot be reproduced, spec §0): one point drawn uniformly from
 * 𝒫 = {P ≥ 0, Σ P ≤ P_th, (17), (18)}, from the caller's random stream.
 *
 * <p>Sampler, and why:
 * <ol>
 * <li><b>Rejection from the simplex</b> {P ≥ 0, Σ P ≤ P_th} (uniform there by normalised exponentials:
 * P_l = P_th E_l / Σ_{k=0}^{L} E_k). An accepted draw is <em>exactly</em> uniform on 𝒫, and when 𝒫 fills a
 * fair part of the simplex (the usual case at generous budgets) it costs a few draws.</li>
 * <li>After {@value #REJECTION_TRIES} rejections in a row (acceptance below a few per cent: a tight budget,
 * stringent requirements, or many cells, where 𝒫 is a thin sliver of the simplex) rejection would be
 * slow, so the draw falls back to <b>hit-and-run</b> from the Chebyshev centre: a uniform random direction,
 * then a uniform point of the chord through 𝒫, repeated 1000 + 100 L² times. Hit-and-run's stationary law is
 * uniform on 𝒫 and, started from the deep interior point, it mixes in O(L²) steps in practice; the burn-in
 * is generous (≈ 2000 steps for L = 3, where the marginals are indistinguishable from exact draws).</li>
 * </ol>
 * The result is a mixture of an exact uniform draw and an approximately uniform one, hence uniform up to
 * hit-and-run's (tiny) residual bias. When 𝒫 has no interior (P_th equal to the minimum budget) it is a
 * single point or a face, "uniform" has no meaning, and RPA returns the phase-1 point.
 */
final class RandomPowerAllocation {

    /** Rejections in a row after which the sampler switches to hit-and-run. */
    static final int REJECTION_TRIES = 64;

    private RandomPowerAllocation() {
    }

    /**
     * @param problem the instance
     * @param random the stream the draw comes from
     * @return the allocation, or why 𝒫 is empty
     */
    static PowerAllocation allocate(PowerAllocationProblem problem, RandomGenerator random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null for RPA");
        }
        SumRateModel model = SumRateModel.of(problem);
        LinearConstraints constraints = LinearConstraints.of(model);
        FeasibleRegion region = new FeasibleRegion(constraints);
        if (!region.nonEmpty()) {
            return Allocations.infeasible("RPA", region.infeasibilityReason(), region.minimumBudget());
        }
        double[] p = sample(region, random);
        return Allocations.feasible("RPA", model, p, region.minimumBudget(), new double[0], Double.NaN);
    }

    /**
     * @param region a non-empty feasible set
     * @param random the stream
     * @return a feasible point, uniform on 𝒫 (see the class comment)
     */
    static double[] sample(FeasibleRegion region, RandomGenerator random) {
        LinearConstraints constraints = region.constraints();
        SumRateModel model = constraints.model();
        int n = model.cells();
        if (model.budget() == 0 || !(region.chebyshevRadius() > 0)) {
            return region.interiorPoint();
        }
        double[] p = new double[n];
        for (int attempt = 0; attempt < REJECTION_TRIES; attempt++) {
            double total = random.nextExponential(); // the slack P_th − Σ P
            for (int l = 0; l < n; l++) {
                p[l] = random.nextExponential();
                total += p[l];
            }
            for (int l = 0; l < n; l++) {
                p[l] = model.budget() * p[l] / total;
            }
            if (constraints.feasible(p)) {
                return p;
            }
        }
        return hitAndRun(constraints, region.interiorPoint(), 1000 + 100 * n * n, random);
    }

    /**
     * @param constraints the rows of 𝒫
     * @param start an interior point
     * @param steps chord steps
     * @param random the stream
     * @return the last point of the walk (feasible)
     */
    static double[] hitAndRun(LinearConstraints constraints, double[] start, int steps, RandomGenerator random) {
        int n = start.length;
        double[] x = start.clone();
        double[] d = new double[n];
        for (int s = 0; s < steps; s++) {
            double norm = 0;
            for (int j = 0; j < n; j++) {
                d[j] = random.nextGaussian();
                norm += d[j] * d[j];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                d[j] /= norm;
                // x_j + t d_j ≥ 0
                if (d[j] > 0) {
                    lo = Math.max(lo, -x[j] / d[j]);
                } else if (d[j] < 0) {
                    hi = Math.min(hi, -x[j] / d[j]);
                }
            }
            for (int r = 0; r < constraints.rows(); r++) {
                // a·(x + t d) ≤ b
                double slope = constraints.lhs(r, d);
                double room = Math.max(0, constraints.b(r) - constraints.lhs(r, x));
                if (slope > 0) {
                    hi = Math.min(hi, room / slope);
                } else if (slope < 0) {
                    lo = Math.max(lo, room / slope);
                }
            }
            if (!(hi > lo) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
                continue;
            }
            double t = lo + (hi - lo) * random.nextDouble();
            for (int j = 0; j < n; j++) {
                x[j] = Math.max(0, x[j] + t * d[j]);
            }
        }
        return constraints.feasible(x) ? x : constraints.pullToward(start, x);
    }
}
