/**
 * Large-scale path loss, small-scale fading, and channel models with antennas and geometry. All are concerns of
 * the registry, so a plugin bundle can replace any at runtime (for example Nakagami-m fading, a Rician channel
 * with a line-of-sight steering vector, or a dual-slope path loss).
 */
@Export
@Version("1.1.0")
package org.isac.workbench.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
