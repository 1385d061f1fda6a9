package org.isac.workbench.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;

/**
 * How the chart pane shows a figure: logarithmic or linear axes and the y values in decibels. Applied to the
 * figure itself, so that the chart on screen and the exported files show the same thing.
 *
 * @param logX whether the x axis is logarithmic
 * @param logY whether the y axis is logarithmic (ignored in dB, which is logarithmic already)
 * @param decibels whether y is shown as 10·log10(y)
 */
public record FigureView(boolean logX, boolean logY, boolean decibels) {

    /**
     * @param figure a figure
     * @return the view its author chose: its own axes, linear values
     */
    public static FigureView of(Figure figure) {
        return new FigureView(figure.logX(), figure.logY(), false);
    }

    /**
     * @param figure the figure as computed
     * @return the figure as shown; values that are not positive have no decibel value and become gaps
     */
    public Figure apply(Figure figure) {
        if (!decibels) {
            return new Figure(figure.title(), figure.xLabel(), figure.yLabel(), logX, logY, figure.series());
        }
        List<Series> series = new ArrayList<>();
        for (Series s : figure.series()) {
            series.add(new Series(s.name(), s.x(), db(s.y()), db(s.low()), db(s.high()), s.group()));
        }
        return new Figure(figure.title(), figure.xLabel(), decibelLabel(figure.yLabel()), logX, false, series);
    }

    /**
     * @param label an axis label, with its unit in brackets at the end when it has one
     * @return the label of the same quantity in decibels: {@code sum rate [dB re 1 bit/s/Hz]}
     */
    static String decibelLabel(String label) {
        int open = label.lastIndexOf('[');
        if (label.endsWith("]") && open >= 0) {
            return label.substring(0, open) + "[dB re 1 " + label.substring(open + 1);
        }
        return label + " [dB]";
    }

    private static double[] db(double[] values) {
        double[] db = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            db[i] = values[i] > 0 ? 10 * Math.log10(values[i]) : Double.NaN;
        }
        return db;
    }
}
