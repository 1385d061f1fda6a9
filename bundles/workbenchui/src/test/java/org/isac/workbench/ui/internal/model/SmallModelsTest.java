package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metatype ranges, the scripted run's properties, the scenario catalogue and the shell history. */
class SmallModelsTest {

    @TempDir
    Path folder;

    @Test
    void rangesAreReadFromMetatypeXml() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <metatype:MetaData xmlns:metatype="http://www.osgi.org/xmlns/metatype/v1.4.0">
                  <OCD id="org.isac.examples.nakagami$Config" name="Nakagami-m fading">
                    <AD id="m" type="Double" min="0.5" default="2.0"/>
                    <AD id="f" type="Double" min="0.1" max="0.9"/>
                    <AD id="k" type="String"/>
                  </OCD>
                  <Designate pid="org.isac.examples.nakagami"><Object ocdref="org.isac.examples.nakagami$Config"/></Designate>
                </metatype:MetaData>""";
        MetatypeRanges ranges = new MetatypeRanges();
        ranges.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String ocd = "org.isac.examples.nakagami$Config";
        assertEquals(new MetatypeRanges.Range("0.5", null), ranges.of(ocd, "m"));
        assertEquals(new MetatypeRanges.Range("0.1", "0.9"), ranges.of(ocd, "f"));
        assertEquals(new MetatypeRanges.Range(null, null), ranges.of(ocd, "k"));
        assertEquals(new MetatypeRanges.Range(null, null), ranges.of("other", "m"));
    }

    @Test
    void scriptedRunFromProperties() {
        Map<String, String> properties = Map.of(ScriptedRun.SCENARIO, "scenarios/network-sg/fig04.json",
                ScriptedRun.EDITS, "mode=gamma; realizations=2000;x={\"key\": \"Lc\", \"values\": [1, 2]}",
                ScriptedRun.SCREENSHOT, "shot.png");
        ScriptedRun run = ScriptedRun.from(properties::get).orElseThrow();
        assertEquals(Path.of("scenarios/network-sg/fig04.json"), run.scenario());
        assertEquals(List.of("mode", "realizations", "x"), List.copyOf(run.edits().keySet()));
        assertEquals("{\"key\": \"Lc\", \"values\": [1, 2]}", run.edits().get("x"));
        assertEquals(Path.of("shot.png"), run.screenshot());
        assertEquals(Optional.empty(), ScriptedRun.from(Map.<String, String>of()::get));
        assertEquals("isac.workbench.ui.set: 'realizations' must be key=value", assertThrows(
                IllegalArgumentException.class, () -> ScriptedRun.from(Map.of(ScriptedRun.SCENARIO, "a.json",
                        ScriptedRun.EDITS, "realizations")::get)).getMessage());
    }

    @Test
    void catalogueGroupsByFolderAndListsOpenedFilesLast() throws Exception {
        Path scenarios = folder.resolve("scenarios");
        Files.createDirectories(scenarios.resolve("network-sg"));
        Files.createDirectories(scenarios.resolve("comp-isac"));
        Files.writeString(scenarios.resolve("network-sg/fig05.json"), "{}");
        Files.writeString(scenarios.resolve("network-sg/fig04.json"), "{}");
        Files.writeString(scenarios.resolve("network-sg/notes.txt"), "");
        Files.writeString(scenarios.resolve("comp-isac/fig2b.json"), "{}");
        Path elsewhere = Files.writeString(folder.resolve("mine.json"), "{}");
        ScenarioCatalog catalog = new ScenarioCatalog(scenarios);
        catalog.open(elsewhere);
        catalog.open(scenarios.resolve("comp-isac/fig2b.json"));
        Map<String, List<Path>> groups = catalog.groups();
        assertEquals(List.of("comp-isac", "network-sg", ScenarioCatalog.OPENED), List.copyOf(groups.keySet()));
        assertEquals(List.of(scenarios.resolve("network-sg/fig04.json"), scenarios.resolve("network-sg/fig05.json")),
                groups.get("network-sg"));
        assertEquals(List.of(elsewhere), groups.get(ScenarioCatalog.OPENED), "files of the folder are listed once");
        assertTrue(new ScenarioCatalog(folder.resolve("missing")).groups().isEmpty());
    }

    @Test
    void historyWalksBackAndForth() {
        CommandHistory history = new CommandHistory();
        assertEquals("", history.previous());
        history.add("lb");
        history.add("isac:components");
        history.add("isac:components");
        history.add(" ");
        assertEquals("isac:components", history.previous());
        assertEquals("lb", history.previous());
        assertEquals("lb", history.previous(), "the oldest stays");
        assertEquals("isac:components", history.next());
        assertEquals("", history.next(), "past the newest: a fresh line");
    }
}
