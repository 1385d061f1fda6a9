package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What lab scripts rely on: no false success, no destroyed or torn files, one workbench per workspace. */
class ReliabilityIT extends SharedWorkbench {

    @Test
    void aSecondWorkbenchOnTheSameWorkspaceIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Workbench.start(folder.resolve("other-plugins"), folder.resolve("workspace"), false));
        assertTrue(refused.getMessage().endsWith("is in use by another workbench; give each workbench its own "
                + "--workspace"), refused.getMessage());
    }

    @Test
    void inputsAreNeverOverwrittenAndAFailedCommandLeavesTheOldOutput() throws Exception {
        Path input = folder.resolve("rows.csv");
        Files.writeString(input, "M,a,b\n1,2,3\n");
        assertEquals(input + ": the output is the input " + input + "; name another output file",
                WorkbenchFixture.fail(workbench, "isac:marcumq-file " + input + " " + input));
        assertEquals("M,a,b\n1,2,3\n", Files.readString(input));

        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "1,2,3\n1,x,3\n");
        Path output = folder.resolve("q.csv");
        Files.writeString(output, "an earlier, complete output\n");
        assertEquals(bad + " line 2: not numbers: '1,x,3'",
                WorkbenchFixture.fail(workbench, "isac:marcumq-file " + bad + " " + output));
        assertEquals("an earlier, complete output\n", Files.readString(output));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        // a device is not a file to replace
        assertEquals("/dev/full: not a regular file",
                WorkbenchFixture.fail(workbench, "isac:fading-sample 10 1 /dev/full"));
    }

    /** A full disk (the run's CSV is a link to /dev/full): the run fails instead of reporting an empty CSV. */
    @Test
    void aFullDiskFailsTheRun() throws Exception {
        Path scenario = folder.resolve("full.json");
        Files.writeString(scenario, """
                {"kind": "network-sg", "quantity": "comm-rate", "theory": ["comm-rate"], "base": {"M": 8, "J": 1},
                 "x": {"key": "Lc", "values": [1]}, "mode": "none"}""");
        Path results = Files.createDirectories(folder.resolve("full"));
        Files.createSymbolicLink(results.resolve("full-theory.csv"), Path.of("/dev/full"));
        String error = WorkbenchFixture.fail(workbench, "isac:run " + scenario + " " + results);
        assertTrue(error.contains("No space left on device"), error);
    }

    @Test
    void numbersOutsideTheNumericRangeAreErrorsNotNaN() {
        String error = WorkbenchFixture.fail(workbench,
                "isac:simulate comm-rate lambda=1e300 mode=gamma realizations=200");
        assertTrue(error.startsWith("comm-rate: the simulator gave NaN at lambda=1e300"), error);
        assertTrue(error.endsWith("the point is outside its numeric range"), error);
    }

    @Test
    void duplicatesAndNonTextAreNamedNotSilentlyResolved() throws Exception {
        assertEquals("M: given twice ('M=16'); give each key once",
                WorkbenchFixture.fail(workbench, "isac:simulate comm-rate M=8 M=16 mode=gamma realizations=10"));
        Path twice = folder.resolve("twice.json");
        Files.writeString(twice, "{\"kind\": \"network-sg\", \"mode\": \"gamma\", \"mode\": \"physical\"}");
        String error = WorkbenchFixture.fail(workbench, "isac:run " + twice + " " + folder.resolve("twice"));
        assertTrue(error.startsWith(twice + ": not valid JSON at line 1, column "), error);
        assertTrue(error.contains("Duplicate field 'mode'"), error);
        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        assertEquals(binary + ": not a text file (not UTF-8)",
                WorkbenchFixture.fail(workbench, "isac:run " + binary + " " + folder.resolve("binary")));
        assertTrue(Files.notExists(folder.resolve("twice")) && Files.notExists(folder.resolve("binary")),
                "nothing written for a refused scenario");
    }

    @Test
    void aNumberGivenAsAStringIsAnErrorInEveryRunner() throws Exception {
        Path network = folder.resolve("string.json");
        Files.writeString(network, """
                {"kind": "network-sg", "quantity": "comm-rate", "base": {"M": "32"}, "x": {"key": "Lc", "values": [1]},
                 "mode": "none"}""");
        assertEquals("base.M: must be a number or one of max, auto, got \"32\"",
                WorkbenchFixture.fail(workbench, "isac:run " + network + " " + folder.resolve("string")));
        Path region = folder.resolve("string-region.json");
        Files.writeString(region, "{\"kind\": \"network-sg-region\", \"base\": {\"M\": \"32\"}}");
        assertEquals("base.M: must be a number or one of max, auto, got \"32\"",
                WorkbenchFixture.fail(workbench, "isac:run " + region + " " + folder.resolve("string")));
        assertTrue(Files.notExists(folder.resolve("string")), "nothing written for a refused scenario");
    }

    /** The bundle cache of a killed workbench (its owner lock free) is removed when the next one starts. */
    @Test
    void theCacheOfAKilledWorkbenchIsRemovedAtTheNextStart() throws Exception {
        Path stale = Files.createTempDirectory(BundleCache.PREFIX);
        Files.createFile(stale.resolve("owner.lock"));
        Files.createDirectories(stale.resolve("felix/bundle1"));
        Files.writeString(stale.resolve("felix/bundle1/bundle.jar"), "12 MB, say");
        try (Workbench other = Workbench.start(folder.resolve("plugins-2"), folder.resolve("workspace-2"), false)) {
            assertTrue(Files.notExists(stale), "stale cache left: " + stale);
            // the running workbench's own cache (this test class's) is in use and stays
            WorkbenchFixture.run(workbench, "isac:components fading");
        }
    }

    @Test
    void wrongArgumentsGiveTheUsageLine() {
        String error = WorkbenchFixture.fail(workbench, "isac:marcumq x 1 2");
        assertTrue(error.startsWith("wrong arguments (Cannot coerce marcumq(Token, Token, Token)"), error);
        assertTrue(error.endsWith("usage: isac:marcumq <order M >= 1> <a >= 0> <b >= 0>"), error);
        String overloaded = WorkbenchFixture.fail(workbench, "isac:run");
        assertTrue(overloaded.contains("usage: isac:run <scenario file (the .json may be left out)>"), overloaded);
    }
}
