/**
 * Channel models with antennas and geometry: the channel matrix of a link between two arrays, given their positions
 * ({@link org.isac.workbench.channel.model.ChannelModel}, {@link org.isac.workbench.channel.model.Link},
 * {@link org.isac.workbench.channel.model.ArrayGeometry}), and path-loss laws that engines may evaluate from squared
 * distances. Kept apart from {@code org.isac.workbench.channel} so that the providers of that package (fading
 * models and path-loss laws written for 1.0) keep resolving.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.channel.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
