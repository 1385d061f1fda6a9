/**
 * The chart service: figures of results (theory as lines, Monte Carlo as markers with confidence intervals,
 * {@link org.isac.workbench.experiment.Figure}) exported to PNG, SVG and PDF, headless. No toolkit here: an
 * implementation (JFreeChart in the {@code plotting-jfree} bundle) provides the service.
 */
@Export
@Version("2.0.0")
package org.isac.workbench.plotting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
