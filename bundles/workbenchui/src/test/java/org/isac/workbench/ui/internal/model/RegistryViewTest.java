package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.junit.jupiter.api.Test;

/** The view follows the registry: rows, marks, selection through the view, and change notices only on change. */
class RegistryViewTest {

    /** A registry of fading providers: rayleigh (the default) and whatever is added; no OSGi. */
    private static final class FakeRegistry implements ComponentRegistry {
        final List<String> names = new ArrayList<>(List.of("rayleigh"));
        final Map<String, String> selections = new TreeMap<>();

        @Override
        public List<String> concerns() {
            return List.of("fading");
        }

        @Override
        public List<ProviderInfo> providers(String concern) {
            String active = names.contains(selections.get(concern)) ? selections.get(concern) : "rayleigh";
            return names.stream().sorted().map(n -> new ProviderInfo(concern, n, n + " fading", "org.example." + n,
                    "1.0.0", n.equals("rayleigh") ? 100 : 0, n.length(), n.equals("rayleigh"), n.equals(active)))
                    .toList();
        }

        @Override
        public Optional<ProviderInfo> activeInfo(String concern) {
            return providers(concern).stream().filter(ProviderInfo::active).findFirst();
        }

        @Override
        public Optional<String> selection(String concern) {
            return Optional.ofNullable(selections.get(concern));
        }

        @Override
        public ProviderInfo select(String concern, String name) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown fading provider '" + name + "'; known: " + names);
            }
            selections.put(concern, name);
            return activeInfo(concern).orElseThrow();
        }

        @Override
        public void clearSelection(String concern) {
            selections.remove(concern);
        }

        @Override
        public <S> S active(String concern, Class<S> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <S> S named(String concern, String name, Class<S> type) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void followsProvidersAndSelections() {
        FakeRegistry registry = new FakeRegistry();
        RegistryView view = new RegistryView(registry);
        AtomicInteger changes = new AtomicInteger();
        view.addListener(changes::incrementAndGet);
        assertEquals(List.of("rayleigh"), view.rows().stream().map(r -> r.info().name()).toList());

        registry.names.add("nakagami");
        assertEquals(1, view.rows().size(), "the view changes on refresh, as the events call it");
        view.refresh();
        assertEquals(1, changes.get());
        view.refresh();
        assertEquals(1, changes.get(), "no notice when nothing changed");

        view.select("fading", "nakagami");
        assertEquals(2, changes.get());
        assertEquals("CONCERN  NAME      BUNDLE                VERSION  DEFAULT  ACTIVE  SELECTED",
                view.table().lines().findFirst().orElseThrow());
        List<String> lines = view.table().lines().toList();
        assertEquals(List.of("fading", "nakagami", "org.example.nakagami", "1.0.0", "-", "*", "*"),
                List.of(lines.get(1).split("\\s+")));

        registry.names.remove("nakagami");
        view.refresh();
        List<String> after = view.table().lines().toList();
        assertEquals(2, after.size(), "the removed plugin is gone");
        assertEquals(List.of("fading", "rayleigh", "org.example.rayleigh", "1.0.0", "*", "*", "-"),
                List.of(after.get(1).split("\\s+")));
        view.useDefault("fading");
        assertEquals(Optional.empty(), registry.selection("fading"));
    }
}
