/**
 * Monte Carlo engines: runs of independent realizations with deterministic random streams, progress
 * reports, cancellation and stopping on a target confidence-interval width.
 */
@Export
@Version("2.3.0")
package org.isac.workbench.simulation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
