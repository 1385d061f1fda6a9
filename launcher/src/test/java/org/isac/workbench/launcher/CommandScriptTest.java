package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandScriptTest {

    @Test
    void splitsAtTopLevelSeparatorsOnly() {
        assertEquals(List.of("lb", "isac:components"), CommandScript.split("lb; isac:components"));
        assertEquals(List.of("echo 'a;b'", "each [1 2] { echo $it; echo x }", "c"),
                CommandScript.split("echo 'a;b'; each [1 2] { echo $it; echo x }\n\n c ;"));
        assertEquals(List.of("echo \"x\\\";y\""), CommandScript.split("echo \"x\\\";y\""));
        assertThrows(IllegalArgumentException.class, () -> CommandScript.split("echo 'open"));
    }

    @Test
    void parsesOptionsWithEnvironmentDefaults() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"-c", "lb", "--plugins", "p"}, Map.of("ISAC_WORKSPACE", "w"));
        assertEquals("lb", o.commands().orElseThrow());
        assertEquals(Path.of("p"), o.plugins());
        assertEquals(Path.of("w"), o.workspace());
        assertEquals("-c needs a value",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(new String[] {"-c"}, Map.of()))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(new String[] {"-c", " "}, Map.of()));
    }

    @Test
    void windowByDisplayUnlessForcedOrScripted() {
        LaunchOptions plain = LaunchOptions.parse(new String[0], Map.of());
        assertEquals(true, plain.showWindow(false));
        assertEquals(false, plain.showWindow(true));
        assertEquals(true, LaunchOptions.parse(new String[] {"--gui"}, Map.of()).showWindow(true));
        assertEquals(false, LaunchOptions.parse(new String[] {"--no-gui"}, Map.of()).showWindow(false));
        // a script never opens a window, display or not
        assertEquals(false, LaunchOptions.parse(new String[] {"-c", "lb"}, Map.of()).showWindow(false));
        assertEquals(false, LaunchOptions.parse(new String[] {"-c", "lb", "--no-gui"}, Map.of()).showWindow(false));
        assertEquals("--gui cannot be combined with -c: a script runs without a window",
                assertThrows(IllegalArgumentException.class,
                        () -> LaunchOptions.parse(new String[] {"--gui", "-c", "lb"}, Map.of())).getMessage());
        assertEquals("--gui and --no-gui exclude each other", assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(new String[] {"--gui", "--no-gui"}, Map.of())).getMessage());
    }
}
