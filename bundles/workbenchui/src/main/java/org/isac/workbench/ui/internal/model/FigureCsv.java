package org.isac.workbench.ui.internal.model;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.isac.workbench.experiment.AtomicFile;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;

/**
 * The data of a figure as CSV, one row per point: {@code series,x,y,ci_low,ci_high} (the interval empty for
 * theory curves, NaN where a point is a gap), so that any plotting tool redraws exactly what the chart shows.
 * Written as RFC 4180 (legends often hold commas) and atomically.
 */
public final class FigureCsv {

    /** The header line. */
    public static final String HEADER = "series,x,y,ci_low,ci_high";

    private FigureCsv() {
    }

    /**
     * @param figure the figure
     * @param file the CSV file to write
     * @return the file
     * @throws IOException when it cannot be written; an earlier file is then intact
     */
    public static Path write(Figure figure, Path file) throws IOException {
        return AtomicFile.write(file, out -> {
            CsvTable table = CsvTable.to(new OutputStreamWriter(out, StandardCharsets.UTF_8), text("series"),
                    number("x", "%.10g"), number("y", "%.10g"), number("ci_low", "%.10g"), number("ci_high", "%.10g"));
            for (Series series : figure.series()) {
                for (int i = 0; i < series.x().length; i++) {
                    table.row(series.name(), series.x()[i], series.y()[i],
                            series.hasIntervals() ? series.low()[i] : "", series.hasIntervals() ? series.high()[i] : "");
                }
            }
            table.flush();
        });
    }
}
