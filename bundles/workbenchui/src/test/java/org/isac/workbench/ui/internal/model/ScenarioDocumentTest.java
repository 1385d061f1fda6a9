package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits keep each parameter's JSON type, are checked as typed, and never touch the original unless saved. */
class ScenarioDocumentTest {

    private static final String SCENARIO = """
            {"kind": "network-sg", "title": "Fig. 4", "quantity": "comm-rate", "base": {"M": 32},
             "x": {"key": "Lc", "values": [1, 2]}, "mode": "physical", "realizations": 200, "seed": 1}""";

    @TempDir
    Path folder;

    @Test
    void editsAreCheckedAndWrittenToACopy() throws Exception {
        Path file = Files.writeString(folder.resolve("fig04.json"), SCENARIO);
        ScenarioDocument doc = ScenarioDocument.open(file);
        assertEquals(List.of("kind", "title", "quantity", "base", "x", "mode", "realizations", "seed"),
                doc.fields().stream().map(ScenarioDocument.Field::name).toList());
        assertEquals(new ScenarioDocument.Field("x", "{\"key\":\"Lc\",\"values\":[1,2]}", JsonNodeType.OBJECT),
                doc.fields().get(4));
        assertFalse(doc.isEdited());

        String notJson = doc.problem("realizations", "many").orElseThrow();
        assertTrue(notJson.startsWith("realizations = 'many': not valid JSON (") && notJson.endsWith("must be a number"),
                notJson);
        assertEquals(Optional.of("realizations = '[1]': must be a number"), doc.problem("realizations", "[1]"));
        assertEquals(Optional.of("kind = 'comp-isac': fixed to 'network-sg' (it chooses the runner); open another "
                + "scenario instead"), doc.problem("kind", "comp-isac"));
        assertTrue(doc.problem("x", "{\"key\": \"Lc\", \"values\": [1, 2, 3]}").isEmpty());
        assertEquals("nosuch: not a parameter of fig04.json; parameters: kind, title, quantity, base, x, mode, "
                + "realizations, seed", assertThrows(IllegalArgumentException.class, () -> doc.set("nosuch", "1"))
                .getMessage());

        doc.set("realizations", "50");
        doc.set("mode", "gamma");
        assertTrue(doc.isEdited());
        assertEquals(List.of("mode", "realizations"), doc.editedFields());
        Path copy = doc.writeTo(folder.resolve("results/fig04.json"));
        ScenarioDocument reread = ScenarioDocument.open(copy);
        assertEquals("50", reread.fields().get(6).text());
        assertEquals("gamma", reread.fields().get(5).text());
        assertEquals(SCENARIO, Files.readString(file), "the original is untouched");
        doc.set("mode", "physical");
        doc.set("realizations", "200");
        assertFalse(doc.isEdited(), "typing the original values back undoes the edits");
    }

    @Test
    void aFileThatIsNotAJsonObjectIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.json"), "[1, 2]");
        assertEquals(file + ": a scenario must be a JSON object",
                assertThrows(java.io.IOException.class, () -> ScenarioDocument.open(file)).getMessage());
    }
}
