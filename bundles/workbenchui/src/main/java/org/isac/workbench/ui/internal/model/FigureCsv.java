package org.isac.workbench.ui.internal.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;

/**
 * The data of a figure as CSV, one row per point: {@code series,x,y,ci_low,ci_high} (the interval empty for
 * theory curves, NaN where a point is a gap), so that any plotting tool redraws exactly what the chart shows.
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
     * @throws IOException when it cannot be written
     */
    public static Path write(Figure figure, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println(HEADER);
            for (Series series : figure.series()) {
                String name = quoted(series.name());
                for (int i = 0; i < series.x().length; i++) {
                    out.print(name + "," + number(series.x()[i]) + "," + number(series.y()[i]) + ",");
                    if (series.hasIntervals()) {
                        out.print(number(series.low()[i]) + "," + number(series.high()[i]));
                    } else {
                        out.print(",");
                    }
                    out.println();
                }
            }
        }
        return file;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    /** RFC 4180 quoting: legends often hold commas ("K = 4, simulation"). */
    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
