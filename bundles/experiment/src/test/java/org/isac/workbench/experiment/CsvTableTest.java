package org.isac.workbench.experiment;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables against an independent, strict RFC 4180 reader (Apache Commons CSV). */
class CsvTableTest {

    @TempDir
    Path folder;

    static List<CSVRecord> readStrictly(Path file) throws Exception {
        CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setTrim(false).setIgnoreSurroundingSpaces(false)
                .setAllowMissingColumnNames(false).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = rfc4180.parse(in).getRecords();
            int columns = records.get(0).size();
            for (CSVRecord r : records) {
                assertEquals(columns, r.size(), file + " line " + r.getRecordNumber() + ": " + r);
            }
            return records;
        }
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksRoundTrip() throws Exception {
        Path csv = folder.resolve("t.csv");
        String awkward = "Fig. \"9\", K = 4; P_l = 1.3, \"quoted\"\nsecond line";
        try (CsvTable table = CsvTable.create(csv, text("label"), number("value", "%.10g"), text("count"),
                text("note"))) {
            table.row(awkward, Math.PI, 400L, "");
            table.row("plain", Double.NaN, 0, "a,b");
        }
        List<CSVRecord> records = readStrictly(csv);
        assertEquals(List.of("label", "value", "count", "note"), records.get(0).toList());
        assertEquals(List.of(awkward, "3.141592654", "400", ""), records.get(1).toList());
        assertEquals(List.of("plain", "NaN", "0", "a,b"), records.get(2).toList());
        // quoted exactly when needed: plain fields stay as lab scripts split them today
        assertEquals("plain,NaN,0,\"a,b\"", Files.readAllLines(csv).get(3)); // the first row spans two lines
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() throws Exception {
        try (CsvTable table = CsvTable.create(folder.resolve("t.csv"), text("a"), text("b"))) {
            assertEquals("a row of 1 values for 2 columns",
                    assertThrows(IllegalArgumentException.class, () -> table.row("x")).getMessage());
        }
    }
}
