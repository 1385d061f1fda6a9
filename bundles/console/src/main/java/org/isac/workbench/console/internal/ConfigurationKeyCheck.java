package org.isac.workbench.console.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Warns about configuration keys a provider does not declare (a {@code .cfg} with {@code M=4} where the provider
 * reads {@code m}): Declarative Services would silently give the provider its default instead. The keys a
 * provider reads are those of its metatype ({@code @ObjectClassDefinition}); providers without one are not
 * checked.
 */
@Component(immediate = true)
public final class ConfigurationKeyCheck implements ConfigurationListener, BundleListener {

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final MetaTypeService metatype;
    private final Logger logger;
    /** Warnings given, so that each is given once per configuration change. */
    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Activate
    public ConfigurationKeyCheck(BundleContext context, @Reference ConfigurationAdmin configurationAdmin,
            @Reference MetaTypeService metatype, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        this.metatype = metatype;
        this.logger = logger;
        // a provider's metatype is known once its bundle has started, which may come after its configuration
        // (File Install reads a plugin's jar and its .cfg in one scan): check again then
        context.addBundleListener(this);
        checkAll();
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTED && metatype.getMetaTypeInformation(event.getBundle()) != null) {
            checkAll();
        }
    }

    private void checkAll() {
        try {
            Configuration[] existing = configurationAdmin.listConfigurations(null);
            for (Configuration configuration : existing == null ? new Configuration[0] : existing) {
                if (configuration.getFactoryPid() == null) {
                    check(configuration);
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            logger.debug("cannot list the configurations: {}", e.getMessage());
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() != ConfigurationEvent.CM_UPDATED || event.getFactoryPid() != null) {
            return;
        }
        warned.removeIf(message -> message.startsWith(event.getPid() + ": "));
        try {
            check(configurationAdmin.getConfiguration(event.getPid(), "?"));
        } catch (IOException e) {
            logger.debug("cannot read configuration {}: {}", event.getPid(), e.getMessage());
        }
    }

    private void check(Configuration configuration) {
        if (configuration.getProperties() == null) {
            return;
        }
        List<String> keys = Collections.list(configuration.getProperties().keys());
        declaredKeys(configuration.getPid()).ifPresent(declared -> {
            for (String message : unknownKeys(configuration.getPid(), keys, declared)) {
                if (warned.add(message)) {
                    logger.warn(message);
                }
            }
        });
    }

    /** The attribute IDs of the metatype that some bundle declares for a PID. */
    private java.util.Optional<Set<String>> declaredKeys(String pid) {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information == null || !List.of(information.getPids()).contains(pid)) {
                continue;
            }
            ObjectClassDefinition definition = information.getObjectClassDefinition(pid, null);
            Set<String> declared = new TreeSet<>();
            for (AttributeDefinition attribute : definition.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                declared.add(attribute.getID());
            }
            return java.util.Optional.of(declared);
        }
        return java.util.Optional.empty();
    }

    /**
     * @param pid the configuration
     * @param keys its keys
     * @param declared the keys its provider reads
     * @return a warning per key that is neither declared nor the framework's, with the declared key it probably
     *         means when one differs only in case
     */
    static List<String> unknownKeys(String pid, List<String> keys, Set<String> declared) {
        List<String> warnings = new ArrayList<>();
        for (String key : keys) {
            if (declared.contains(key) || key.contains(".")) {
                continue; // service.pid, felix.fileinstall.filename, component.name, ...
            }
            String hint = declared.stream().filter(d -> d.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
                    .findFirst().map(d -> "; did you mean '" + d + "'? (keys ignore case in OSGi: the two clash "
                            + "and the provider cannot start)").orElse("");
            warnings.add(pid + ": unknown key '" + key + "' is ignored (the provider reads " + String.join(", ",
                    declared) + ")" + hint);
        }
        return warnings;
    }
}
