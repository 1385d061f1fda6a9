/**
 * Small dense complex linear algebra on primitive arrays, for the Monte Carlo hot path (precoders of a
 * few dozen antennas), where general-purpose libraries are several times slower.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.numerics.linalg;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
