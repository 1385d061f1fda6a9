/**
 * Special functions the detector needs to full double precision: the generalized Marcum Q-function of integer
 * order and its complement ({@link org.isac.workbench.numerics.special.MarcumQ}, the Skellam/Bessel-ratio tail
 * sum of the workbench specification, section 4), the Skellam pmf that gives its derivatives, and the inversions
 * for the GLRT threshold and the minimum noncentrality ({@link org.isac.workbench.numerics.special.MarcumQInverse}).
 */
@Export
@Version("1.1.0")
package org.isac.workbench.numerics.special;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
