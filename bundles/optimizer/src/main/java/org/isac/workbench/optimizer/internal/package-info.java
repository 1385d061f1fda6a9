/**
 * The power-allocation schemes and solver backends (private to the bundle).
 *
 * <p>Plain Java, no OSGi: {@link org.isac.workbench.optimizer.internal.SumRateModel} (validation and the
 * evaluation of T_i, I_i, R_i, R_sum, S_i), {@link org.isac.workbench.optimizer.internal.LinearConstraints}
 * ((13b), (17), (18) as A P ≤ b and the 1e-9 relative feasibility rule),
 * {@link org.isac.workbench.optimizer.internal.FeasibleRegion} (phase-1 minimum budget, infeasibility reasons,
 * Chebyshev centre, LP vertices, with Hipparchus' simplex), the P-step solvers
 * ({@link org.isac.workbench.optimizer.internal.InteriorPointSurrogate} on Hipparchus,
 * {@link org.isac.workbench.optimizer.internal.OjalgoSqpSurrogate} on ojAlgo) and the schemes
 * ({@link org.isac.workbench.optimizer.internal.ProposedPowerAllocation},
 * {@link org.isac.workbench.optimizer.internal.EqualPowerAllocation},
 * {@link org.isac.workbench.optimizer.internal.RandomPowerAllocation},
 * {@link org.isac.workbench.optimizer.internal.GlobalPowerAllocation}).
 *
 * <p>Thin Declarative Services components register them with the registry: the allocators {@code ppa}
 * (default), {@code ppa-ms}, {@code epa}, {@code rpa}, {@code global}, and the surrogate solvers
 * {@code hipparchus} (default) and {@code ojalgo}.
 *
 * <p>Human-readable reasons number cells from 1, as the letter does; field names in exceptions index from 0,
 * as Java does ({@code gainComm[1][2]}).
 */
package org.isac.workbench.optimizer.internal;
