package org.isac.workbench.registry;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the active provider of a concern changes: a selection, a provider that arrives, or the
 * selected provider going away (the registry then falls back to the default); and, optionally, whenever a
 * provider arrives or leaves. Register it as an OSGi service; calls come on the thread that caused the change,
 * after the registry has updated its lists, and must return quickly.
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

    /**
     * A provider of a concern arrived or left, whether or not the active one changed; {@link
     * ComponentRegistry#providers} already lists the change. (A listener of the service registry itself may be
     * told of a provider's service before the registry has seen it.)
     *
     * @param concern the concern whose providers changed
     */
    default void providersChanged(String concern) {
    }
}
