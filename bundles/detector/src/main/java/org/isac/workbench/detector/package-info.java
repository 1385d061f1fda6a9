/**
 * Target detectors of the CoMP-ISAC letter: the test statistic, the threshold for a false-alarm
 * probability, the theoretical detection probability and its Monte Carlo counterpart.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.detector;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
