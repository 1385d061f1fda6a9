package org.isac.workbench.registry.internal;

/** The provider's own words from a failure that Declarative Services records as a stack trace. */
final class FailureText {

    private FailureText() {
    }

    /**
     * @param stackTrace a failure as {@code ComponentConfigurationDTO.failure} holds it
     * @return the message of its innermost cause ({@code Caused by: ...}), without the exception's class name
     */
    static String message(String stackTrace) {
        String message = stackTrace.lines().findFirst().orElse(stackTrace);
        for (String line : stackTrace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                message = line.substring("Caused by: ".length());
            }
        }
        // "java.lang.IllegalArgumentException: m = 0.1: must be >= 0.5" -> "m = 0.1: must be >= 0.5"
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[\\w.$]+(Exception|Error)")) {
            message = message.substring(colon + 2);
        }
        return message.strip();
    }
}
