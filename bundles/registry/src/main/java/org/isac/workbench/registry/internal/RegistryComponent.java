package org.isac.workbench.registry.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.registry.RegistryListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * The container side of the registry: tracks every service that carries the {@link IsacProvider}
 * properties, keeps the selection in the Config Admin configuration {@value #SELECTION_PID} (one
 * property per concern: {@code fading = nakagami}), and tells {@link RegistryListener}s and the log
 * when the active provider of a concern changes.
 */
@Component(configurationPid = RegistryComponent.SELECTION_PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RegistryComponent implements ComponentRegistry {

    /** Persistent identity of the selection; a {@code .cfg} file of that name in the plugins folder also sets it. */
    public static final String SELECTION_PID = "org.isac.workbench.selection";

    private final ProviderTable<ServiceReference<?>> table = new ProviderTable<>();
    private final Map<ServiceReference<?>, Object> obtained = new ConcurrentHashMap<>();
    /** Selections this component wrote that Config Admin has not yet echoed back through {@link #modified}. */
    private final Deque<Map<String, String>> pendingEchoes = new ArrayDeque<>();
    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final Logger logger;
    private final ServiceTracker<Object, ServiceReference<?>> tracker;
    /** The consumers' declarations ({@link IsacConsumer}), by service. */
    private final Map<ServiceReference<?>, List<String>> consumers = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, ServiceReference<?>> consumerTracker;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<RegistryListener> listeners;

    /** Declarative Services' runtime, which knows why a component failed to activate. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    @Activate
    public RegistryComponent(BundleContext context, Map<String, Object> configuration,
            @Reference ConfigurationAdmin configurationAdmin,
            @Reference(service = LoggerFactory.class) Logger logger) throws InvalidSyntaxException {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        this.logger = logger;
        table.setSelections(selectionsIn(configuration));
        String filter = "(&(" + IsacProvider.CONCERN + "=*)(" + IsacProvider.NAME + "=*))";
        tracker = new ServiceTracker<>(context, context.createFilter(filter), new Customizer());
        tracker.open(true); // all class spaces: the registry imports none of the concerns' interfaces
        consumerTracker = new ServiceTracker<>(context, context.createFilter("(" + IsacConsumer.NAME + "=*)"), null) {
            @Override
            public ServiceReference<?> addingService(ServiceReference<Object> reference) {
                Object concerns = reference.getProperty(IsacConsumer.CONCERNS);
                consumers.put(reference, concerns instanceof String[] list ? List.of(list)
                        : concerns == null ? List.of() : List.of(String.valueOf(concerns)));
                return reference;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceReference<?> tracked) {
                consumers.remove(reference);
            }
        };
        consumerTracker.open(true);
    }

    @Modified
    void modified(Map<String, Object> configuration) {
        Map<String, String> selections = selectionsIn(configuration);
        synchronized (pendingEchoes) {
            if (selections.equals(pendingEchoes.peekFirst())) {
                pendingEchoes.removeFirst();
                return;
            }
            pendingEchoes.clear();
        }
        report(table.setSelections(selections));
    }

    @Deactivate
    void deactivate() {
        consumerTracker.close();
        tracker.close();
    }

    @Override
    public List<String> consumers(String concern) {
        return consumers.entrySet().stream().filter(c -> c.getValue().contains(concern))
                .map(c -> String.valueOf(c.getKey().getProperty(IsacConsumer.NAME))).distinct().sorted().toList();
    }

    @Override
    public List<String> concerns() {
        return table.concerns();
    }

    @Override
    public List<ProviderInfo> providers(String concern) {
        return table.providers(concern);
    }

    @Override
    public Optional<ProviderInfo> activeInfo(String concern) {
        return table.activeInfo(concern);
    }

    @Override
    public Map<String, String> activeSettings(String concern) {
        return table.active(concern).map(RegistryComponent::settingsOf).orElse(Map.of());
    }

    @Override
    public Map<String, String> settings(String concern, String name) {
        try {
            return settingsOf(table.named(concern, name));
        } catch (IllegalArgumentException noSuchProvider) {
            return Map.of();
        }
    }

    private static Map<String, String> settingsOf(ProviderTable.Entry<ServiceReference<?>> entry) {
        Map<String, String> settings = new TreeMap<>();
        ServiceReference<?> reference = entry.handle();
        for (String key : reference.getPropertyKeys()) {
            if (!isBookkeeping(key)) {
                settings.put(key, display(reference.getProperty(key)));
            }
        }
        return settings;
    }

    /** Properties that say where a service comes from, not how it computes. */
    private static boolean isBookkeeping(String key) {
        return key.equals(Constants.OBJECTCLASS) || key.startsWith("service.") || key.startsWith("component.")
                || key.startsWith("isac.") || key.startsWith("felix.") || key.startsWith("osgi.")
                || key.startsWith(".");
    }

    private static String display(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(value);
    }

    @Override
    public Optional<String> selection(String concern) {
        return table.selection(concern);
    }

    @Override
    public ProviderInfo select(String concern, String name) {
        report(table.select(concern, name));
        persist(concern);
        return table.activeInfo(concern).orElseThrow();
    }

    @Override
    public void clearSelection(String concern) {
        report(table.clearSelection(concern));
        persist(concern);
    }

    @Override
    public Optional<String> failure(String concern, String name) {
        return table.failure(concern, name);
    }

    @Override
    public <S> S active(String concern, Class<S> type) {
        // a provider that fails to activate is marked failed, which makes the next one active
        while (true) {
            ProviderTable.Entry<ServiceReference<?>> entry = table.active(concern).orElseThrow(
                    () -> new IllegalStateException("no working provider for concern '" + concern + "'"
                            + failures(concern)));
            S service = serviceOf(entry, type, false);
            if (service != null) {
                return service;
            }
        }
    }

    /** The failed providers of a concern, for an error message. */
    private String failures(String concern) {
        StringBuilder text = new StringBuilder();
        for (ProviderInfo info : table.providers(concern)) {
            table.failure(concern, info.name()).ifPresent(f -> text.append("; '").append(info.name())
                    .append("' failed: ").append(f));
        }
        return text.toString();
    }

    @Override
    public <S> S named(String concern, String name, Class<S> type) {
        return serviceOf(table.named(concern, name), type, true);
    }

    /**
     * The service of a provider; when it cannot be had (its activation failed), the provider is marked failed
     * with the reason Declarative Services gives, and the result is null, or an exception when {@code required}.
     */
    private <S> S serviceOf(ProviderTable.Entry<ServiceReference<?>> entry, Class<S> type, boolean required) {
        String concern = entry.concern();
        ServiceReference<?> reference = entry.handle();
        Object service = obtained.computeIfAbsent(reference, context::getService);
        if (service == null) {
            obtained.remove(reference);
            String failure = activationFailure(reference);
            report(table.fail(reference, failure), true);
            if (required) {
                throw new IllegalStateException("the " + concern + " provider '" + entry.name() + "' failed: "
                        + failure);
            }
            return null;
        }
        if (!type.isInstance(service)) {
            throw new IllegalStateException("the " + concern + " provider '" + entry.name() + "' is a "
                    + service.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(service);
    }

    /** The first line of the failure Declarative Services recorded for the component behind a service. */
    private String activationFailure(ServiceReference<?> reference) {
        ServiceComponentRuntime runtime = components;
        Object name = reference.getProperty(ComponentConstants.COMPONENT_NAME);
        Object id = reference.getProperty(ComponentConstants.COMPONENT_ID);
        if (runtime != null && name instanceof String componentName && id instanceof Long componentId) {
            ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(reference.getBundle(),
                    componentName);
            if (description != null) {
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    if (configuration.id == componentId && configuration.failure != null) {
                        return FailureText.message(configuration.failure);
                    }
                }
            }
        }
        return "it is no longer available (unregistered, or its activation failed; see the log)";
    }

    /** Stores the selections; a selection that cannot be stored holds for this session only, and the caller says so. */
    private void persist(String concern) {
        Map<String, String> selections = table.selections();
        Dictionary<String, Object> properties = new Hashtable<>(selections);
        try {
            Configuration configuration = configurationAdmin.getConfiguration(SELECTION_PID, "?");
            synchronized (pendingEchoes) {
                pendingEchoes.addLast(selections);
            }
            configuration.update(properties);
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException(concern + ": the selection holds for this session but could not be stored "
                    + "in the workspace: " + e.getMessage(), e);
        }
    }

    private void report(List<ProviderTable.Change> changes) {
        report(changes, false);
    }

    private void report(List<ProviderTable.Change> changes, boolean warn) {
        for (ProviderTable.Change change : changes) {
            if (warn) {
                logger.warn("{}: {}", change.concern(), change.reason());
            } else {
                logger.info("{}: {}", change.concern(), change.reason());
            }
            List<RegistryListener> current = listeners;
            if (current != null) {
                for (RegistryListener listener : current) {
                    try {
                        listener.activeProviderChanged(change.concern(), change.previous(), change.current(),
                                change.reason());
                    } catch (RuntimeException e) {
                        logger.warn("registry listener {} failed: {}", listener, e.toString(), e);
                    }
                }
            }
        }
    }

    private void providersChanged(String concern) {
        List<RegistryListener> current = listeners;
        if (current != null) {
            for (RegistryListener listener : current) {
                try {
                    listener.providersChanged(concern);
                } catch (RuntimeException e) {
                    logger.warn("registry listener {} failed: {}", listener, e.toString(), e);
                }
            }
        }
    }

    /** The properties of a selection configuration whose keys are concerns (framework keys contain a dot). */
    private static Map<String, String> selectionsIn(Map<String, Object> configuration) {
        Map<String, String> selections = new TreeMap<>();
        configuration.forEach((key, value) -> {
            if (key.indexOf('.') < 0 && value instanceof String name) {
                selections.put(key, name);
            }
        });
        return selections;
    }

    private final class Customizer implements ServiceTrackerCustomizer<Object, ServiceReference<?>> {
        @Override
        public ServiceReference<?> addingService(ServiceReference<Object> reference) {
            Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
            ProviderTable.Entry<ServiceReference<?>> entry = new ProviderTable.Entry<>(
                    String.valueOf(reference.getProperty(IsacProvider.CONCERN)),
                    String.valueOf(reference.getProperty(IsacProvider.NAME)),
                    String.valueOf(Optional.ofNullable(reference.getProperty(IsacProvider.DESCRIPTION)).orElse("")),
                    reference.getBundle().getSymbolicName(), reference.getBundle().getVersion().toString(),
                    ranking instanceof Integer r ? r : 0, (Long) reference.getProperty(Constants.SERVICE_ID),
                    reference);
            report(table.add(entry));
            providersChanged(entry.concern());
            return reference;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, ServiceReference<?> tracked) {
            // name, concern and ranking are fixed at registration; new properties mean a new configuration, which
            // a provider that failed on the old one may accept
            if (obtained.remove(reference) != null) {
                context.ungetService(reference);
            }
            report(table.retry(reference));
        }

        @Override
        public void removedService(ServiceReference<Object> reference, ServiceReference<?> tracked) {
            List<ProviderTable.Change> changes = table.remove(reference);
            if (obtained.remove(reference) != null) {
                context.ungetService(reference);
            }
            // losing a provider is worth a warning (runs now use another one), but not when the container stops
            report(changes, context.getBundle(0).getState() != Bundle.STOPPING);
            providersChanged(String.valueOf(reference.getProperty(IsacProvider.CONCERN)));
        }
    }
}
