/**
 * Large-scale path loss and small-scale fading. Both are concerns of the registry, so a plugin bundle can
 * replace either at runtime (for example Nakagami-m fading, or a dual-slope path loss). Channel models with
 * antennas and geometry are in {@code org.isac.workbench.channel.model}.
 */
@Export
@Version("1.0.0")
package org.isac.workbench.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
