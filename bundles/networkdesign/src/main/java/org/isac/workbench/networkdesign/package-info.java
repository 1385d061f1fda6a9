/**
 * Network parameter optimisation of the network ISAC paper (Section V): the sensing–communication ASE region
 * over users and targets per cell and cooperative cluster sizes, its corner points, the time-sharing inner
 * bound and the weighted-sum optimum.
 */
@Export
@Version("1.1.0")
package org.isac.workbench.networkdesign;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
