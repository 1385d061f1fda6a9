package org.isac.workbench.plotting;

import java.util.List;

/**
 * A two-dimensional figure.
 *
 * @param title title
 * @param xLabel x-axis label with unit
 * @param yLabel y-axis label with unit
 * @param logX whether the x axis is logarithmic
 * @param logY whether the y axis is logarithmic
 * @param series the curves, in legend order
 */
public record Figure(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {

    /** Copies the series list. */
    public Figure {
        series = List.copyOf(series);
    }
}
