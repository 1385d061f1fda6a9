package org.isac.workbench.optimizer.internal;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The feasible set 𝒫 = {P ≥ 0 : Σ P ≤ P_th, (17), (18)} and the linear programmes about it: the phase-1
 * minimum budget, the reason when 𝒫 is empty, a strictly interior starting point (Chebyshev centre), the
 * vertices that maximise one power, and the range of each power on the face Σ P = P_th.
 *
 * <p>Why (17)–(18) alone can be infeasible, exactly: write Γ_il = ζ^c_i ρ_li/ρ_ii (l ≠ i) over the users
 * with ζ^c_i &gt; 0. (17) reads (I − Γ)P ≥ u with u_i = ζ^c_i σ²_c,i/ρ_ii &gt; 0, which has a solution
 * P ≥ 0 if and only if the spectral radius of Γ is below 1 (Perron–Frobenius / Collatz–Wielandt). Then
 * v = (I − Γ)⁻¹1 &gt; 0, and P* + c v meets (17) for every c ≥ 0 while every Σ_l P_l g_li grows without
 * bound, so (18) can be met too unless a target has no non-zero sensing gain. Those three causes (a zero
 * direct gain, an interference-limited rate system, a target that nobody illuminates) are named in the
 * reason; the LP then gives the minimum budget.
 */
final class FeasibleRegion {

    private final LinearConstraints constraints;
    private final SumRateModel model;

    private boolean solved;
    private double minimumBudget;
    private double[] minimumPoint;
    private String unattainable;

    private double[] interior;
    private double chebyshevRadius = Double.NaN;

    /**
     * @param constraints the constraint system of the instance
     */
    FeasibleRegion(LinearConstraints constraints) {
        this.constraints = constraints;
        this.model = constraints.model();
    }

    /** @return the constraint system */
    LinearConstraints constraints() {
        return constraints;
    }

    /**
     * The phase-1 LP min Σ P_l s.t. (17), (18), P ≥ 0.
     *
     * @return the smallest budget that meets the rate and detection constraints, +∞ when none does
     */
    double minimumBudget() {
        solveMinimumBudget();
        return minimumBudget;
    }

    /** @return the minimiser of the phase-1 LP (meets (17)–(18) exactly, up to rounding), null when +∞ */
    double[] minimumBudgetPoint() {
        solveMinimumBudget();
        return minimumPoint == null ? null : minimumPoint.clone();
    }

    /** @return whether 𝒫 is non-empty (to the 1e-9 relative tolerance) */
    boolean nonEmpty() {
        solveMinimumBudget();
        return minimumPoint != null && constraints.feasible(minimumPoint);
    }

    /**
     * @return why 𝒫 is empty, as a sentence naming the cause; null when it is not empty
     */
    String infeasibilityReason() {
        if (nonEmpty()) {
            return null;
        }
        if (unattainable != null) {
            return unattainable;
        }
        return "power budget " + Allocations.format(model.budget()) + " is below the minimum "
                + Allocations.format(minimumBudget) + " that meets the rate and detection constraints";
    }

    private void solveMinimumBudget() {
        if (solved) {
            return;
        }
        solved = true;
        int n = model.cells();
        unattainable = structuralInfeasibility();
        if (unattainable != null) {
            minimumBudget = Double.POSITIVE_INFINITY;
            return;
        }
        if (constraints.rows() == 1) {
            // no requirement: P = 0 meets everything
            minimumBudget = 0;
            minimumPoint = new double[n];
            return;
        }
        // power unit: the largest power a single requirement asks for, b_r / max_j |a_rj|
        double unit = 0;
        for (int r = 1; r < constraints.rows(); r++) {
            double amax = 0;
            for (int j = 0; j < n; j++) {
                amax = Math.max(amax, Math.abs(constraints.a(r, j)));
            }
            unit = Math.max(unit, Math.abs(constraints.b(r)) / amax);
        }
        List<LinearConstraint> rows = new ArrayList<>();
        for (int r = 1; r < constraints.rows(); r++) {
            rows.add(LinearPrograms.row(scaledRow(r, unit), Relationship.LEQ, constraints.b(r)));
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] x = LinearPrograms.solve(ones, GoalType.MINIMIZE, rows);
        if (x == null) {
            minimumBudget = Double.POSITIVE_INFINITY;
            unattainable = "the rate and detection constraints cannot be met at any power (no feasible point "
                    + "found; the interference system is at its limit, spectral radius "
                    + Allocations.format(interferenceSpectralRadius()) + ")";
            return;
        }
        double[] p = new double[n];
        for (int j = 0; j < n; j++) {
            p[j] = Math.max(0, x[j] * unit);
        }
        // the simplex vertex meets its rows up to rounding; scaling P up by c ≥ 1 only improves every row of
        // (17)–(18) (all have b < 0), so the smallest such c gives a point that meets them exactly
        double c = 1;
        for (int r = 1; r < constraints.rows(); r++) {
            double lhs = constraints.lhs(r, p);
            if (lhs > constraints.b(r) && lhs < 0) {
                c = Math.max(c, constraints.b(r) / lhs);
            }
        }
        for (int j = 0; j < n; j++) {
            p[j] *= c;
        }
        minimumPoint = p;
        minimumBudget = LinearConstraints.sum(p);
    }

    /** Row r of A with the variables measured in the given unit. */
    private double[] scaledRow(int r, double unit) {
        double[] a = new double[model.cells()];
        for (int j = 0; j < a.length; j++) {
            a[j] = constraints.a(r, j) * unit;
        }
        return a;
    }

    /**
     * @return a sentence when (17)–(18) cannot hold at any power, else null
     */
    private String structuralInfeasibility() {
        int n = model.cells();
        for (int i = 0; i < n; i++) {
            if (model.sinrMin(i) > 0 && model.rho(i, i) == 0) {
                return "the rate constraint of user " + (i + 1) + " cannot be met at any power: its direct gain "
                        + "ρ_" + (i + 1) + (i + 1) + " is 0";
            }
        }
        for (int i = 0; i < n; i++) {
            if (model.sensingSnrMin(i) > 0) {
                boolean lit = false;
                for (int l = 0; l < n; l++) {
                    lit |= model.g(l, i) > 0;
                }
                if (!lit) {
                    return "the detection constraint of target " + (i + 1) + " cannot be met at any power: every "
                            + "sensing gain g_l" + (i + 1) + " is 0";
                }
            }
        }
        double radius = interferenceSpectralRadius();
        if (radius >= 1) {
            return "the rate constraints cannot be met at any power (interference-limited: the normalised "
                    + "interference matrix ζ^c_i ρ_li/ρ_ii has spectral radius " + Allocations.format(radius)
                    + " ≥ 1)";
        }
        return null;
    }

    /**
     * @return the spectral radius of Γ_il = ζ^c_i ρ_li/ρ_ii (l ≠ i) over the users with ζ^c_i &gt; 0; 0 when
     *         fewer than two users have a rate requirement
     */
    double interferenceSpectralRadius() {
        int n = model.cells();
        int[] users = java.util.stream.IntStream.range(0, n).filter(i -> model.sinrMin(i) > 0).toArray();
        int k = users.length;
        if (k < 2) {
            return 0;
        }
        double[][] gamma = new double[k][k];
        for (int a = 0; a < k; a++) {
            int i = users[a];
            for (int b = 0; b < k; b++) {
                int l = users[b];
                gamma[a][b] = l == i ? 0 : model.sinrMin(i) * model.rho(l, i) / model.rho(i, i);
            }
        }
        try {
            double r = 0;
            for (Complex lambda : new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(gamma, false))
                    .getEigenvalues()) {
                r = Math.max(r, lambda.norm());
            }
            return r;
        } catch (MathRuntimeException e) {
            return powerIterationRadius(gamma);
        }
    }

    /** Fallback: ρ(Γ) ≈ ‖Γ^k‖^{1/k} for a large k (Gelfand), by repeated squaring with rescaling. */
    private static double powerIterationRadius(double[][] gamma) {
        int k = gamma.length;
        double[][] m = gamma;
        double logScale = 0;
        int power = 1;
        for (int s = 0; s < 40; s++) {
            double norm = maxRowSum(m);
            if (norm == 0) {
                return 0;
            }
            double[][] sq = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double t = 0;
                    for (int q = 0; q < k; q++) {
                        t += m[i][q] / norm * (m[q][j] / norm);
                    }
                    sq[i][j] = t;
                }
            }
            logScale = 2 * (logScale + Math.log(norm));
            m = sq;
            power *= 2;
            if (power > 1 << 20) {
                break;
            }
        }
        return Math.exp((logScale + Math.log(maxRowSum(m))) / power);
    }

    /** The ∞-norm (largest absolute row sum) of a square matrix. */
    private static double maxRowSum(double[][] m) {
        double norm = 0;
        for (double[] row : m) {
            double rowSum = 0;
            for (double v : row) {
                rowSum += Math.abs(v);
            }
            norm = Math.max(norm, rowSum);
        }
        return norm;
    }

    /**
     * A strictly interior point of 𝒫: the centre of the largest ball inside it (the Chebyshev centre, an
     * LP), which keeps every constraint slack so PPA's first P-step starts well inside. When 𝒫 has no
     * interior (P_th equal to the minimum budget), the phase-1 point.
     *
     * @return a feasible point; null when 𝒫 is empty
     */
    double[] interiorPoint() {
        if (!nonEmpty()) {
            return null;
        }
        if (interior == null) {
            computeChebyshevCentre();
        }
        return interior.clone();
    }

    /** @return the radius of the Chebyshev ball (0 when 𝒫 has no interior), NaN when 𝒫 is empty */
    double chebyshevRadius() {
        if (!nonEmpty()) {
            return Double.NaN;
        }
        if (interior == null) {
            computeChebyshevCentre();
        }
        return chebyshevRadius;
    }

    private void computeChebyshevCentre() {
        int n = model.cells();
        double unit = model.budget();
        if (unit > 0) {
            // variables (x_1..x_L, r) in units of P_th: a_r·x + ‖a_r‖₂ r ≤ b_r, and x_j ≥ r (the ball in P ≥ 0)
            List<LinearConstraint> rows = new ArrayList<>();
            for (int r = 0; r < constraints.rows(); r++) {
                double[] a = new double[n + 1];
                double norm = 0;
                for (int j = 0; j < n; j++) {
                    a[j] = constraints.a(r, j);
                    norm += a[j] * a[j];
                }
                norm = Math.sqrt(norm);
                for (int j = 0; j < n; j++) {
                    a[j] /= norm;
                }
                a[n] = 1;
                rows.add(LinearPrograms.row(a, Relationship.LEQ, constraints.b(r) / norm / unit));
            }
            for (int j = 0; j < n; j++) {
                double[] a = new double[n + 1];
                a[j] = -1;
                a[n] = 1;
                rows.add(new LinearConstraint(a, Relationship.LEQ, 0));
            }
            double[] objective = new double[n + 1];
            objective[n] = 1;
            double[] x = LinearPrograms.solve(objective, GoalType.MAXIMIZE, rows);
            if (x != null && x[n] > 1e-9) {
                double[] p = new double[n];
                for (int j = 0; j < n; j++) {
                    p[j] = x[j] * unit;
                }
                if (constraints.feasible(p)) {
                    interior = p;
                    chebyshevRadius = x[n] * unit;
                    return;
                }
            }
        }
        interior = minimumPoint.clone();
        chebyshevRadius = 0;
    }

    /**
     * The LP vertex max P_v over 𝒫 (spec §3: PPA-MS restarts from these L vertices).
     *
     * @param v the base station whose power is maximised
     * @return a feasible vertex; null when 𝒫 is empty
     */
    double[] vertexMaximising(int v) {
        if (!nonEmpty()) {
            return null;
        }
        int n = model.cells();
        double[] anchor = interiorPoint();
        if (model.budget() == 0) {
            return anchor;
        }
        double[] objective = new double[n];
        objective[v] = 1;
        double[] x = LinearPrograms.solve(objective, GoalType.MAXIMIZE, polytopeRows(null));
        if (x == null) {
            return anchor;
        }
        for (int j = 0; j < n; j++) {
            x[j] *= model.budget();
        }
        // the vertex meets its rows to rounding; pull it the last ulps inside if needed
        return constraints.pullToward(anchor, x);
    }

    /**
     * The range of each power over 𝒫 ∩ {Σ P = P_th}, the face where the optimum lies (2L LPs).
     *
     * @return {lo, hi} per base station; null when the face is empty
     */
    double[][] faceRanges() {
        if (!nonEmpty() || model.budget() == 0) {
            return null;
        }
        int n = model.cells();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        List<LinearConstraint> rows = polytopeRows(new LinearConstraint(ones, Relationship.EQ, 1));
        double[][] ranges = new double[n][2];
        for (int j = 0; j < n; j++) {
            double[] objective = new double[n];
            objective[j] = 1;
            double[] lo = LinearPrograms.solve(objective, GoalType.MINIMIZE, rows);
            double[] hi = LinearPrograms.solve(objective, GoalType.MAXIMIZE, rows);
            if (lo == null || hi == null) {
                // the face is non-empty whenever 𝒫 is (scale any feasible point up): a solver failure, so fall
                // back to the trivial range
                ranges[j][0] = 0;
                ranges[j][1] = model.budget();
            } else {
                // widened by 1e-9 P_th: the vertex values carry rounding, and a range that cut the face by an
                // ulp could cut the optimum out of the search of the global scheme
                double slack = 1e-9 * model.budget();
                ranges[j][0] = Math.max(0, lo[j] * model.budget() - slack);
                ranges[j][1] = Math.min(model.budget(), hi[j] * model.budget() + slack);
            }
        }
        return ranges;
    }

    /** The rows of 𝒫 in units of P_th, plus an optional extra row. */
    private List<LinearConstraint> polytopeRows(LinearConstraint extra) {
        double unit = model.budget();
        List<LinearConstraint> rows = new ArrayList<>();
        for (int r = 0; r < constraints.rows(); r++) {
            rows.add(LinearPrograms.row(scaledRow(r, unit), Relationship.LEQ, constraints.b(r)));
        }
        if (extra != null) {
            rows.add(extra);
        }
        return rows;
    }
}
