/**
 * Figures as JFreeChart charts, for user interfaces that show them on screen; kept apart from the
 * toolkit-neutral {@code org.isac.workbench.plotting} API so that its users need no JFreeChart.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.plotting.jfree;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
