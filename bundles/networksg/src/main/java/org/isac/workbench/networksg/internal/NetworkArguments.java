package org.isac.workbench.networksg.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * The {@code key=value} arguments of the network commands, in the specification's symbols, with the defaults of
 * its §7: M = 16, Nr = 8, K = 4, J = 2, Lc = 1, Ls = 1, α = 4, β = 2, c_s = 80 (G_mf = 10, σ = 1, Nr = 8,
 * ξ = 1), λ_b = 1e-5 m⁻²; and the optional residual clutter of Remark 1 (none by default): density λ_cl
 * ({@code clutter}), RCS relative to a target ({@code clutterRcs}) and range cell Δr in metres
 * ({@code rangeCell}, 15).
 */
final class NetworkArguments {

    /** The model's keys and their defaults, in the order of {@link NetworkParameters}. */
    static final Map<String, String> MODEL_DEFAULTS = new LinkedHashMap<>();

    static {
        MODEL_DEFAULTS.put("M", "16");
        MODEL_DEFAULTS.put("Nr", "8");
        MODEL_DEFAULTS.put("K", "4");
        MODEL_DEFAULTS.put("J", "2");
        MODEL_DEFAULTS.put("Lc", "1");
        MODEL_DEFAULTS.put("Ls", "1");
        MODEL_DEFAULTS.put("alpha", "4");
        MODEL_DEFAULTS.put("beta", "2");
        MODEL_DEFAULTS.put("cs", "80");
        MODEL_DEFAULTS.put("lambda", "1e-5");
        MODEL_DEFAULTS.put("clutter", "0");
        MODEL_DEFAULTS.put("clutterRcs", "1");
        MODEL_DEFAULTS.put("rangeCell", "15");
    }

    /** Words that may stand for a number in scenario files: {@code "J": "max"}, {@code "Jmax": "auto"}. */
    static final String[] WORDS = {"max", "auto"};

    private final Map<String, String> values = new LinkedHashMap<>(MODEL_DEFAULTS);
    private final Set<String> given = new LinkedHashSet<>();

    /**
     * @param tokens {@code key=value} tokens
     * @param runKeys the further keys the command accepts, with their defaults
     * @return the parsed arguments
     * @throws IllegalArgumentException for a token without '=', or an unknown key (listing the known ones)
     */
    static NetworkArguments parse(List<String> tokens, Map<String, String> runKeys) {
        NetworkArguments arguments = new NetworkArguments();
        arguments.values.putAll(runKeys);
        for (String token : tokens) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + token + "'");
            }
            String key = token.substring(0, eq);
            if (!arguments.values.containsKey(key)) {
                Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                known.addAll(arguments.values.keySet());
                throw new IllegalArgumentException("unknown key '" + key + "'; known keys: " + String.join(", ", known));
            }
            if (!arguments.given.add(key)) {
                throw new IllegalArgumentException(key + ": given twice ('" + token + "'); give each key once");
            }
            arguments.values.put(key, token.substring(eq + 1));
        }
        return arguments;
    }

    /**
     * @return the network point; out-of-range values are rejected naming the symbol. {@code J=max} takes the
     *         most targets the DoF budget and the receive array allow: min(Nr, ⌊(M − K·Lc)/(Ls − 1)⌋), or Nr
     *         without sensing nulling (the resolvable targets J_max = Nr of the specification's §7)
     */
    NetworkParameters parameters() {
        int targets = "max".equals(values.get("J")) ? maximumTargets() : integer("J");
        return new NetworkParameters(integer("M"), integer("Nr"), integer("K"), targets, integer("Lc"),
                integer("Ls"), number("alpha"), number("beta"), number("cs"), number("lambda"), number("clutter"),
                number("clutterRcs"), number("rangeCell"));
    }

    private int maximumTargets() {
        int resolvable = integer("Nr");
        int nullingRows = integer("Ls") - 1;
        if (nullingRows == 0) {
            return resolvable;
        }
        return Math.min(resolvable, (integer("M") - integer("K") * integer("Lc")) / nullingRows);
    }

    /** @return the keys the tokens gave, in their order (the others hold defaults) */
    Set<String> given() {
        return Collections.unmodifiableSet(given);
    }

    String text(String key) {
        return values.get(key);
    }

    int integer(String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + values.get(key) + "'", e);
        }
    }

    long longInteger(String key) {
        try {
            return Long.parseLong(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + values.get(key) + "'", e);
        }
    }

    double number(String key) {
        try {
            double v = Double.parseDouble(values.get(key));
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(key + " must be finite, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + values.get(key) + "'", e);
        }
    }

    /** Returns a copy with one key changed (for sweeps). */
    NetworkArguments with(String key, String value) {
        NetworkArguments copy = new NetworkArguments();
        copy.values.putAll(values);
        copy.values.put(key, value);
        return copy;
    }
}
