package org.isac.workbench.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code -c} script into its top-level commands, at ';' and new lines outside quotes and
 * brackets, so that each command's output is printed and a failure names the command that failed.
 */
final class CommandScript {

    private CommandScript() {
    }

    /**
     * @param command one command
     * @return its name, the first word ({@code isac:marcumq} of {@code isac:marcumq 1 2 3})
     */
    static String name(String command) {
        String stripped = command.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    static List<String> split(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < script.length()) {
                    current.append(c).append(script.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ';' || c == '\n') && depth == 0) {
                add(commands, current);
                continue;
            }
            current.append(c);
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote " + quote + " in: " + script);
        }
        add(commands, current);
        return commands;
    }

    private static void add(List<String> commands, StringBuilder current) {
        String command = current.toString().strip();
        if (!command.isEmpty()) {
            commands.add(command);
        }
        current.setLength(0);
    }
}
