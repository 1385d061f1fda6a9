package org.isac.workbench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of a JSON object: every field is named in errors, unknown fields are rejected, numbers
 * must be finite and in range. Errors are {@link IllegalArgumentException}s whose message starts with the
 * field's path, e.g. {@code gainComm[1][2]: must be >= 0, got -1.0}.
 */
public final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final Set<String> read = new TreeSet<>();

    /**
     * @param object the JSON object to read
     * @param path its path in the document, prefixed to field names in errors ("" for the root)
     */
    public JsonFields(JsonNode object, String path) {
        if (object == null || !object.isObject()) {
            throw new IllegalArgumentException((path.isEmpty() ? "input" : path) + ": must be a JSON object");
        }
        this.object = object;
        this.path = path;
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
     * Whether a file is a scenario of a kind: JSON whose {@code kind} field has that value. Used by scenario
     * runners to claim their files; unreadable files are nobody's.
     *
     * @param file a file
     * @param kind the kind a runner handles
     * @return whether the file declares that kind
     */
    public static boolean isScenarioOfKind(java.nio.file.Path file, String kind) {
        if (!file.toString().endsWith(".json")) {
            return false;
        }
        try {
            return kind.equals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("kind")
                    .asText());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * A field of any type, for the caller to interpret; marks it as known.
     *
     * @param field the field
     * @return its node, a missing node when absent
     */
    public JsonNode raw(String field) {
        read.add(field);
        return object.path(field);
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
