package org.isac.workbench.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A results table written as RFC 4180 CSV, one flushed row at a time, so that an interrupted run keeps its
 * finished rows. Fields are quoted exactly when they must be (a comma, a quote or a line break in them),
 * through Jackson's CSV generator; numbers are formatted by their column, so the files of a run are stable
 * across versions.
 */
public final class CsvTable implements Closeable {

    private static final CsvFactory CSV = new CsvFactory().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    /**
     * A column: its header and how a value is written.
     *
     * @param name the header
     * @param format a {@link String#format} pattern for numbers ({@code %.10g}), or empty for text, whose
     *        values are written with {@code toString()}
     */
    public record Column(String name, String format) {

        /**
         * @param name the header
         * @return a text column (strings, integers, or numbers as {@code Double.toString} gives them)
         */
        public static Column text(String name) {
            return new Column(name, "");
        }

        /**
         * @param name the header
         * @param format the pattern, e.g. {@code %.10g}
         * @return a number column
         */
        public static Column number(String name, String format) {
            return new Column(name, format);
        }

        String cell(Object value) {
            if (format.isEmpty() || !(value instanceof Number number)) {
                return String.valueOf(value);
            }
            return String.format(Locale.ROOT, format, number);
        }
    }

    private final List<Column> columns;
    private final Writer writer;
    private final JsonGenerator out;

    private CsvTable(Writer writer, List<Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        this.writer = writer;
        this.out = CSV.createGenerator(writer);
        writeRow(columns.stream().map(Column::name).toArray(String[]::new));
    }

    /**
     * Creates (or replaces) the file and writes the header.
     *
     * @param file the CSV file
     * @param columns its columns, in order
     * @return the table, to be closed
     * @throws IOException when the file cannot be written
     */
    public static CsvTable create(Path file, Column... columns) throws IOException {
        return to(Files.newBufferedWriter(file, StandardCharsets.UTF_8), columns);
    }

    /**
     * Writes the header and then the rows to a writer (a command's output), which {@link #close()} closes.
     *
     * @param writer where the CSV goes
     * @param columns the columns, in order
     * @return the table, to be closed
     * @throws IOException when the writer fails
     */
    public static CsvTable to(Writer writer, Column... columns) throws IOException {
        return new CsvTable(writer, Arrays.asList(columns));
    }

    /**
     * Writes one row and flushes it.
     *
     * @param values one per column, formatted by the column
     * @throws IOException when it cannot be written
     * @throws IllegalArgumentException when the count does not match the columns
     */
    public void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size()
                    + " columns");
        }
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = columns.get(i).cell(values[i]);
        }
        writeRow(cells);
    }

    private void writeRow(String[] cells) throws IOException {
        out.writeStartArray();
        for (String cell : cells) {
            out.writeString(cell);
        }
        out.writeEndArray();
        out.flush();
    }

    /**
     * Flushes what is written without closing the writer (for a table written into a stream that its owner
     * closes, such as {@link AtomicFile}'s).
     *
     * @throws IOException when it cannot be written
     */
    public void flush() throws IOException {
        out.flush();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        try (writer) {
            out.close();
        }
    }
}
