package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to every command and scenario kind, as a lab script gives it: each case runs the packaged jar with
 * {@code -c}, no standard input, in a folder holding its inputs and an earlier run's results. For each case:
 * a non-zero exit status, exactly one line on standard error that names the field (or argument) at fault and
 * carries no exception name or stack trace, and no file in the folder created, changed or removed.
 */
class BadInputIT {

    /** A valid {@code isac:pa} instance (the CompIsacIT one), mutated by the cases. */
    private static final String PA = """
            {"L": 3,
             "gainComm": [[1.3331, 0.0269, 0.0589], [0.2878, 0.5457, 0.3085], [0.0706, 0.0556, 0.7655]],
             "gainSense": [[19.59, 1.118, 0.506], [0.2434, 6.090, 0.5063], [0.2753, 0.4240, 1.226]],
             "noiseComm": 1.2589, "noiseSense": 31.623, "N": 100, "pfa": 1e-6,
             "powerBudget": 15.85, "rateMin": 1.0, "pdMin": 0.7}""";

    /**
     * One bad input.
     *
     * @param command the {@code -c} argument
     * @param field what the error line must name
     * @param file an input file the case needs (null for none)
     * @param content its content
     */
    record Case(String command, String field, String file, byte[] content) {
        @Override
        public String toString() {
            return command;
        }
    }

    @TempDir
    static Path folder;
    private static Path work;

    /** The table: every command, and every scenario kind through {@code isac:run}. */
    static List<Case> cases() throws IOException {
        Table t = new Table();
        // isac:components, isac:use
        t.command("isac:components nosuch", "nosuch");
        t.command("isac:use fading nosuch", "nosuch");
        t.command("isac:use nosuch rayleigh", "nosuch");
        t.command("isac:use fading", "usage: isac:use");
        // isac:fading-sample
        t.command("isac:fading-sample 0 1", "count");
        t.command("isac:fading-sample 2000000000 1", "count");
        t.command("isac:fading-sample many 1", "isac:fading-sample");
        t.command("isac:fading-sample 10 1 nosuchfolder/samples.txt", "nosuchfolder");
        t.command("isac:fading-sample 10 1 results", "results");
        // isac:marcumq, isac:threshold
        t.command("isac:marcumq 0 1 2", "M");
        t.command("isac:marcumq 1 -1 2", "a");
        t.command("isac:marcumq 1 1 -2", "b");
        t.command("isac:marcumq x 1 2", "usage: isac:marcumq");
        t.command("isac:marcumq 1 1", "usage: isac:marcumq");
        t.command("isac:marcumq 1 NaN 2", "a");
        t.command("isac:threshold 3 2", "PFA");
        t.command("isac:threshold 3 0", "PFA");
        t.command("isac:threshold 0 0.1", "L");
        t.command("isac:threshold x 0.1", "usage: isac:threshold");
        // isac:marcumq-file
        t.file("in.csv", "M,a,b\n3,2,5\n", "isac:marcumq-file in.csv in.csv", "in.csv");
        t.command("isac:marcumq-file missing.csv out.csv", "missing.csv");
        t.file("badrow.csv", "M,a,b\n3,2,5\n3,-1,5\n", "isac:marcumq-file badrow.csv results/old.csv", "line 3");
        t.file("words.csv", "M,a,b\n3,two,5\n", "isac:marcumq-file words.csv out.csv", "line 2");
        t.file("short.csv", "3,2\n", "isac:marcumq-file short.csv out.csv", "line 1");
        t.file("in2.csv", "3,2,5\n", "isac:marcumq-file in2.csv results", "results");
        t.binary("binary.csv", "isac:marcumq-file binary.csv out.csv", "binary.csv");
        // isac:pa
        t.pa("\"L\": 3", "\"L\": 0", "L");
        t.pa("\"L\": 3", "\"L\": 65", "L");
        t.pa("\"L\": 3", "\"L\": 2.5", "L");
        t.pa("\"L\": 3", "\"L\": \"3\"", "L");
        t.pa("\"gainComm\"", "\"gainKomm\"", "gainComm: missing");
        t.pa("[0.0706, 0.0556, 0.7655]", "[0.0706, 0.0556]", "gainComm[2]");
        t.pa("[19.59, 1.118, 0.506]", "[19.59, -1.118, 0.506]", "gainSense[0][1]");
        t.pa("[0.2878, 0.5457, 0.3085]", "[0.2878, 0, 0.3085]", "gainComm[1][1]");
        t.pa("\"noiseComm\": 1.2589", "\"noiseComm\": 0", "noiseComm");
        t.pa("\"noiseSense\": 31.623", "\"noiseSense\": [1, 2]", "noiseSense");
        t.pa("\"N\": 100", "\"N\": 1", "N");
        t.pa("\"pfa\": 1e-6", "\"pfa\": 0", "pfa");
        t.pa("\"pfa\": 1e-6", "\"pfa\": 1", "pfa");
        t.pa("\"powerBudget\": 15.85", "\"powerBudget\": -1", "powerBudget");
        t.pa("\"rateMin\": 1.0", "\"rateMin\": -1", "rateMin");
        t.pa("\"pdMin\": 0.7", "\"pdMin\": 1", "pdMin");
        t.pa("\"pdMin\": 0.7", "\"pdMin\": 0.7, \"seed\": 1.5", "seed");
        t.pa("\"pdMin\": 0.7", "\"pdMin\": 0.7, \"global\": \"yes\"", "global");
        t.pa("\"pdMin\": 0.7", "\"pdMin\": 0.7, \"pdmin\": 0.7", "pdmin");
        t.pa("\"pdMin\": 0.7", "\"pdMin\": 0.7, \"pdMin\": 0.8", "pdMin");
        t.pa("\"pdMin\": 0.7}", "\"pdMin\": 0.7", "line");
        t.pa("\"rateMin\": 1.0,", "", "rateMin");
        t.file("empty.json", "", "isac:pa empty.json", "empty.json");
        t.binary("binary.json", "isac:pa binary.json", "binary.json");
        t.command("isac:pa missing.json", "missing.json");
        // isac:simulate
        t.command("isac:simulate comm-rate M=abc", "M");
        t.command("isac:simulate comm-rate M=1.5", "M");
        t.command("isac:simulate comm-rate K=0", "K");
        t.command("isac:simulate comm-rate J=-1", "J");
        t.command("isac:simulate comm-rate Lc=0", "Lc");
        t.command("isac:simulate comm-rate Ls=0", "Ls");
        t.command("isac:simulate comm-rate alpha=2", "alpha");
        t.command("isac:simulate comm-rate beta=0", "beta");
        t.command("isac:simulate comm-rate cs=-1", "cs");
        t.command("isac:simulate comm-rate lambda=0", "lambda");
        t.command("isac:simulate comm-rate Nr=0", "Nr");
        t.command("isac:simulate comm-rate K=8 Lc=3", "M");
        t.command("isac:simulate comm-rate realizations=0", "realizations");
        t.command("isac:simulate comm-rate realizations=1000000000000", "realizations");
        t.command("isac:simulate comm-rate threads=0", "threads");
        t.command("isac:simulate comm-rate threads=5000", "threads");
        t.command("isac:simulate comm-rate seed=x", "seed");
        t.command("isac:simulate comm-rate mode=nosuch", "mode");
        t.command("isac:simulate comm-rate cluster=maybe", "cluster");
        t.command("isac:simulate comm-rate cluster=true", "cluster");
        t.command("isac:simulate comm-rate target=-1", "target");
        t.command("isac:simulate comm-rate colour=1", "colour");
        t.command("isac:simulate comm-rate M=8 M=16", "M");
        t.command("isac:simulate comm-rate M", "M");
        t.command("isac:simulate nosuch", "nosuch");
        t.command("isac:simulate sensing-ase J=0", "J");
        t.command("isac:simulate radar-rate clutter=-1", "clutter");
        t.command("isac:simulate radar-rate clutter=1e-4 rangeCell=0", "rangeCell");
        // isac:sg
        t.command("isac:sg nosuch", "nosuch");
        t.command("isac:sg comm-rate M=x", "M");
        t.command("isac:sg comm-rate alpha=1", "alpha");
        t.command("isac:sg comm-rate lambda=-1", "lambda");
        t.command("isac:sg comm-rate K=0", "K");
        t.command("isac:sg comm-rate K=4 Lc=5", "M");
        t.command("isac:sg comm-rate K=1 K=2", "K");
        t.command("isac:sg comm-rate mode=gamma", "mode");
        t.command("isac:sg radar-rate J=0", "J");
        t.command("isac:sg comm-rate J=x", "J");
        t.command("isac:sg radar-rate clutterRcs=-1", "clutterRcs");
        // isac:region
        t.command("isac:region M=1", "M");
        t.command("isac:region M=129", "M");
        t.command("isac:region M=100000", "M");
        t.command("isac:region K=2", "K");
        t.command("isac:region Jmax=0", "Jmax");
        t.command("isac:region LcMin=0", "LcMin");
        t.command("isac:region LsMin=0", "LsMin");
        t.command("isac:region alpha=2", "alpha");
        t.command("isac:region lambda=-1", "lambda");
        t.command("isac:region M=16 M=32", "M");
        t.command("isac:region clutter=1e-4", "clutter");
        // isac:run: arguments and files of any kind
        t.command("isac:run missing.json", "missing.json");
        t.binary("binary-scenario.json", "isac:run binary-scenario.json results", "binary-scenario.json");
        t.file("not-json.json", "{\"kind\": ", "isac:run not-json.json results", "not-json.json");
        t.file("no-kind.json", "{\"title\": \"x\"}", "isac:run no-kind.json results", "kind");
        t.file("bad-kind.json", "{\"kind\": \"nosuch\"}", "isac:run bad-kind.json results", "nosuch");
        t.file("array.json", "[1, 2]", "isac:run array.json results", "array.json");
        // isac:run options and isac:merge
        String small = "{\"kind\": \"network-sg\", \"quantity\": \"comm-rate\", \"base\": {\"M\": 8, \"K\": 2}, "
                + "\"x\": {\"key\": \"cs\", \"values\": [40]}, \"mode\": \"physical\", \"realizations\": 16}";
        t.file("small.json", small, "isac:run small.json results resume=maybe", "resume");
        t.file("small.json", small, "isac:run small.json results resume=true", "resume");
        t.file("small.json", small, "isac:run small.json results shard=4/4", "shard");
        t.file("small.json", small, "isac:run small.json results shard=x", "shard");
        t.file("small.json", small, "isac:run small.json results shard=0/2 resume=true", "resume");
        t.file("small.json", small, "isac:run small.json results colour=1", "colour");
        t.file("small.json", small, "isac:run small.json results other", "RESULTS");
        t.file("small.json", small, "isac:run small.json results cluster=true", "cluster");
        t.command("isac:merge results", "part");
        t.command("isac:merge results missing.part-0-of-2.json", "missing.part-0-of-2.json");
        t.file("not-a-part.json", "{\"kind\": 1}", "isac:merge results not-a-part.json", "not-a-part.json");
        // isac:run comp-isac
        t.scenario("comp-isac", "fig2b", "\"figure\": \"sumrate-vs-budget\"", "\"figure\": \"nosuch\"", "figure");
        t.scenario("comp-isac", "fig2b", "\"L\": 3", "\"L\": 0", "L");
        t.scenario("comp-isac", "fig2b", "\"L\": 3", "\"L\": \"3\"", "L");
        t.scenario("comp-isac", "fig2b", "\"pfa\": 1e-06", "\"pfa\": 2", "pfa");
        t.scenario("comp-isac", "fig2b", "\"N\": 100", "\"N\": 0", "N");
        t.scenario("comp-isac", "fig2b", "\"pdMin\": 0.7", "\"pdMin\": 1.5", "pdMin");
        t.scenario("comp-isac", "fig2b", "\"seed\": 10", "\"seed\": 10, \"colour\": 1", "colour");
        t.scenario("comp-isac", "fig2b", "\"seed\": 10", "\"seed\": 10, \"seed\": 11", "seed");
        t.scenario("comp-isac", "fig2b", "\"cellRadius\": 100", "\"cellRadius\": -100", "cellRadius");
        t.scenario("comp-isac", "fig2b", "\"channel\": \"pathloss\"", "\"channel\": \"nosuch\"", "channel");
        t.scenario("comp-isac", "fig2a", "\"trials\": 10000", "\"trials\": 0", "trials");
        t.scenario("comp-isac", "fig2a", "\"allocation\": \"epa\"", "\"allocation\": \"nosuch\"", "allocation");
        t.scenario("comp-isac", "fig2a", "\"symbols\": \"QPSK\"", "\"symbols\": \"nosuch\"", "symbols");
        // isac:run network-sg
        t.scenario("network-sg", "fig04", "\"quantity\": \"comm-rate\"", "\"quantity\": \"nosuch\"", "quantity");
        t.scenario("network-sg", "fig04", "\"key\": \"Lc\"", "\"key\": \"colour\"", "colour");
        t.scenario("network-sg", "fig04", "\"M\": 32", "\"M\": \"32\"", "M");
        t.scenario("network-sg", "fig04", "\"realizations\": 200", "\"realizations\": 0", "realizations");
        t.scenario("network-sg", "fig04", "\"realizations\": 200", "\"realizations\": 1e12", "realizations");
        t.scenario("network-sg", "fig04", "\"realizations\": 200", "\"realizations\": 200, \"threads\": 0",
                "threads");
        t.scenario("network-sg", "fig04", "\"mode\": \"physical\"", "\"mode\": \"nosuch\"", "mode");
        t.scenario("network-sg", "fig04", "\"J\": 2,", "\"J\": 2, \"colour\": 1,", "colour");
        t.scenario("network-sg", "fig04", "\"seed\": 1", "\"seed\": 1, \"seed\": 2", "seed");
        t.scenario("network-sg", "fig04", "\"seed\": 1", "\"seed\": 1, \"xAxis\": \"wiggly\"", "xAxis");
        t.scenario("network-sg", "fig04", "\"seed\": 1", "\"seed\": 1, \"targetHalfWidth\": -1",
                "targetHalfWidth");
        t.scenario("network-sg", "fig04", "\"seed\": 1", "\"seed\": 1.5", "seed");
        t.scenario("network-sg", "fig04", "\"theory\": [", "\"theory\": [\"nosuch\", ", "theory");
        // isac:run network-sg-region
        t.scenario("network-sg", "fig09", "\"plot\": \"rate\"", "\"plot\": \"nosuch\"", "plot");
        t.scenario("network-sg", "fig09", "\"M\": 16", "\"M\": 1", "M");
        t.scenario("network-sg", "fig09", "\"M\": 16", "\"M\": 500", "M");
        t.scenario("network-sg", "fig09", "\"realizations\": 20000", "\"realizations\": 0", "realizations");
        t.scenario("network-sg", "fig09", "\"mode\": \"gamma\"", "\"mode\": \"nosuch\"", "mode");
        t.scenario("network-sg", "fig09", "\"Nr\": 8,", "\"Nr\": 8, \"K\": 2,", "K");
        t.scenario("network-sg", "fig09", "\"seed\": 1", "\"seed\": 1, \"seed\": 1", "seed");
        t.scenario("network-sg", "fig09", "\"plot\": \"rate\"", "\"plot\": \"rate\", \"colour\": 1", "colour");
        // into a results folder that does not exist yet: refused before the folder is created
        t.scenario("network-sg", "fig09", "\"M\": 16", "\"M\": 500", "M", "fresh-results");
        t.scenario("network-sg", "fig04", "\"realizations\": 200", "\"realizations\": 0", "realizations",
                "fresh-results");
        t.scenario("comp-isac", "fig2a", "\"allocation\": \"epa\"", "\"allocation\": \"nosuch\"", "allocation",
                "fresh-results");
        return t.cases;
    }

    /** Builds the cases; every mutation must change its source, so that no case is valid by accident. */
    private static final class Table {
        final List<Case> cases = new ArrayList<>();
        private int files;

        void command(String command, String field) {
            cases.add(new Case(command, field, null, null));
        }

        void file(String name, String content, String command, String field) {
            cases.add(new Case(command, field, name, content.getBytes(StandardCharsets.UTF_8)));
        }

        void binary(String name, String command, String field) {
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (0x80 + i % 0x7f);
            }
            cases.add(new Case(command, field, name, bytes));
        }

        void pa(String from, String to, String field) {
            String name = "pa-" + files++ + ".json";
            file(name, mutate(PA, from, to), "isac:pa " + name, field);
        }

        void scenario(String kind, String scenario, String from, String to, String field) throws IOException {
            scenario(kind, scenario, from, to, field, "results");
        }

        void scenario(String kind, String scenario, String from, String to, String field, String results)
                throws IOException {
            String text = Files.readString(Path.of(System.getProperty("isac.scenarios"), kind, scenario + ".json"));
            String name = scenario + "-" + files++ + ".json";
            file(name, mutate(text, from, to), "isac:run " + name + " " + results, field);
        }

        private static String mutate(String text, String from, String to) {
            assertTrue(text.contains(from), "the mutation's source is in the file: " + from);
            return text.replace(from, to);
        }
    }

    @BeforeAll
    static void inputsAndAnEarlierRun() throws IOException {
        work = Files.createDirectories(folder.resolve("work"));
        for (Case c : cases()) {
            if (c.file() != null) {
                Files.write(work.resolve(c.file()), c.content());
            }
        }
        Path results = Files.createDirectories(work.resolve("results"));
        Files.writeString(results.resolve("old.csv"), "M,a,b,Q,one_minus_Q\n3,2,5,0.0127,0.987\n");
        Files.writeString(results.resolve("fig2b-0.csv"), "an earlier run's CSV\n");
        Files.writeString(results.resolve("fig04-0.provenance.json"), "{\"complete\": true}\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLineNamingTheFieldAndNothingWritten(Case c) throws Exception {
        Map<String, String> before = snapshot(work);
        JarProcess.Result result = JarProcess.run(folder, work, "-c", c.command());
        String errors = result.err();
        assertNotEquals(0, result.status(), "exit status; stderr: " + errors);
        List<String> lines = errors.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on standard error:\n" + errors);
        String line = lines.get(0);
        String prefix = "isac-workbench: " + c.command() + ": ";
        assertTrue(line.startsWith(prefix), line);
        // the field as a word of the message itself (not a letter of the prefix or of a longer name)
        String message = line.substring(prefix.length());
        assertTrue(java.util.regex.Pattern.compile("(^|[^A-Za-z])" + java.util.regex.Pattern.quote(c.field())
                + "([^A-Za-z]|$)").matcher(message).find(), "names '" + c.field() + "': " + message);
        assertTrue(!line.contains("Exception") && !line.contains("\tat "), "no exception or stack trace: " + line);
        Map<String, String> after = snapshot(work);
        Map<String, String> changed = new TreeMap<>(after);
        before.forEach((file, digest) -> {
            if (digest.equals(after.get(file))) {
                changed.remove(file);
            } else {
                changed.putIfAbsent(file, "removed");
            }
        });
        assertEquals(Map.of(), changed, "no file created, changed or removed");
    }

    /** Every file and folder under root, with a digest of each file's content. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder" : digest(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
