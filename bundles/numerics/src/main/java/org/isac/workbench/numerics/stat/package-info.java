/**
 * Monte Carlo statistics: running mean and variance (mergeable, so parallel partial results combine
 * exactly) and estimates with standard error and confidence intervals.
 */
@Export
@Version("1.1.0")
package org.isac.workbench.numerics.stat;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
