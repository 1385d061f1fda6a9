package org.isac.workbench.ui.internal.model;

import java.util.Locale;

/**
 * A progress report and what the user reads from it: the fraction done, the rate and the time left.
 *
 * @param done steps completed (realizations, or points for the runners that count points)
 * @param total steps planned; 0 before the first report
 * @param perSecond steps per second so far
 */
public record Progress(long done, long total, double perSecond) {

    /** @return the fraction done in [0, 1]; 0 before the first report */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : 0;
    }

    /** @return seconds left at the current rate, NaN while the rate is unknown */
    public double secondsLeft() {
        return perSecond > 0 && total > 0 ? Math.max(0, total - done) / perSecond : Double.NaN;
    }

    /** @return e.g. {@code 120/400 (30 %), 35.2/s, ETA 8 s}; {@code waiting} before the first report */
    public String describe() {
        if (total == 0) {
            return "waiting";
        }
        return String.format(Locale.ROOT, "%d/%d (%.0f %%), %s/s, ETA %s", done, total, 100 * fraction(),
                rate(perSecond), duration(secondsLeft()));
    }

    /**
     * @param perSecond a rate
     * @return it with three significant digits and no exponent: {@code 0.125}, {@code 35.2}, {@code 18000}
     */
    static String rate(double perSecond) {
        if (!Double.isFinite(perSecond) || perSecond <= 0) {
            return "0";
        }
        return new java.math.BigDecimal(perSecond).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * @param seconds a duration, NaN when unknown
     * @return it rounded for a human: {@code 8 s}, {@code 3 min 05 s}, {@code 2 h 07 min}, {@code ?}
     */
    public static String duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
