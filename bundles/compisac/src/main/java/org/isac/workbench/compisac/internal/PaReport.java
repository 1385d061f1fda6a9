package org.isac.workbench.compisac.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.optimizer.PowerAllocator;
import org.isac.workbench.registry.ComponentRegistry;

/** Solves one instance with every scheme of the letter and reports it as the JSON of {@code isac:pa}. */
final class PaReport {

    /** The schemes, in output order: registry name → output key. */
    static final Map<String, String> SCHEMES = new LinkedHashMap<>();

    static {
        SCHEMES.put("ppa", "PPA");
        SCHEMES.put("epa", "EPA");
        SCHEMES.put("rpa", "RPA");
        SCHEMES.put("global", "GLOBAL");
    }

    /** The output key of the global reference. */
    static final String GLOBAL = "GLOBAL";

    private PaReport() {
    }

    /**
     * @param instance the instance
     * @param registry where the schemes are found (by name, whatever is selected)
     * @param detector the detector that gives P_D from the sensing SNR
     * @return the allocations by output key
     */
    static Map<String, PowerAllocation> solve(PaInstance instance, ComponentRegistry registry, Detector detector) {
        Map<String, PowerAllocation> results = new LinkedHashMap<>();
        SCHEMES.forEach((name, key) -> {
            if (!key.equals(GLOBAL) || instance.global()) {
                results.put(key, registry.named(PowerAllocator.CONCERN, name, PowerAllocator.class)
                        .allocate(instance.problem(), RandomStreams.of(instance.seed(), 0, 0)));
            }
        });
        return results;
    }

    /**
     * @param instance the instance
     * @param results the allocations of {@link #solve}
     * @param detector the detector that gives P_D from the sensing SNR
     * @return {@code {"schemes": {"PPA": {...}, ...}}}; a skipped global reference is {@code {"skipped": why}}
     */
    static ObjectNode toJson(PaInstance instance, Map<String, PowerAllocation> results, Detector detector) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode schemes = root.putObject("schemes");
        PowerAllocation global = results.get(GLOBAL);
        int cells = instance.problem().cells();
        if (global == null) {
            schemes.putObject(GLOBAL).put("skipped", cells <= PaInstance.GLOBAL_AUTO_CELLS
                    ? "the instance has \"global\": false"
                    : "L = " + cells + " > " + PaInstance.GLOBAL_AUTO_CELLS + ": the global reference runs above L = "
                            + PaInstance.GLOBAL_AUTO_CELLS + " only when the instance has \"global\": true");
        }
        results.forEach((key, a) -> {
            ObjectNode s = schemes.putObject(key);
            s.put("feasible", a.feasible());
            s.set("powers", array(f, a.powers()));
            s.set("rates", array(f, a.rates()));
            double[] pd = new double[a.sensingSnr().length];
            for (int i = 0; i < pd.length; i++) {
                pd[i] = detector.detectionProbability(cells, instance.samples(), instance.threshold(),
                        2.0 * instance.samples() * a.sensingSnr()[i]);
            }
            s.set("pd", array(f, pd));
            putNumber(s, "sumRate", a.sumRate());
            if (!a.feasible()) {
                s.put("reason", a.reason());
                putNumber(s, "minimumBudget", a.minimumBudget());
            } else if (!a.reason().isEmpty()) {
                s.put("note", a.reason());
            }
            if (key.equals("PPA")) {
                s.put("iterations", a.iterations());
                if (a.feasible() && certified(global)) {
                    s.put("gapToGlobal", Math.max(0, global.sumRate() - a.sumRate()));
                }
            }
            if (key.equals(GLOBAL) && a.feasible()) {
                s.put("certified", certified(a));
                putNumber(s, "upperBound", a.upperBound());
            }
        });
        return root;
    }

    /** @return whether the global reference ran and proved its optimum to its gap */
    static boolean certified(PowerAllocation global) {
        return global != null && global.feasible() && global.reason().isEmpty();
    }

    private static ArrayNode array(JsonNodeFactory f, double[] values) {
        ArrayNode array = f.arrayNode();
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    /** JSON has no NaN or infinity: those become null. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }
}
