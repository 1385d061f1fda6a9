/**
 * Blocks of realizations, the unit of Monte Carlo work everywhere: a task's realizations are cut into blocks of a
 * fixed size, each block's samples are summarised in mergeable statistics, and the blocks are merged in block order,
 * so a result does not depend on which thread, process or machine ran which block, or in which order. The stopping
 * rule is evaluated at block boundaries in block order, so where a run stops does not depend on that either. A
 * {@link org.isac.workbench.numerics.montecarlo.BlockPlan} says which blocks this process computes and where
 * finished blocks are kept: the local threads, one shard of a job array, a merge of shards, a resumed run.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.numerics.montecarlo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
