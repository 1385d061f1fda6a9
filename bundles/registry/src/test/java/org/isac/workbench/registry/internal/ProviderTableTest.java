package org.isac.workbench.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.isac.workbench.registry.ProviderInfo;
import org.junit.jupiter.api.Test;

class ProviderTableTest {

    private final ProviderTable<String> table = new ProviderTable<>();

    private List<ProviderTable.Change> add(String concern, String name, int ranking, long id) {
        return table.add(new ProviderTable.Entry<>(concern, name, name + " model", "b", "1.0.0", ranking, id,
                concern + "/" + name + "#" + id));
    }

    private String activeName(String concern) {
        return table.activeInfo(concern).map(ProviderInfo::name).orElse(null);
    }

    @Test
    void defaultIsHighestRankingThenOldest() {
        add("fading", "rician", 0, 5);
        add("fading", "rayleigh", 100, 7);
        add("fading", "nakagami", 100, 9);
        assertEquals("rayleigh", activeName("fading"));
        ProviderInfo rayleigh = table.providers("fading").stream().filter(p -> p.name().equals("rayleigh"))
                .findFirst().orElseThrow();
        assertTrue(rayleigh.isDefault() && rayleigh.active());
    }

    @Test
    void selectionWinsAndRemovalFallsBackToDefault() {
        add("fading", "rayleigh", 100, 1);
        add("fading", "nakagami", 0, 2);
        List<ProviderTable.Change> selected = table.select("fading", "nakagami");
        assertEquals(1, selected.size());
        assertEquals("rayleigh", selected.get(0).previous().name());
        assertEquals("nakagami", selected.get(0).current().name());
        assertEquals("nakagami", activeName("fading"));

        List<ProviderTable.Change> removed = table.remove("fading/nakagami#2");
        assertEquals(1, removed.size());
        assertEquals("rayleigh", removed.get(0).current().name());
        assertTrue(removed.get(0).reason().contains("falling back to default 'rayleigh'"), removed.get(0).reason());
        // the wish survives, so the provider is active again when it comes back
        assertEquals("nakagami", table.selection("fading").orElseThrow());
        add("fading", "nakagami", 0, 3);
        assertEquals("nakagami", activeName("fading"));
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        add("fading", "rayleigh", 100, 1);
        add("fading", "nakagami", 0, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.select("fading", "rice"));
        assertEquals("unknown fading provider 'rice'; known: nakagami, rayleigh", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> table.select("fadding", "rayleigh"));
        assertEquals("unknown concern 'fadding'; known concerns: fading", e.getMessage());
    }

    @Test
    void selectionsFromConfigurationMayNameAbsentProviders() {
        add("fading", "rayleigh", 100, 1);
        List<ProviderTable.Change> changes = table.setSelections(Map.of("fading", "nakagami"));
        assertTrue(changes.isEmpty(), "nothing changes until the selected provider arrives");
        assertEquals("rayleigh", activeName("fading"));
        assertEquals(1, add("fading", "nakagami", 0, 2).size());
        assertEquals("nakagami", activeName("fading"));
        assertEquals(1, table.clearSelection("fading").size());
        assertEquals("rayleigh", activeName("fading"));
    }

    @Test
    void lastProviderGoneLeavesNoConcern() {
        add("pathloss", "single-slope", 100, 1);
        List<ProviderTable.Change> changes = table.remove("pathloss/single-slope#1");
        assertEquals(1, changes.size());
        assertEquals(null, changes.get(0).current());
        assertFalse(table.concerns().contains("pathloss"));
        assertTrue(table.remove("nothing").isEmpty());
    }

    @Test
    void aFailedProviderIsListedButNeitherDefaultNorActiveUntilRetried() {
        add("fading", "rayleigh", 100, 1);
        add("fading", "broken", 200, 2);
        assertEquals("broken", activeName("fading"));
        List<ProviderTable.Change> changes = table.fail("fading/broken#2", "m = 0.1: must be >= 0.5");
        assertEquals(1, changes.size());
        assertEquals("provider 'broken' failed: m = 0.1: must be >= 0.5; using 'rayleigh' instead",
                changes.get(0).reason());
        assertEquals("rayleigh", activeName("fading"));
        ProviderInfo broken = table.providers("fading").stream().filter(p -> p.name().equals("broken")).findFirst()
                .orElseThrow();
        assertFalse(broken.isDefault() || broken.active());
        assertEquals("m = 0.1: must be >= 0.5", table.failure("fading", "broken").orElseThrow());
        // a selected provider that failed is not used either, and the selection is kept
        table.select("fading", "broken");
        assertEquals("rayleigh", activeName("fading"));
        assertEquals("broken", table.selection("fading").orElseThrow());
        // reconfigured, it is tried again, and being selected it is active
        assertEquals("provider 'broken' was reconfigured and is tried again",
                table.retry("fading/broken#2").get(0).reason());
        assertEquals("broken", activeName("fading"));
        assertTrue(table.failure("fading", "broken").isEmpty());
        assertTrue(table.retry("fading/broken#2").isEmpty());
        // the last provider failing leaves none
        table.clearSelection("fading");
        table.fail("fading/broken#2", "x");
        assertEquals("provider 'rayleigh' failed: y; no other provider is left",
                table.fail("fading/rayleigh#1", "y").get(0).reason());
        assertTrue(table.activeInfo("fading").isEmpty());
    }
}
