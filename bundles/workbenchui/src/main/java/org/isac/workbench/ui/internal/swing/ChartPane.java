package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;
import org.isac.workbench.ui.internal.model.FigureView;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The figure of the shown run, redrawn as its points arrive: zoom by dragging or the mouse wheel, log/linear
 * axes, y in dB, and export of what is shown as PNG, SVG, PDF or CSV.
 */
final class ChartPane extends JPanel {

    private static final List<String> FORMATS = List.of("png", "svg", "pdf", "csv");

    private final WorkbenchBackend backend;
    private final Consumer<String> status;
    private final ChartPanel panel;
    private final JCheckBox logX = new JCheckBox("log x");
    private final JCheckBox logY = new JCheckBox("log y");
    private final JCheckBox decibels = new JCheckBox("y in dB");
    private final JLabel caption = new JLabel(" ");
    private Figure figure;
    private Object shownRun;

    ChartPane(WorkbenchBackend backend, Consumer<String> status) {
        super(new BorderLayout());
        this.backend = backend;
        this.status = status;
        panel = new ChartPanel(backend.chart(new Figure("Pick a scenario and press Run", "x", "y", false, false,
                List.of())), true);
        panel.setMouseWheelEnabled(true);
        // draw at the panel's real size: JFreeChart otherwise scales a 1024 x 768 drawing, blurring the fonts
        panel.setMaximumDrawWidth(8000);
        panel.setMaximumDrawHeight(6000);
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(100);
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        for (JCheckBox toggle : List.of(logX, logY, decibels)) {
            toggle.addActionListener(e -> redraw(false));
            bar.add(toggle);
        }
        JButton resetZoom = new JButton("Reset zoom");
        resetZoom.addActionListener(e -> panel.restoreAutoBounds());
        bar.add(resetZoom);
        bar.addSeparator();
        bar.add(new JLabel("Save as "));
        for (String format : FORMATS) {
            JButton save = new JButton(format.toUpperCase(Locale.ROOT));
            save.setToolTipText(format.equals("csv") ? "the data: series, x, y, ci_low, ci_high per point"
                    : "the figure as shown, " + format.toUpperCase(Locale.ROOT));
            save.addActionListener(e -> saveAs(format));
            bar.add(save);
        }
        bar.add(new JPanel(new FlowLayout()));
        bar.add(caption);
        add(bar, BorderLayout.NORTH);
        add(panel, BorderLayout.CENTER);
    }

    /**
     * Shows a (partial) figure.
     *
     * @param run the run it belongs to: a new run resets the axes to the figure's own
     * @param next the figure
     */
    void show(Object run, Figure next) {
        boolean newRun = run != shownRun;
        shownRun = run;
        figure = next;
        if (newRun && next != null) {
            FigureView own = FigureView.of(next);
            logX.setSelected(own.logX());
            logY.setSelected(own.logY());
            decibels.setSelected(false);
        }
        redraw(!newRun);
    }

    /** @return the figure as shown (toggles applied), {@code null} before the first */
    Figure shownFigure() {
        return figure == null ? null : view().apply(figure);
    }

    private FigureView view() {
        logY.setEnabled(!decibels.isSelected());
        return new FigureView(logX.isSelected(), logY.isSelected(), decibels.isSelected());
    }

    private void redraw(boolean keepZoom) {
        if (figure == null) {
            return;
        }
        Figure shown = view().apply(figure);
        JFreeChart chart = backend.chart(shown);
        JFreeChart old = panel.getChart();
        if (keepZoom && old != null && old.getPlot() instanceof XYPlot before && chart.getPlot() instanceof XYPlot after) {
            // a zoomed-in user keeps the zoom while points arrive
            if (!before.getDomainAxis().isAutoRange()) {
                after.getDomainAxis().setRange(before.getDomainAxis().getRange());
            }
            if (!before.getRangeAxis().isAutoRange()) {
                after.getRangeAxis().setRange(before.getRangeAxis().getRange());
            }
        }
        panel.setChart(chart);
        int points = 0;
        int computed = 0;
        for (Series series : figure.series()) {
            for (double y : series.y()) {
                points++;
                computed += Double.isNaN(y) ? 0 : 1;
            }
        }
        caption.setText(figure.series().size() + " series, " + computed + "/" + points + " points");
    }

    /** @param format png, svg, pdf or csv: asks for a file and exports the figure as shown */
    void saveAs(String format) {
        Figure shown = shownFigure();
        if (shown == null) {
            status.accept("nothing to save yet: run a scenario first");
            return;
        }
        JFileChooser chooser = new JFileChooser(new File("results"));
        chooser.setDialogTitle("Save the figure as " + format.toUpperCase(Locale.ROOT));
        chooser.setFileFilter(new FileNameExtensionFilter(format.toUpperCase(Locale.ROOT), format));
        String name = shown.title().isBlank() ? "figure" : shown.title().replaceAll("[^A-Za-z0-9._-]+", "_");
        chooser.setSelectedFile(new File(name + "." + format));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + format)) {
            file = file.resolveSibling(file.getFileName() + "." + format);
        }
        try {
            status.accept("saved " + backend.export(shown, file));
        } catch (IOException | RuntimeException e) {
            status.accept("cannot save " + file + ": " + e.getMessage());
        }
    }
}
