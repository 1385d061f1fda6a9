package org.isac.workbench.ui.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file opened for editing: its top-level parameters as text fields holding JSON values. Edits are
 * checked as they are typed (valid JSON of the original's type) and kept in memory; a run uses a copy of the
 * edited scenario, and the original file changes only when the user saves it.
 */
public final class ScenarioDocument {

    /** The field naming the runner; changing it would hand the file to another runner. */
    public static final String KIND = "kind";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One top-level parameter.
     *
     * @param name the JSON field
     * @param text its value as JSON text (strings without their quotes)
     * @param type the JSON type of the original value, which an edit must keep
     */
    public record Field(String name, String text, JsonNodeType type) {
    }

    private final Path file;
    private final ObjectNode original;
    private final ObjectNode edited;

    private ScenarioDocument(Path file, ObjectNode original) {
        this.file = file;
        this.original = original;
        this.edited = original.deepCopy();
    }

    /**
     * @param file a scenario file
     * @return the document
     * @throws IOException when it cannot be read, or is not a JSON object (the message names the file)
     */
    public static ScenarioDocument open(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": a scenario must be a JSON object");
        }
        return new ScenarioDocument(file, (ObjectNode) root);
    }

    /** @return the scenario file */
    public Path file() {
        return file;
    }

    /** @return the top-level parameters with their current (possibly edited) values, in file order */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Iterator<String> names = edited.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = edited.get(name);
            fields.add(new Field(name, value.isTextual() ? value.textValue() : value.toString(),
                    original.get(name).getNodeType()));
        }
        return fields;
    }

    /**
     * Checks a value typed for a parameter without applying it.
     *
     * @param name a top-level parameter
     * @param text the typed value
     * @return the problem (which field, which value, what is allowed), empty when the value is acceptable
     */
    public Optional<String> problem(String name, String text) {
        try {
            parse(name, text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Sets a parameter.
     *
     * @param name a top-level parameter
     * @param text its new value as JSON text (a string value may be typed without quotes)
     * @throws IllegalArgumentException naming the field, the value and what is allowed
     */
    public void set(String name, String text) {
        edited.set(name, parse(name, text));
    }

    /** @return whether any parameter differs from the file */
    public boolean isEdited() {
        return !edited.equals(original);
    }

    /** @return the names of the parameters that differ from the file */
    public List<String> editedFields() {
        List<String> names = new ArrayList<>();
        edited.fieldNames().forEachRemaining(n -> {
            if (!edited.get(n).equals(original.get(n))) {
                names.add(n);
            }
        });
        return names;
    }

    /**
     * Writes the scenario with its edits.
     *
     * @param target the file to write (the original only when the user saves)
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path writeTo(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(edited) + "\n",
                StandardCharsets.UTF_8);
        return target;
    }

    private JsonNode parse(String name, String text) {
        JsonNode before = original.get(name);
        if (before == null) {
            throw new IllegalArgumentException(name + ": not a parameter of " + file.getFileName() + "; parameters: "
                    + String.join(", ", fields().stream().map(Field::name).toList()));
        }
        if (name.equals(KIND) && !text.equals(before.asText())) {
            throw new IllegalArgumentException(KIND + " = '" + text + "': fixed to '" + before.asText()
                    + "' (it chooses the runner); open another scenario instead");
        }
        if (before.isTextual()) {
            return TextNode.valueOf(text);
        }
        JsonNode value;
        try {
            value = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " = '" + text + "': not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); must be " + describe(before));
        }
        if (value == null || value.isMissingNode() || !sameType(before, value)) {
            throw new IllegalArgumentException(name + " = '" + text + "': must be " + describe(before));
        }
        return value;
    }

    private static boolean sameType(JsonNode before, JsonNode after) {
        return before.isNumber() ? after.isNumber() : before.getNodeType() == after.getNodeType();
    }

    private static String describe(JsonNode example) {
        return switch (example.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "a JSON array such as " + abbreviate(example.toString());
            case OBJECT -> "a JSON object such as " + abbreviate(example.toString());
            default -> "a JSON " + example.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
