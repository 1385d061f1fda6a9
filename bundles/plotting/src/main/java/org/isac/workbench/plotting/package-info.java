/**
 * Figures of results (theory as lines, Monte Carlo as markers with confidence intervals) and their export
 * to PNG, SVG and PDF, headless.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.plotting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
