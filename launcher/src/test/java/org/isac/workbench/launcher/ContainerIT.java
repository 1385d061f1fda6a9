package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boots the real container with every feature and looks at it as a user would from the shell. */
class ContainerIT extends SharedWorkbench {


    @Test
    void everyBundleIsActive() {
        assertEquals(List.of(), workbench.inactiveBundles());
        assertTrue(workbench.context().getBundles().length >= 29, "all feature bundles installed");
    }

    @Test
    void everyComponentIsSatisfied() {
        String components = WorkbenchFixture.run(workbench, "scr:list");
        assertTrue(components.contains("org.isac.workbench.registry.internal.RegistryComponent"), components);
        for (String line : components.split("\n")) {
            assertFalse(line.contains("UNSATISFIED") || line.contains("FAILED"), "component not satisfied: " + line);
        }
    }

    @Test
    void componentsListsTheDefaultProviders() {
        String table = WorkbenchFixture.run(workbench, "isac:components");
        for (String[] expected : new String[][] {{"fading", "rayleigh"}, {"pathloss", "single-slope"},
            {"point-process", "ppp"}, {"beamformer", "zf"}, {"chart", "jfreechart"}}) {
            assertTrue(table.lines().anyMatch(l -> l.matches(expected[0] + "\\s+" + expected[1] + "\\s+\\*\\s+\\*.*")),
                    expected[0] + "/" + expected[1] + " must be listed active and default:\n" + table);
        }
    }

    @Test
    void selectingAnUnknownProviderNamesTheKnownOnes() {
        assertEquals("unknown fading provider 'rician'; known: rayleigh",
                WorkbenchFixture.fail(workbench, "isac:use fading rician"));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:components fadding").startsWith("unknown concern 'fadding'"));
    }
}
