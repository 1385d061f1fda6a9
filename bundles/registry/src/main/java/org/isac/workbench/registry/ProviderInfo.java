package org.isac.workbench.registry;

/**
 * What the registry knows of one provider.
 *
 * @param concern the concern it serves
 * @param name its name within the concern
 * @param description one-line human description
 * @param bundle symbolic name of the bundle that registered it
 * @param bundleVersion version of that bundle
 * @param ranking its {@code service.ranking}
 * @param serviceId its {@code service.id}
 * @param isDefault whether it is the concern's default (highest ranking, then oldest)
 * @param active whether it is the provider consumers get now (the selection, or the default when
 *        nothing available is selected)
 */
public record ProviderInfo(String concern, String name, String description, String bundle, String bundleVersion,
        int ranking, long serviceId, boolean isDefault, boolean active) {
}
