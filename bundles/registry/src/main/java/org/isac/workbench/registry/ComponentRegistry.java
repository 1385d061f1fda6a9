package org.isac.workbench.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The providers of every concern, and which one is selected.
 *
 * <p>Consumers do not hold providers across runs: they ask {@link #active(String, Class)} when a run (or
 * any unit of work) starts and use that object until it ends. A bundle that goes away mid-run leaves its
 * classes usable until the run ends; the next run gets the new active provider. This is what makes
 * providers hot-swappable without ever handing out a dead service.
 */
@ProviderType
public interface ComponentRegistry {

    /** @return the concerns that have at least one provider, sorted */
    List<String> concerns();

    /**
     * @param concern a concern
     * @return its providers, sorted by name; empty if the concern is unknown
     */
    List<ProviderInfo> providers(String concern);

    /**
     * @param concern a concern
     * @return the provider consumers get now, empty if the concern has no provider
     */
    Optional<ProviderInfo> activeInfo(String concern);

    /**
     * What a run needs to record to be repeated: the active provider's configuration (its Config Admin
     * properties and component defaults, as DS publishes them), without the framework's, DS's, Config
     * Admin's and the registry's own properties.
     *
     * @param concern a concern
     * @return the settings by name, sorted; empty when the concern has no provider or it has no settings
     */
    default Map<String, String> activeSettings(String concern) {
        return Map.of();
    }

    /**
     * The settings of a provider by name, as {@link #activeSettings} gives them for the active one: what a run
     * that used this provider records.
     *
     * @param concern a concern
     * @param name a provider's name
     * @return the settings by name, sorted; empty when there is no such provider or it has no settings
     */
    default Map<String, String> settings(String concern, String name) {
        return Map.of();
    }

    /**
     * Why a provider is out of use: its activation failed (for example it rejected its configuration). A failed
     * provider is listed but is neither default nor active; consumers get the next one, and the log says so.
     * It is tried again when its configuration changes or it is registered anew.
     *
     * @param concern a concern
     * @param name a provider's name
     * @return the provider's own message, empty when it works (or is not known)
     */
    default Optional<String> failure(String concern, String name) {
        return Optional.empty();
    }

    /**
     * @param concern a concern
     * @return the runners, commands and providers that use it ({@link IsacConsumer}), sorted
     */
    default List<String> consumers(String concern) {
        return List.of();
    }

    /**
     * @param concern a concern
     * @return the name the user selected (kept in Config Admin), which may be absent from the container
     *         right now, or empty when the concern follows its default
     */
    Optional<String> selection(String concern);

    /**
     * Selects a provider; the choice is stored in Config Admin and survives a restart.
     *
     * @param concern a concern that has providers
     * @param name one of its providers' names
     * @return the provider now active
     * @throws IllegalArgumentException naming the known concerns or providers when either is unknown
     */
    ProviderInfo select(String concern, String name);

    /**
     * Forgets the selection of a concern, which then follows its default again.
     *
     * @param concern a concern
     */
    void clearSelection(String concern);

    /**
     * The provider service active now.
     *
     * @param <S> the service type
     * @param concern a concern
     * @param type the service interface of the concern
     * @return the active provider; when it fails to activate, it is marked failed and the next one is returned
     * @throws IllegalStateException when the concern has no working provider of that type
     */
    <S> S active(String concern, Class<S> type);

    /**
     * A provider by name, whatever the selection (for example every power-allocation scheme of a
     * comparison).
     *
     * @param <S> the service type
     * @param concern a concern
     * @param name a provider's name
     * @param type the service interface of the concern
     * @return that provider
     * @throws IllegalArgumentException naming the known providers when there is none of that name
     * @throws IllegalStateException with the provider's message when it failed to activate
     */
    <S> S named(String concern, String name, Class<S> type);
}
