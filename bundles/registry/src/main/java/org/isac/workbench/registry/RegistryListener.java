package org.isac.workbench.registry;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the active provider of a concern changes: a selection, a provider that arrives, or the
 * selected provider going away (the registry then falls back to the default). Register it as an OSGi
 * service; calls come on the thread that caused the change and must return quickly.
 */
@ConsumerType
@FunctionalInterface
public interface RegistryListener {
    /**
     * @param concern the concern whose active provider changed
     * @param previous the provider active before, or {@code null} if there was none
     * @param current the provider active now, or {@code null} if none is left
     * @param reason a human sentence saying why
     */
    void activeProviderChanged(String concern, ProviderInfo previous, ProviderInfo current, String reason);
}
