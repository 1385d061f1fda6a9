package org.isac.workbench.ui.internal.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A run the window performs by itself once it is shown, as a user would: open the scenario, type the edits
 * into its form, press Run, wait for the end, save a screenshot of the window and close it. Set by system
 * (or framework) properties; the UI test uses it under Xvfb, and it serves for demonstrations.
 *
 * @param scenario the scenario file
 * @param edits parameters to change in the form, in order
 * @param screenshot the PNG to write once the run has ended, {@code null} for none (the window then stays open)
 */
public record ScriptedRun(Path scenario, Map<String, String> edits, Path screenshot) {

    /** Property naming the scenario file to run. */
    public static final String SCENARIO = "isac.workbench.ui.run";
    /** Property with the edits, {@code key=value} pairs separated by ';' (a value is JSON, strings unquoted). */
    public static final String EDITS = "isac.workbench.ui.set";
    /** Property naming the screenshot to write; the window then closes and the container stops. */
    public static final String SCREENSHOT = "isac.workbench.ui.screenshot";

    /** Copies the edits. */
    public ScriptedRun {
        edits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edits));
    }

    /**
     * @param properties looks a property up ({@code null} when unset)
     * @return the scripted run, empty when {@value #SCENARIO} is unset
     * @throws IllegalArgumentException naming the property and the pair when an edit has no '='
     */
    public static Optional<ScriptedRun> from(Function<String, String> properties) {
        String scenario = properties.apply(SCENARIO);
        if (scenario == null || scenario.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> edits = new LinkedHashMap<>();
        String text = properties.apply(EDITS);
        for (String pair : text == null ? new String[0] : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(EDITS + ": '" + pair.strip() + "' must be key=value");
            }
            edits.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        String screenshot = properties.apply(SCREENSHOT);
        return Optional.of(new ScriptedRun(Path.of(scenario), edits,
                screenshot == null || screenshot.isBlank() ? null : Path.of(screenshot)));
    }
}
