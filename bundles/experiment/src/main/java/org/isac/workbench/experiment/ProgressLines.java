package org.isac.workbench.experiment;

import java.io.PrintStream;
import java.util.Locale;

/** Progress as text lines for a console: at most one line per interval, and always the last one. */
public final class ProgressLines {

    private ProgressLines() {
    }

    /**
     * @param out where the lines go (standard error, so that standard output stays machine-readable)
     * @param label what is running, first on each line
     * @param intervalMillis the least time between two lines
     * @return a thread-safe listener printing {@code label: done/total (p %), rate/s, ETA s}
     */
    public static ProgressListener to(PrintStream out, String label, long intervalMillis) {
        long interval = intervalMillis * 1_000_000L;
        long[] last = {System.nanoTime()};
        return (done, total, perSecond) -> {
            long now = System.nanoTime();
            synchronized (last) {
                if (now - last[0] < interval && done < total) {
                    return;
                }
                last[0] = now;
            }
            out.printf(Locale.ROOT, "%s: %d/%d (%.0f %%), %.3g/s, ETA %.0f s%n", label, done, total, 100.0 * done / total,
                    perSecond, perSecond > 0 ? (total - done) / perSecond : Double.NaN);
        };
    }
}
