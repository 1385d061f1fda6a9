package org.isac.workbench.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.isac.workbench.registry.ProviderInfo;

/**
 * The providers per concern and the user's selection, without any OSGi type, so that the rules
 * (default = highest ranking then oldest; active = the available selection, else the default; a provider
 * that failed is listed with its error but is neither default nor active until it is registered anew or its
 * configuration changes) are unit-testable. Every mutator returns the changes of active provider it caused, for the caller to
 * report outside the lock.
 *
 * @param <H> the handle that identifies a registration (a {@code ServiceReference} in the container)
 */
final class ProviderTable<H> {

    /** One registered provider. */
    record Entry<H>(String concern, String name, String description, String bundle, String bundleVersion,
            int ranking, long serviceId, H handle) {
    }

    /** A change of the active provider of a concern. */
    record Change(String concern, ProviderInfo previous, ProviderInfo current, String reason) {
    }

    private static final Comparator<Entry<?>> PREFERENCE =
            Comparator.<Entry<?>>comparingInt(e -> -e.ranking()).thenComparingLong(Entry::serviceId);

    private final Map<String, List<Entry<H>>> byConcern = new TreeMap<>();
    private final Map<String, String> selections = new HashMap<>();
    private final Map<H, String> failures = new HashMap<>();

    synchronized List<Change> add(Entry<H> entry) {
        Entry<H> before = activeEntry(entry.concern());
        byConcern.computeIfAbsent(entry.concern(), c -> new ArrayList<>()).add(entry);
        String why = entry.name().equals(selections.get(entry.concern()))
                ? "selected provider '" + entry.name() + "' is available"
                : "provider '" + entry.name() + "' arrived and is the default";
        return changeOf(entry.concern(), before, why);
    }

    synchronized List<Change> remove(H handle) {
        for (Map.Entry<String, List<Entry<H>>> concern : byConcern.entrySet()) {
            List<Entry<H>> entries = concern.getValue();
            for (Entry<H> e : entries) {
                if (e.handle().equals(handle)) {
                    Entry<H> before = activeEntry(concern.getKey());
                    entries.remove(e);
                    failures.remove(handle);
                    if (entries.isEmpty()) {
                        byConcern.remove(concern.getKey());
                    }
                    Entry<H> after = activeEntry(e.concern());
                    String why = after == null
                            ? "provider '" + e.name() + "' went away and none is left"
                            : "provider '" + e.name() + "' went away; falling back to "
                                    + (after.name().equals(selections.get(e.concern())) ? "selected" : "default")
                                    + " '" + after.name() + "'";
                    return changeOf(e.concern(), before, why);
                }
            }
        }
        return List.of();
    }

    /**
     * Marks a provider as failed (its activation threw, for example on a configuration it rejects): consumers
     * get the next provider.
     *
     * @param handle the provider's registration
     * @param failure what went wrong, in the provider's words
     * @return the change of active provider this causes
     */
    synchronized List<Change> fail(H handle, String failure) {
        Entry<H> e = entry(handle);
        if (e == null) {
            return List.of();
        }
        Entry<H> before = activeEntry(e.concern());
        failures.put(handle, failure);
        Entry<H> after = activeEntry(e.concern());
        return changeOf(e.concern(), before, "provider '" + e.name() + "' failed: " + failure + (after == null
                ? "; no other provider is left" : "; using '" + after.name() + "' instead"));
    }

    /**
     * Gives a failed provider another chance (its configuration changed).
     *
     * @param handle the provider's registration
     * @return the change of active provider this causes
     */
    synchronized List<Change> retry(H handle) {
        Entry<H> e = entry(handle);
        if (e == null || !failures.containsKey(handle)) {
            return List.of();
        }
        Entry<H> before = activeEntry(e.concern());
        failures.remove(handle);
        return changeOf(e.concern(), before, "provider '" + e.name() + "' was reconfigured and is tried again");
    }

    /**
     * @param concern a concern
     * @param name a provider's name
     * @return why its preferred registration failed, if it did
     */
    synchronized Optional<String> failure(String concern, String name) {
        return byConcern.getOrDefault(concern, List.of()).stream().filter(e -> e.name().equals(name))
                .map(e -> failures.get(e.handle())).filter(f -> f != null).findFirst();
    }

    private Entry<H> entry(H handle) {
        return byConcern.values().stream().flatMap(List::stream).filter(e -> e.handle().equals(handle)).findFirst()
                .orElse(null);
    }

    /** The preferred registration of a provider name; throws naming the known ones when absent. */
    synchronized Entry<H> named(String concern, String name) {
        List<Entry<H>> entries = byConcern.get(concern);
        if (entries == null) {
            throw new IllegalArgumentException("unknown concern '" + concern + "'; known concerns: "
                    + String.join(", ", byConcern.keySet()));
        }
        return entries.stream().filter(e -> e.name().equals(name)).min(PREFERENCE)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + concern + " provider '" + name
                        + "'; known: " + String.join(", ", names(entries))));
    }

    /** Selects a provider by name; it must be registered now. */
    synchronized List<Change> select(String concern, String name) {
        named(concern, name);
        Entry<H> before = activeEntry(concern);
        selections.put(concern, name);
        return changeOf(concern, before, "'" + name + "' selected");
    }

    /** Replaces all selections (as read back from persistent configuration); names may be absent. */
    synchronized List<Change> setSelections(Map<String, String> newSelections) {
        TreeSet<String> touched = new TreeSet<>(selections.keySet());
        touched.addAll(newSelections.keySet());
        Map<String, Entry<H>> before = new HashMap<>();
        touched.forEach(c -> before.put(c, activeEntry(c)));
        selections.clear();
        selections.putAll(newSelections);
        List<Change> changes = new ArrayList<>();
        for (String c : touched) {
            changes.addAll(changeOf(c, before.get(c), "selection loaded from the configuration"));
        }
        return changes;
    }

    synchronized List<Change> clearSelection(String concern) {
        Entry<H> before = activeEntry(concern);
        selections.remove(concern);
        return changeOf(concern, before, "selection cleared; using the default");
    }

    synchronized Map<String, String> selections() {
        return new TreeMap<>(selections);
    }

    synchronized Optional<String> selection(String concern) {
        return Optional.ofNullable(selections.get(concern));
    }

    synchronized List<String> concerns() {
        return List.copyOf(byConcern.keySet());
    }

    synchronized List<ProviderInfo> providers(String concern) {
        List<Entry<H>> entries = byConcern.getOrDefault(concern, List.of());
        return entries.stream().map(this::info)
                .sorted(Comparator.comparing(ProviderInfo::name).thenComparingLong(ProviderInfo::serviceId))
                .collect(Collectors.toList());
    }

    synchronized Optional<Entry<H>> active(String concern) {
        return Optional.ofNullable(activeEntry(concern));
    }

    synchronized Optional<ProviderInfo> activeInfo(String concern) {
        return Optional.ofNullable(activeEntry(concern)).map(this::info);
    }

    private Entry<H> activeEntry(String concern) {
        List<Entry<H>> entries = byConcern.get(concern);
        if (entries == null) {
            return null;
        }
        String selected = selections.get(concern);
        return entries.stream().filter(this::working).filter(e -> e.name().equals(selected)).min(PREFERENCE)
                .orElseGet(() -> defaultEntry(concern));
    }

    private Entry<H> defaultEntry(String concern) {
        return byConcern.getOrDefault(concern, List.of()).stream().filter(this::working).min(PREFERENCE).orElse(null);
    }

    private boolean working(Entry<H> e) {
        return !failures.containsKey(e.handle());
    }

    private ProviderInfo info(Entry<H> e) {
        return new ProviderInfo(e.concern(), e.name(), e.description(), e.bundle(), e.bundleVersion(), e.ranking(),
                e.serviceId(), e == defaultEntry(e.concern()), e == activeEntry(e.concern()));
    }

    private List<Change> changeOf(String concern, Entry<H> before, String reason) {
        Entry<H> after = activeEntry(concern);
        if (before == after) {
            return List.of();
        }
        return List.of(new Change(concern, before == null ? null : info(before), after == null ? null : info(after),
                reason));
    }

    private static List<String> names(List<? extends Entry<?>> entries) {
        return entries.stream().map(Entry::name).distinct().sorted().collect(Collectors.toList());
    }
}
