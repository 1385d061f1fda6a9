/**
 * Deterministic random streams and random variates for Monte Carlo.
 *
 * <p>A Monte Carlo realization draws from {@link org.isac.workbench.numerics.random.RandomStreams#of
 * RandomStreams.of(seed, point, realization)}, so its numbers depend only on those three values and never
 * on the thread that runs it: results are identical for any thread count.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.numerics.random;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
