package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every CSV file the scenario runners write parses with a strict RFC 4180 reader (Apache Commons CSV), also
 * when titles, curve labels and reasons hold commas and quotes.
 */
class CsvFilesIT extends SharedWorkbench {

    private static final String TITLE = "Region, \\\"small\\\" (M = 8, 12)";

    @Test
    void everyCsvOfEveryRunnerIsRfc4180() throws Exception {
        Path results = folder.resolve("results");
        Path region = folder.resolve("region.json");
        Files.writeString(region, """
                {"kind": "network-sg-region", "title": "%s", "plot": "ase", "base": {"M": 8},
                 "curves": [{"LcMin": 1, "LsMin": 1}, {"LcMin": 2, "LsMin": 1}],
                 "simulation": {"mode": "gamma", "realizations": 500}}""".formatted(TITLE));
        Path network = folder.resolve("network.json");
        Files.writeString(network, """
                {"kind": "network-sg", "title": "%s", "quantity": "comm-rate", "theory": ["comm-rate"],
                 "base": {"M": 8, "J": 1}, "x": {"key": "Lc", "values": [1, 3]},
                 "series": {"key": "K", "values": [1, 4]}, "mode": "gamma", "realizations": 500}""".formatted(TITLE));
        Path fig2b = Path.of(System.getProperty("isac.scenarios"), "comp-isac", "fig2b.json");
        WorkbenchFixture.run(workbench, "isac:run " + region + " " + results);
        WorkbenchFixture.run(workbench, "isac:run " + network + " " + results);
        WorkbenchFixture.run(workbench, "isac:run " + fig2b + " " + results);

        List<Path> files;
        try (Stream<Path> listed = Files.list(results)) {
            files = listed.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(List.of("fig2b.csv", "network-theory.csv", "network.csv", "region-gains.csv",
                "region-simulation.csv", "region.csv"), files.stream().map(p -> p.getFileName().toString()).toList());
        List<String> quotedFields = new ArrayList<>();
        for (Path file : files) {
            for (CSVRecord record : readStrictly(file)) {
                record.stream().filter(field -> field.contains(",")).forEach(quotedFields::add);
            }
        }
        // the curve labels of the region files, and the reasons of infeasible points and gaps, hold commas
        assertTrue(quotedFields.contains("LcMin=2, LsMin=1"), quotedFields.toString());
        assertTrue(quotedFields.stream().anyMatch(f -> f.startsWith("EPA (P_l = ")), quotedFields.toString());
        List<CSVRecord> regionRows = readStrictly(results.resolve("region.csv"));
        assertEquals(List.of("variant", "curve", "K", "J", "Lc", "Ls", "commRate", "radarRate", "commAse",
                "sensingAse"), regionRows.get(0).toList());
        assertTrue(regionRows.stream().anyMatch(r -> r.get(0).equals("LcMin=1, LsMin=1") && r.get(1).equals("boundary")));
    }

    private static List<CSVRecord> readStrictly(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(in).getRecords();
            for (CSVRecord r : records) {
                assertEquals(records.get(0).size(), r.size(), file + " record " + r.getRecordNumber() + ": " + r);
            }
            return records;
        }
    }
}
