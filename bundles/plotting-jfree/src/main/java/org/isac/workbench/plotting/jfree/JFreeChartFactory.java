package org.isac.workbench.plotting.jfree;

import org.isac.workbench.experiment.Figure;
import org.jfree.chart.JFreeChart;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds the JFreeChart of a figure in the workbench's paper style (the one the exported files have), for a
 * Swing {@code ChartPanel} that shows a figure on screen with zoom.
 */
@ProviderType
public interface JFreeChartFactory {

    /**
     * @param figure the figure
     * @return a new chart drawing it, owned by the caller
     */
    JFreeChart chart(Figure figure);
}
