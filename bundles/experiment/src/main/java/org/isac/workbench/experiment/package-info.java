/**
 * Scenarios and their runs: a scenario file names a figure, its parameter sweep and the providers to use;
 * running it writes its results (CSV with confidence intervals, charts) with their provenance.
 */
@Export
@Version("3.1.0")
package org.isac.workbench.experiment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
