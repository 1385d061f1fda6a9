package org.isac.workbench.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

/** The lines typed in the shell pane, walked with the up and down keys as in a terminal. */
public final class CommandHistory {

    private final List<String> lines = new ArrayList<>();
    private int cursor;

    /** @param line a line just executed; blank lines and repeats of the last line are not kept */
    public void add(String line) {
        if (!line.isBlank() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line))) {
            lines.add(line);
        }
        cursor = lines.size();
    }

    /** @return the line before the current one (the oldest stays), or "" when there is none */
    public String previous() {
        if (lines.isEmpty()) {
            return "";
        }
        cursor = Math.max(0, cursor - 1);
        return lines.get(cursor);
    }

    /** @return the line after the current one, or "" past the newest (a fresh line) */
    public String next() {
        cursor = Math.min(lines.size(), cursor + 1);
        return cursor == lines.size() ? "" : lines.get(cursor);
    }
}
