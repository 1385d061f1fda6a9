package org.isac.workbench.experiment;

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

    /**
     * What a figure shows besides its curves, so that a run can publish snapshots of the same figure.
     *
     * @param title title
     * @param xLabel x-axis label with unit
     * @param yLabel y-axis label with unit
     * @param logX whether the x axis is logarithmic
     * @param logY whether the y axis is logarithmic
     */
    public record Axes(String title, String xLabel, String yLabel, boolean logX, boolean logY) {

        /**
         * @param series the curves
         * @return the figure of these axes with these curves
         */
        public Figure with(List<Series> series) {
            return new Figure(title, xLabel, yLabel, logX, logY, series);
        }
    }
}
