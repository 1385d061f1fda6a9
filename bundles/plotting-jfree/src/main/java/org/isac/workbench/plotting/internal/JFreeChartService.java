package org.isac.workbench.plotting.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.experiment.AtomicFile;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;
import org.isac.workbench.plotting.jfree.JFreeChartFactory;
import org.isac.workbench.registry.IsacProvider;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * Figures drawn with JFreeChart in a style fit for a paper: theory as solid lines, Monte Carlo as
 * distinct markers with confidence-interval bars, readable fonts, white background.
 */
@Component
@IsacProvider(concern = ChartService.CONCERN, name = "jfreechart", description = "JFreeChart: PNG, SVG, PDF")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class JFreeChartService implements ChartService, JFreeChartFactory {

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    @Override
    public void export(Figure figure, Path file, Format format, int width, int height) throws IOException {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("chart size must be at least 50x50, got " + width + "x" + height);
        }
        JFreeChart chart = chart(figure);
        // whole files, written atomically: a reader never sees half a chart, a failed export leaves the old one
        switch (format) {
            case PNG -> AtomicFile.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                chart.draw(g, new Rectangle(width, height));
                AtomicFile.writeString(file, g.getSVGDocument());
            }
            case PDF -> {
                PDFDocument pdf = new PDFDocument();
                Page page = pdf.createPage(new Rectangle(width, height));
                PDFGraphics2D g = page.getGraphics2D();
                chart.draw(g, new Rectangle(width, height));
                AtomicFile.write(file, out -> out.write(pdf.getPDFBytes()));
            }
            default -> throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    @Override
    public JFreeChart chart(Figure figure) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(figure.xLabel(), figure.logX()));
        plot.setRangeAxis(axis(figure.yLabel(), figure.logY()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        int index = 0;
        java.util.Map<String, Color> groups = new java.util.HashMap<>();
        for (Series series : figure.series()) {
            Color color = groups.computeIfAbsent(series.group(), g -> PALETTE[groups.size() % PALETTE.length]);
            if (series.hasIntervals()) {
                YIntervalSeries data = new YIntervalSeries(series.name(), false, true);
                for (int i = 0; i < series.x().length; i++) {
                    data.add(series.x()[i], series.y()[i], series.low()[i], series.high()[i]);
                }
                XYErrorRenderer renderer = new XYErrorRenderer();
                renderer.setDrawXError(false);
                renderer.setDefaultLinesVisible(false);
                renderer.setSeriesShape(0, marker(index));
                renderer.setSeriesPaint(0, color);
                renderer.setErrorPaint(color);
                renderer.setCapLength(6);
                YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
                dataset.addSeries(data);
                plot.setDataset(index, dataset);
                plot.setRenderer(index, renderer);
            } else {
                XYSeries data = new XYSeries(series.name(), false, true);
                for (int i = 0; i < series.x().length; i++) {
                    data.add(series.x()[i], series.y()[i]);
                }
                XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
                renderer.setSeriesPaint(0, color);
                renderer.setSeriesStroke(0, new BasicStroke(2f));
                plot.setDataset(index, new XYSeriesCollection(data));
                plot.setRenderer(index, renderer);
            }
            index++;
        }
        JFreeChart chart = new JFreeChart(figure.title(), TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TICK_FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static ValueAxis axis(String label, boolean log) {
        ValueAxis axis;
        if (log) {
            // decades labelled 1, 10, 100 with unlabelled minor ticks: readable, unlike LogAxis' 10^1.2 steps
            LogarithmicAxis logAxis = new LogarithmicAxis(label);
            logAxis.setStrictValuesFlag(false);
            logAxis.setAllowNegativesFlag(false);
            axis = logAxis;
        } else {
            NumberAxis numberAxis = new NumberAxis(label);
            numberAxis.setAutoRangeIncludesZero(false);
            axis = numberAxis;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    /** Distinct filled markers so that series stay apart in black and white print. */
    private static Shape marker(int index) {
        double s = 8;
        return switch (index % 3) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            default -> new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-5, 4, 4}, 3);
        };
    }
}
