/**
 * Power allocation of the CoMP-ISAC letter: the problem, the allocation schemes (PPA, EPA, RPA, a global
 * reference) and their results.
 */
@Export
@Version("1.1.0")
package org.isac.workbench.optimizer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
