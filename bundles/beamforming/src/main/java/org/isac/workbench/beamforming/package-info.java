/**
 * Transmit beamformers: precoders for a base station's own users that may also null the channels of
 * other users and targets (the coordinated nulling of the network ISAC model).
 */
@Export
@Version("1.0.0")
package org.isac.workbench.beamforming;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
