package org.isac.workbench.ui.internal.model;

import java.util.List;
import java.util.Map;

/**
 * The settings form of one provider, generated from its metatype: which provider, where its configuration
 * lives, its attributes and their current values.
 *
 * @param concern the concern it serves
 * @param name its name
 * @param active whether consumers get it now
 * @param pid the persistent identity of its configuration
 * @param title the object class definition's name
 * @param attributes its attributes
 * @param values the current value of each attribute as field text (the configuration's, else the default)
 */
public record ProviderSettings(String concern, String name, boolean active, String pid, String title,
        List<AttributeSpec> attributes, Map<String, String> values) {

    /** Copies the collections. */
    public ProviderSettings {
        attributes = List.copyOf(attributes);
        values = Map.copyOf(values);
    }
}
