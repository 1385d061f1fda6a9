package org.isac.workbench.optimizer.internal;

import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * Small LPs over x ≥ 0 with Hipparchus' {@link SimplexSolver}.
 *
 * <p>The solver compares tableau entries with an absolute epsilon, so callers hand it scaled data: the
 * variables measured in a power unit of the instance (the budget, or the power one requirement needs) and
 * every row divided by its largest coefficient. On such data 1e-9 is far above rounding (entries are
 * O(1), rounding O(1e-15)) and far below any infeasibility worth reporting; the library's default 1e-6
 * would let a phase-1 residual of 1e-7 pass as feasible. Bland's rule: the vertices of these polytopes are
 * often degenerate (EPA-like ties), and Bland cannot cycle.
 */
final class LinearPrograms {

    /** Absolute epsilon of the simplex on the scaled data (see class comment). */
    private static final double EPSILON = 1e-9;
    /** Far above what these few-row LPs need; a safeguard only. */
    private static final int MAX_ITERATIONS = 100_000;

    private LinearPrograms() {
    }

    /**
     * @param objective c of the objective c·x
     * @param goal minimise or maximise
     * @param constraints the rows (x ≥ 0 is implied)
     * @return the optimal vertex, or null when the LP is infeasible (or, which these callers never build,
     *         unbounded)
     */
    static double[] solve(double[] objective, GoalType goal, List<LinearConstraint> constraints) {
        try {
            PointValuePair p = new SimplexSolver(EPSILON).optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return p.getPoint();
        } catch (MathIllegalStateException e) {
            // NO_FEASIBLE_SOLUTION (the case callers care about), UNBOUNDED_SOLUTION or too many iterations:
            // in each case there is no vertex to return
            return null;
        }
    }

    /**
     * As {@link #solve} with free (sign-unrestricted) variables.
     *
     * @param objective c of the objective c·x
     * @param goal minimise or maximise
     * @param constraints the rows
     * @return the optimal vertex, or null when the LP is infeasible or unbounded
     */
    static double[] solveFree(double[] objective, GoalType goal, List<LinearConstraint> constraints) {
        try {
            PointValuePair p = new SimplexSolver(EPSILON).optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(false), PivotSelectionRule.BLAND);
            return p.getPoint();
        } catch (MathIllegalStateException e) {
            return null;
        }
    }

    /**
     * Divides a row by its largest coefficient (the row's meaning is unchanged), so that the solver's
     * absolute epsilon is relative to the row.
     *
     * @param a coefficients
     * @param relationship ≤, = or ≥
     * @param b right-hand side
     * @return the scaled row
     */
    static LinearConstraint row(double[] a, org.hipparchus.optim.linear.Relationship relationship, double b) {
        double norm = 0;
        for (double v : a) {
            norm = Math.max(norm, Math.abs(v));
        }
        if (norm == 0) {
            return new LinearConstraint(a.clone(), relationship, b);
        }
        double[] c = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            c[j] = a[j] / norm;
        }
        return new LinearConstraint(c, relationship, b / norm);
    }
}
