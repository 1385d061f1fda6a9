/**
 * Deployments: point processes of base stations, users and targets in a window, and nearest-neighbour
 * queries (serving base station, cooperative clusters).
 */
@Export
@Version("1.1.0")
package org.isac.workbench.geometry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
