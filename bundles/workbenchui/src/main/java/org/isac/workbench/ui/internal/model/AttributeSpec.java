package org.isac.workbench.ui.internal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a form needs to know of one configuration attribute (a metatype attribute definition, without the
 * OSGi types): its type, cardinality, range, options and default; and the rules to check what a user types.
 *
 * @param id the configuration property
 * @param name the label, with its unit where the provider gives one (e.g. {@code Reference distance d0 [m]})
 * @param description the tooltip
 * @param type the value type
 * @param cardinality 0 for a single value, otherwise the most values (comma-separated in the field)
 * @param min the smallest allowed value, {@code null} when unbounded
 * @param max the largest allowed value, {@code null} when unbounded
 * @param options the allowed values, empty when any value of the type is allowed
 * @param defaults the default values
 */
public record AttributeSpec(String id, String name, String description, Type type, int cardinality, String min,
        String max, List<String> options, List<String> defaults) {

    /** Value types of configuration attributes. */
    public enum Type {
        /** text */
        STRING,
        /** 64-bit integer */
        LONG,
        /** 32-bit integer */
        INTEGER,
        /** 16-bit integer */
        SHORT,
        /** 8-bit integer */
        BYTE,
        /** one character */
        CHAR,
        /** double precision */
        DOUBLE,
        /** single precision */
        FLOAT,
        /** true or false */
        BOOLEAN
    }

    /** Copies the lists. */
    public AttributeSpec {
        options = List.copyOf(options);
        defaults = List.copyOf(defaults);
    }

    /**
     * Checks the text of the field.
     *
     * @param text what the user typed
     * @return the problem, naming the field, the value and what is allowed; empty when the text is valid
     */
    public Optional<String> problem(String text) {
        List<String> values = split(text);
        if (cardinality != 0 && Math.abs(cardinality) < values.size()) {
            return Optional.of(name + ": at most " + Math.abs(cardinality) + " values, got " + values.size());
        }
        for (String value : values) {
            Optional<String> problem = problemOfValue(value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * @param text a valid field text
     * @return the typed configuration value: a {@code Double}, {@code Integer}, ... or an array of them when the
     *         attribute has a cardinality
     */
    public Object value(String text) {
        List<String> values = split(text);
        if (cardinality == 0) {
            return typed(values.get(0));
        }
        return values.stream().map(this::typed).toArray();
    }

    private Optional<String> problemOfValue(String value) {
        String prefix = name + " = '" + value + "': ";
        if (!options.isEmpty() && !options.contains(value)) {
            return Optional.of(prefix + "must be one of " + String.join(", ", options));
        }
        BigDecimal number;
        switch (type) {
            case STRING:
                return Optional.empty();
            case CHAR:
                return value.length() == 1 ? Optional.empty() : Optional.of(prefix + "must be one character");
            case BOOLEAN:
                return value.equals("true") || value.equals("false") ? Optional.empty()
                        : Optional.of(prefix + "must be true or false");
            default:
                try {
                    typed(value);
                    number = new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    return Optional.of(prefix + "must be " + typeDescription()
                            + (min == null && max == null ? "" : " in " + interval()));
                }
        }
        boolean belowMin = min != null && number.compareTo(new BigDecimal(min)) < 0;
        boolean aboveMax = max != null && number.compareTo(new BigDecimal(max)) > 0;
        return belowMin || aboveMax ? Optional.of(prefix + "must be in " + interval()) : Optional.empty();
    }

    /** @return the allowed range, e.g. {@code [0.5, inf)} */
    public String interval() {
        return (min == null ? "(-inf" : "[" + min) + ", " + (max == null ? "inf)" : max + "]");
    }

    private String typeDescription() {
        return switch (type) {
            case DOUBLE, FLOAT -> "a finite number";
            case LONG -> "a whole number (64 bit)";
            case INTEGER -> "a whole number (32 bit)";
            case SHORT -> "a whole number (16 bit)";
            default -> "a whole number (8 bit)";
        };
    }

    private Object typed(String value) {
        String v = value.strip();
        return switch (type) {
            case STRING -> value;
            case CHAR -> value.charAt(0);
            case BOOLEAN -> Boolean.valueOf(v);
            case LONG -> Long.valueOf(v);
            case INTEGER -> Integer.valueOf(v);
            case SHORT -> Short.valueOf(v);
            case BYTE -> Byte.valueOf(v);
            case DOUBLE -> finite(Double.parseDouble(v));
            case FLOAT -> (float) finite(Float.parseFloat(v));
        };
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not finite");
        }
        return value;
    }

    /** The values of a field: one, or comma-separated when the attribute has a cardinality. */
    private List<String> split(String text) {
        if (cardinality == 0) {
            return List.of(type == Type.STRING ? text : text.strip());
        }
        List<String> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
