package org.isac.workbench.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of a JSON object: every field is named in errors, unknown fields are rejected, numbers
 * must be finite and in range. Errors are {@link IllegalArgumentException}s whose message starts with the
 * field's path, e.g. {@code gainComm[1][2]: must be >= 0, got -1.0}.
 */
public final class JsonFields {

    /** Duplicate fields are errors: with the last one silently winning, a typo'd copy would go unnoticed. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode object;
    private final String path;
    private final Set<String> read = new TreeSet<>();

    private JsonFields(JsonNode object, String path) {
        if (object == null || !object.isObject()) {
            throw new IllegalArgumentException((path.isEmpty() ? "input" : path) + ": must be a JSON object");
        }
        this.object = object;
        this.path = path;
    }

    /**
     * @param file a JSON file holding one object
     * @return its reader
     * @throws IOException naming the file when it cannot be read or is not JSON
     * @throws IllegalArgumentException when it holds no JSON object
     */
    public static JsonFields read(Path file) throws IOException {
        try {
            return parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a text file (not UTF-8)", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": " + invalid(e), e);
        } catch (IllegalArgumentException notAnObject) {
            // an empty file, an array or a scalar: name the file, not the "input"
            throw new IllegalArgumentException(file + ": must hold a JSON object", notAnObject);
        }
    }

    /** Where and why a text is not JSON (the parser's limits included, which report no location). */
    private static String invalid(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return "not valid JSON" + (where == null ? "" : " at line " + where.getLineNr() + ", column "
                + where.getColumnNr()) + ": " + e.getOriginalMessage();
    }

    /**
     * @param json JSON text holding one object
     * @return its reader
     * @throws JsonProcessingException when the text is not JSON
     */
    static JsonFields parse(String json) throws JsonProcessingException {
        return new JsonFields(JSON.readTree(json), "");
    }

    /**
     * @param json JSON text holding one object, for instances given inline (tests, commands)
     * @return its reader
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static JsonFields of(String json) {
        try {
            return parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(invalid(e), e);
        }
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode required(String field) {
        read.add(field);
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(name(field) + ": missing");
        }
        return node;
    }

    /**
     * @param field a field
     * @return whether the object has it (does not mark it as read)
     */
    public boolean has(String field) {
        return object.has(field);
    }

    /**
     * A string, or an array of strings, as a list; empty when absent.
     *
     * @param field the field
     * @return its strings
     */
    public List<String> texts(String field) {
        read.add(field);
        JsonNode node = object.path(field);
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.textValue());
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw new IllegalArgumentException(name(field) + ": must list strings, got " + element);
                }
                values.add(element.textValue());
            }
        } else if (!node.isMissingNode()) {
            throw new IllegalArgumentException(name(field) + ": must be a string or an array of strings, got " + node);
        }
        return values;
    }

    /**
     * The elements of an array of scalars as written (numbers in Jackson's text form, e.g. {@code 1e-5} as
     * {@code 1.0E-5}), for keys that are parsed again as {@code key=value} arguments or printed as given.
     *
     * @param field the field, a non-empty array
     * @return the texts of its elements
     */
    public List<String> scalarTexts(String field) {
        JsonNode node = required(field);
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(name(field) + ": must be a non-empty array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            values.add(element.asText());
        }
        return values;
    }

    /**
     * A number as written (see {@link #scalarTexts}), or one of a few words that stand for a number (such as
     * {@code "max"}); a number given as a string ({@code "32"}) is an error, as everywhere.
     *
     * @param field the field
     * @param words the words allowed instead of a number
     * @return its text
     */
    public String scalarText(String field, String... words) {
        return scalarText(required(field), name(field), words);
    }

    private static String scalarText(JsonNode node, String name, String... words) {
        if (node.isNumber() || (node.isTextual() && List.of(words).contains(node.textValue()))) {
            return node.asText();
        }
        throw new IllegalArgumentException(name + ": must be a number" + (words.length == 0 ? ""
                : " or one of " + String.join(", ", words)) + ", got " + node);
    }

    /**
     * The members of this object, numbers (or the given words), as {@code name → text} in file order; marks them
     * read.
     *
     * @param words the words allowed instead of a number
     * @return the members
     */
    public Map<String, String> scalarMembers(String... words) {
        Map<String, String> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            read.add(member.getKey());
            members.put(member.getKey(), scalarText(member.getValue(), name(member.getKey()), words));
        }
        return members;
    }

    /**
     * An optional array of objects, each read strictly by its own reader.
     *
     * @param field the field
     * @return the readers, empty when the field is absent
     */
    public List<JsonFields> objects(String field) {
        read.add(field);
        JsonNode node = object.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(name(field) + ": must be an array of objects, got " + node);
        }
        List<JsonFields> objects = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            objects.add(new JsonFields(node.get(i), name(field) + "[" + i + "]"));
        }
        return objects;
    }

    /**
     * An optional nested object.
     *
     * @param field the field
     * @return its reader, or an empty object's when absent
     */
    public JsonFields optionalObject(String field) {
        read.add(field);
        return object.has(field) ? object(field) : new JsonFields(JSON.createObjectNode(), name(field));
    }

    /** A nested object, read strictly by the returned reader. */
    public JsonFields object(String field) {
        return new JsonFields(required(field), name(field));
    }

    /** A number in [min, max]. */
    public double number(String field, double min, double max) {
        return number(required(field), name(field), min, max);
    }

    /** An optional number in [min, max], or {@code fallback} when absent. */
    public double number(String field, double min, double max, double fallback) {
        read.add(field);
        return object.has(field) ? number(field, min, max) : fallback;
    }

    /** An integer in [min, max]. */
    public int integer(String field, int min, int max) {
        JsonNode node = required(field);
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException(name(field) + ": must be an integer, got " + node);
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw new IllegalArgumentException(name(field) + ": must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** An optional integer in [min, max], or {@code fallback} when absent. */
    public long longInteger(String field, long fallback) {
        read.add(field);
        if (!object.has(field)) {
            return fallback;
        }
        JsonNode node = object.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(name(field) + ": must be an integer, got " + node);
        }
        return node.longValue();
    }

    /** An optional {@code true} or {@code false}, or {@code fallback} when absent. */
    public boolean flag(String field, boolean fallback) {
        read.add(field);
        JsonNode node = object.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(name(field) + ": must be true or false, got " + node);
        }
        return node.booleanValue();
    }

    /** A string among the allowed ones (or any when none are given). */
    public String text(String field, String fallback, String... allowed) {
        read.add(field);
        JsonNode node = object.get(field);
        if (node == null) {
            if (fallback == null) {
                throw new IllegalArgumentException(name(field) + ": missing");
            }
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(name(field) + ": must be a string, got " + node);
        }
        String value = node.textValue();
        if (allowed.length > 0 && !List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(name(field) + ": must be one of " + String.join(", ", allowed)
                    + ", got '" + value + "'");
        }
        return value;
    }

    /** A scalar (applied to every cell) or an array of exactly {@code cells} numbers, each in [min, max]. */
    public double[] perCell(String field, int cells, double min, double max) {
        JsonNode node = required(field);
        double[] values = new double[cells];
        if (node.isArray()) {
            if (node.size() != cells) {
                throw new IllegalArgumentException(name(field) + ": must have L = " + cells + " values, got "
                        + node.size());
            }
            for (int i = 0; i < cells; i++) {
                values[i] = number(node.get(i), name(field) + "[" + i + "]", min, max);
            }
        } else {
            java.util.Arrays.fill(values, number(node, name(field), min, max));
        }
        return values;
    }

    /** An L × L matrix of numbers in [min, max]. */
    public double[][] matrix(String field, int cells, double min, double max) {
        JsonNode node = required(field);
        if (!node.isArray() || node.size() != cells) {
            throw new IllegalArgumentException(name(field) + ": must be an L x L array with L = " + cells);
        }
        double[][] values = new double[cells][cells];
        for (int l = 0; l < cells; l++) {
            JsonNode row = node.get(l);
            if (!row.isArray() || row.size() != cells) {
                throw new IllegalArgumentException(name(field) + "[" + l + "]: must have L = " + cells + " values, got "
                        + (row.isArray() ? row.size() : row.toString()));
            }
            for (int i = 0; i < cells; i++) {
                values[l][i] = number(row.get(i), name(field) + "[" + l + "][" + i + "]", min, max);
            }
        }
        return values;
    }

    /** Optional L rows of (x, y) offsets in metres, or {@code null} when absent. */
    public double[][] offsets(String field, int cells) {
        read.add(field);
        JsonNode node = object.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isArray() || node.size() != cells) {
            throw new IllegalArgumentException(name(field) + ": must list L = " + cells + " [x, y] offsets");
        }
        double[][] values = new double[cells][];
        for (int i = 0; i < cells; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() != 2) {
                throw new IllegalArgumentException(name(field) + "[" + i + "]: must be [x, y] in metres, got " + row);
            }
            values[i] = new double[] {number(row.get(0), name(field) + "[" + i + "][0]", -1e9, 1e9),
                number(row.get(1), name(field) + "[" + i + "][1]", -1e9, 1e9)};
        }
        return values;
    }

    /** An array of numbers, each in [min, max], at least one. */
    public double[] numbers(String field, double min, double max) {
        JsonNode node = required(field);
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(name(field) + ": must be a non-empty array of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(node.get(i), name(field) + "[" + i + "]", min, max);
        }
        return values;
    }

    /** Rejects the fields that were never read, naming them and the known ones. */
    public void rejectUnknown() {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!read.contains(field)) {
                unknown.add(name(field));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + ": unknown field"
                    + (unknown.size() > 1 ? "s" : "") + "; known fields: " + String.join(", ", read));
        }
    }

    private static double number(JsonNode node, String name, double min, double max) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(name + ": must be a number, got " + node);
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": must be finite, got " + value);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": must be in " + range(min, max) + ", got " + value);
        }
        return value;
    }

    /** Lower bound meaning "strictly positive". */
    public static final double POSITIVE = Double.MIN_VALUE;
    /** Upper bound meaning "below infinity". */
    public static final double UNBOUNDED = Double.MAX_VALUE;
    /** Upper bound meaning "strictly below 1". */
    public static final double BELOW_ONE = Math.nextDown(1.0);

    private static String range(double min, double max) {
        String low = min == POSITIVE ? "(0" : "[" + format(min);
        String high = max == UNBOUNDED ? "inf)" : max == BELOW_ONE ? "1)" : format(max) + "]";
        return low + ", " + high;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
