package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceEvent;

/**
 * The hot-swap round trip seen from the workbench's registry view ({@code ui:providers} prints its rows, which
 * service events keep current): a plugin dropped into the folder appears, is selected from the view and
 * disappears with its jar.
 */
class RegistryViewIT {

    private static final String NAKAGAMI = "(&(isac.concern=fading)(isac.name=nakagami))";

    @TempDir
    Path folder;

    /** The view's row of a provider, as {@code ACTIVE DEFAULT SELECTED}-style marks after bundle and version. */
    private static List<String> row(String providers, String name) {
        return providers.lines().filter(l -> l.matches("fading\\s+" + Pattern.quote(name) + "\\s.*"))
                .map(l -> List.of(l.split("\\s+"))).findFirst().orElse(List.of());
    }

    /**
     * The service registry tells the test and the provider registry of a plugin's service in no fixed order,
     * and the view follows the provider registry: wait (bounded) until the view shows the change.
     */
    private static String awaitProviders(Workbench workbench, Predicate<String> shown) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WorkbenchFixture.EVENT_TIMEOUT_SECONDS);
        String providers = WorkbenchFixture.run(workbench, "ui:providers");
        while (!shown.test(providers) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            providers = WorkbenchFixture.run(workbench, "ui:providers");
        }
        return providers;
    }

    @Test
    void pluginAppearsIsSelectedFromTheViewAndGoes() throws Exception {
        Path dropped = folder.resolve("plugins").resolve("nakagami-fading.jar");
        try (Workbench workbench = Workbench.start(folder.resolve("plugins"), folder.resolve("workspace"), false)) {
            String before = WorkbenchFixture.run(workbench, "ui:providers");
            assertTrue(before.startsWith("CONCERN"), before);
            assertEquals(List.of(), row(before, "nakagami"), before);
            assertEquals(List.of("fading", "rayleigh", "org.isac.workbench.channel", "1.0.0.SNAPSHOT", "*", "*", "-"),
                    row(before, "rayleigh"), before);

            WorkbenchFixture.awaitServiceEvent(workbench.context(), NAKAGAMI, ServiceEvent.REGISTERED,
                    () -> Files.copy(WorkbenchFixture.examplePlugin(), dropped));
            String arrived = awaitProviders(workbench, p -> !row(p, "nakagami").isEmpty());
            // columns: CONCERN NAME BUNDLE VERSION DEFAULT ACTIVE SELECTED
            assertEquals(List.of("fading", "nakagami", "org.isac.examples.nakagami", "1.0.0.SNAPSHOT", "-", "-", "-"),
                    row(arrived, "nakagami"), arrived);

            assertEquals("fading: using 'nakagami' from org.isac.examples.nakagami 1.0.0.SNAPSHOT",
                    WorkbenchFixture.run(workbench, "ui:select fading nakagami").strip());
            String selected = WorkbenchFixture.run(workbench, "ui:providers");
            assertEquals(List.of("-", "*", "*"), row(selected, "nakagami").subList(4, 7), selected);
            assertEquals(List.of("*", "-", "-"), row(selected, "rayleigh").subList(4, 7), selected);
            // the same selection as isac:use: the shell's table agrees
            assertTrue(WorkbenchFixture.run(workbench, "isac:components fading").lines()
                    .anyMatch(l -> l.matches("fading\\s+nakagami\\s+\\*.*")));

            WorkbenchFixture.awaitServiceEvent(workbench.context(), NAKAGAMI, ServiceEvent.UNREGISTERING,
                    () -> Files.delete(dropped));
            String gone = awaitProviders(workbench, p -> row(p, "nakagami").isEmpty());
            assertEquals(List.of(), row(gone, "nakagami"), gone);
            assertEquals(List.of("*", "*", "-"), row(gone, "rayleigh").subList(4, 7), gone);
        }
    }
}
