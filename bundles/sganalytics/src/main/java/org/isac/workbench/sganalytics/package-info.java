/**
 * Stochastic-geometry model of network-level cooperative ISAC (PPP of base stations, coordinated
 * zero-forcing with interference nulling): the parameters and the analytic quantities of the paper.
 */
@Export
@Version("1.1.0")
package org.isac.workbench.sganalytics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
