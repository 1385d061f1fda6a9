package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs cut into blocks give the same numbers wherever the blocks ran: one thread, two threads, four shards merged
 * with {@code isac:merge}, and a run killed half-way and resumed all write the same CSVs, byte for byte, for a small
 * physical network scenario, for Fig. 2(a)'s detection Monte Carlo and for Fig. 2(b) over random drops. The thread
 * count is set through the Java runtime's processor count, which is what the runners' default thread count follows.
 */
class DistributedRunsIT {

    /** A small physical network: M = 8, K = 2, J = 2, L_c = L_s = 2 (nulling), two points of 48 realizations. */
    private static final String NETWORK = """
            {"kind": "network-sg", "title": "small physical run", "quantity": ["comm-rate", "radar-rate"],
             "theory": ["comm-rate"], "base": {"M": 8, "K": 2, "J": 2, "Lc": 2, "Ls": 2},
             "x": {"key": "cs", "values": [40, 80]}, "mode": "physical", "realizations": 48, "seed": 5}
            """;

    @TempDir
    Path folder;

    /** Fig. 2(a) as shipped, at two budgets and 3 000 trials a target (three blocks of trials each). */
    static String detection() throws IOException {
        String shipped = Files.readString(Path.of(System.getProperty("isac.scenarios"), "comp-isac", "fig2a.json"));
        String small = shipped.replaceAll("(?s)\"powerBudgetsDb\": \\[.*?\\]", "\"powerBudgetsDb\": [8, 12]")
                .replace("\"trials\": 10000", "\"trials\": 3000");
        assertNotEquals(shipped, small);
        assertTrue(small.contains("[8, 12]") && small.contains("3000"), small);
        return small;
    }

    /** Fig. 2(b) as shipped, over 24 random fading drops instead of the fixed one (three blocks of drops a point). */
    static String drops() throws IOException {
        String shipped = Files.readString(Path.of(System.getProperty("isac.scenarios"), "comp-isac", "fig2b.json"));
        String fading = shipped.replace("\"channel\": \"pathloss\"", "\"channel\": \"fading\", \"drops\": 24");
        assertNotEquals(shipped, fading);
        return fading;
    }

    private static List<String> processors(int count) {
        return List.of("-XX:ActiveProcessorCount=" + count);
    }

    private JarProcess.Result run(int processors, String... args) throws IOException, InterruptedException {
        return JarProcess.run(folder, folder, processors(processors), args);
    }

    private void succeeds(JarProcess.Result result) {
        assertEquals(0, result.status(), result.err());
    }

    @Test
    void oneThreadTwoThreadsAndFourMergedShardsWriteTheSameCsvs() throws Exception {
        Files.writeString(folder.resolve("network.json"), NETWORK);
        Files.writeString(folder.resolve("detection.json"), detection());
        Files.writeString(folder.resolve("drops.json"), drops());
        for (String scenario : List.of("network", "detection", "drops")) {
            succeeds(run(1, "-c", "isac:run " + scenario + ".json one"));
            succeeds(run(2, "-c", "isac:run " + scenario + ".json two"));
            List<String> parts = new ArrayList<>();
            for (int shard = 0; shard < 4; shard++) {
                JarProcess.Result part = run(2, "-c", "isac:run " + scenario + ".json shards shard=" + shard + "/4");
                succeeds(part);
                assertEquals("shards/" + scenario + ".part-" + shard + "-of-4.json", part.out().strip());
                parts.add(part.out().strip());
            }
            assertFalse(Files.exists(folder.resolve("shards").resolve(scenario + ".csv")),
                    "a shard writes its part only");
            succeeds(run(2, "-c", "isac:merge merged " + String.join(" ", parts)));
            for (String copy : List.of("two", "merged")) {
                assertSameCsvs(folder.resolve("one"), folder.resolve(copy), scenario);
            }
            assertFalse(Files.exists(folder.resolve("one").resolve(scenario + ".journal")),
                    "a completed run removes its journal");
        }
    }

    @Test
    void aRunKilledHalfWayResumesToTheSameCsv() throws Exception {
        // 320 realizations a point: 20 blocks of 16, several seconds of work
        Files.writeString(folder.resolve("network.json"), NETWORK.replace("\"realizations\": 48",
                "\"realizations\": 320"));
        succeeds(run(2, "-c", "isac:run network.json whole"));
        Path journal = folder.resolve("cut").resolve("network.journal");
        Process process = new ProcessBuilder(JarProcess.command(folder, processors(2), "-c",
                "isac:run network.json cut")).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // killed once the journal holds a header and eight blocks, fewer than the run's forty
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JarProcess.TIMEOUT_SECONDS);
        while (lines(journal) < 9 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the run ended before it could be killed");
        process.destroyForcibly(); // SIGKILL
        process.waitFor();
        long kept = lines(journal) - 1;
        assertTrue(kept >= 8 && kept < 40, "blocks kept: " + kept);
        JarProcess.Result resumed = run(2, "-c", "isac:run network.json cut resume=true");
        succeeds(resumed);
        assertTrue(resumed.err().contains("network: resuming with the " + kept + " blocks the interrupted run "
                + "finished"), resumed.err());
        assertSameCsvs(folder.resolve("whole"), folder.resolve("cut"), "network");
        assertFalse(Files.exists(journal), "a resumed run that completes removes its journal");
    }

    @Test
    void mergeRefusesPartsThatDoNotMakeOneRun() throws Exception {
        Files.writeString(folder.resolve("network.json"), NETWORK);
        Files.createDirectory(folder.resolve("other"));
        Files.writeString(folder.resolve("other").resolve("network.json"), NETWORK.replace("\"seed\": 5",
                "\"seed\": 6"));
        for (int shard = 0; shard < 2; shard++) {
            succeeds(run(2, "-c", "isac:run network.json parts shard=" + shard + "/2"));
        }
        succeeds(run(2, "-c", "isac:run other/network.json foreign shard=1/2"));
        refused("isac:merge merged parts/network.part-0-of-2.json", "missing", "shard 1 of 2");
        refused("isac:merge merged parts/network.part-0-of-2.json parts/network.part-0-of-2.json", "given twice",
                "shard 0 of 2");
        refused("isac:merge merged parts/network.part-0-of-2.json foreign/network.part-1-of-2.json",
                "not parts of one run", "scenario file");
    }

    /**
     * {@code isac:sbatch} writes a script that submits the shards and their merge; run here against a stand-in
     * {@code sbatch} that runs each job script it is given (an array's tasks one after another, with
     * {@code SLURM_ARRAY_TASK_ID} set) and prints a job id, it writes the CSVs of a plain run.
     */
    @Test
    void theSbatchScriptRunsTheShardsAndTheirMerge() throws Exception {
        Files.writeString(folder.resolve("network.json"), NETWORK);
        succeeds(run(2, "-c", "isac:run network.json plain"));
        JarProcess.Result written = run(2, "-c", "isac:sbatch network.json shards=3 results=slurm cpus=2 "
                + "time=0:30:00");
        succeeds(written);
        Path script = folder.resolve("slurm").resolve("network.slurm.sh").toAbsolutePath();
        assertEquals(script.toString(), written.out().lines().findFirst().orElse(""));
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path sbatch = bin.resolve("sbatch");
        Files.writeString(sbatch, """
                #!/bin/bash
                # stands in for Slurm's sbatch: runs the job script from standard input here, prints a job id
                set -euo pipefail
                job=$(mktemp)
                cat > "$job"
                echo "$@" >> "$(dirname "$0")/calls"
                array=$(sed -n 's/^#SBATCH --array=//p' "$job")
                if [ -n "$array" ]; then
                  for task in $(seq "${array%-*}" "${array#*-}"); do SLURM_ARRAY_TASK_ID=$task bash "$job" >&2; done
                else
                  bash "$job" >&2
                fi
                echo "$RANDOM"
                """);
        assertTrue(sbatch.toFile().setExecutable(true));
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("slurm.out").toFile());
        builder.environment().put("PATH", bin.toAbsolutePath() + ":" + System.getenv("PATH"));
        builder.environment().put("ISAC_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process slurm = builder.start();
        assertTrue(slurm.waitFor(5 * JarProcess.TIMEOUT_SECONDS, TimeUnit.SECONDS), "the jobs did not end");
        String out = Files.readString(folder.resolve("slurm.out"));
        assertEquals(0, slurm.exitValue(), out);
        assertTrue(out.contains("submitted: shards job"), out);
        List<String> calls = Files.readAllLines(bin.resolve("calls"));
        assertEquals(2, calls.size(), "one array and one merge: " + calls);
        assertTrue(calls.get(1).startsWith("--parsable --dependency=afterok:"), calls.get(1));
        assertSameCsvs(folder.resolve("plain"), folder.resolve("slurm"), "network");
    }

    /** A refused merge: status not 0, one line naming the problem, and no results folder created. */
    private void refused(String merge, String... words) throws Exception {
        JarProcess.Result result = run(2, "-c", merge);
        assertNotEquals(0, result.status(), merge);
        List<String> errors = result.err().lines().filter(line -> line.startsWith("isac-workbench:")).toList();
        assertEquals(1, errors.size(), result.err());
        for (String word : words) {
            assertTrue(errors.get(0).contains(word), "'" + word + "' in: " + errors.get(0));
        }
        assertFalse(Files.exists(folder.resolve("merged")), "a refused merge creates nothing");
    }

    private static void assertSameCsvs(Path expected, Path actual, String name) throws IOException {
        List<Path> csvs;
        try (Stream<Path> files = Files.list(expected)) {
            csvs = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.contains(expected.resolve(name + ".csv")), "the run wrote its CSV: " + csvs);
        for (Path csv : csvs) {
            Path other = actual.resolve(csv.getFileName());
            assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(other), csv + " vs " + other);
        }
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        // a line is counted once written whole
        return Files.readString(file, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }
}
