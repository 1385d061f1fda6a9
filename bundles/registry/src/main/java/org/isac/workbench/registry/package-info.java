/**
 * The registry of swappable providers.
 *
 * <p>Every provider of a concern (a fading model, a beamformer, a detector, a solver, ...) registers its
 * service with the properties of {@link org.isac.workbench.registry.IsacProvider}: the concern it serves,
 * its name and a human description. The {@link org.isac.workbench.registry.ComponentRegistry} lists the
 * providers per concern, keeps the user's selection in Config Admin (so it survives a restart) and hands
 * consumers the selected provider, falling back to the default when the selected one goes away.
 */
@Export
@Version("1.2.0")
package org.isac.workbench.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
