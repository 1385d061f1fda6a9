package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hazelcast cluster of three workbenches on loopback (three JVMs of one thread each): two members serving, a third
 * starting runs with {@code cluster=true}. Its CSVs are those of a one-thread run on one machine, byte for byte, for
 * a small physical network and Fig. 2(a), and also when a member is killed mid-run and another joins, or when a
 * member with other providers refuses.
 */
class ClusterRunsIT {

    /** A small physical network, as in DistributedRunsIT, with 160 realizations a point: 20 blocks of 16. */
    private static final String NETWORK = """
            {"kind": "network-sg", "title": "small physical run", "quantity": ["comm-rate", "radar-rate"],
             "base": {"M": 8, "K": 2, "J": 2, "Lc": 2, "Ls": 2},
             "x": {"key": "cs", "values": [40, 80]}, "mode": "physical", "realizations": 160, "seed": 5}
            """;
    /** Ports of this test's cluster, away from Hazelcast's default 5701. */
    private static final int PORT = 5761;
    private static final Pattern BLOCKS = Pattern.compile("took part in the run of \\S+: (\\d+) blocks");

    @TempDir
    Path folder;
    private final List<Process> members = new ArrayList<>();

    @AfterEach
    void stopMembers() throws InterruptedException {
        for (Process member : members) {
            member.destroyForcibly();
            member.waitFor();
        }
    }

    /**
     * @return a member's folder, with the cluster's configuration in its plugins; each member has a port of its own
     *         (a: the first, b and d: the second, the coordinator: the third), so that none depends on Hazelcast
     *         finding the next free port while another member is starting
     */
    private Path memberFolder(String name) throws IOException {
        int port = PORT + switch (name) {
            case "b", "d" -> 1;
            case "coordinator" -> 2;
            default -> 0;
        };
        Path member = Files.createDirectories(folder.resolve(name));
        Files.createDirectories(member.resolve("plugins"));
        Files.writeString(member.resolve("plugins").resolve("org.isac.workbench.cluster.cfg"), "name=it-cluster\n"
                + "members=127.0.0.1:" + PORT + ",127.0.0.1:" + (PORT + 1) + ",127.0.0.1:" + (PORT + 2) + "\n"
                + "port=" + port + "\n");
        return member;
    }

    /** Starts a serving member and waits until it is in the cluster. */
    private Process serve(String name, String before) throws Exception {
        Path member = memberFolder(name);
        Path log = member.resolve("serve.log");
        Process process = new ProcessBuilder(JarProcess.command(member, List.of("-XX:ActiveProcessorCount=1"), "-c",
                before + "isac:cluster serve")).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        members.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JarProcess.TIMEOUT_SECONDS);
        while (!read(log).contains("isac:cluster: serving as") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(process.isAlive() && read(log).contains("serving as"), name + " did not join: " + read(log));
        return process;
    }

    /** Runs the coordinator (one thread) to its end. */
    private JarProcess.Result coordinate(String command) throws Exception {
        Path coordinator = Files.isDirectory(folder.resolve("coordinator")) ? folder.resolve("coordinator")
                : memberFolder("coordinator");
        return JarProcess.run(coordinator, folder, List.of("-XX:ActiveProcessorCount=1"), "-c", command);
    }

    @Test
    void threeMembersWriteTheCsvsOfOneThreadEvenWhenOneIsKilledAndOneJoins() throws Exception {
        Files.writeString(folder.resolve("network.json"), NETWORK);
        Files.writeString(folder.resolve("detection.json"), DistributedRunsIT.detection());
        Path plain = Files.createDirectories(folder.resolve("plain"));
        for (String scenario : List.of("network", "detection")) {
            JarProcess.Result one = JarProcess.run(plain, folder, List.of("-XX:ActiveProcessorCount=1"), "-c",
                    "isac:run " + scenario + ".json one");
            assertEquals(0, one.status(), one.err());
        }
        Process a = serve("a", "");
        Process b = serve("b", "");
        for (String scenario : List.of("network", "detection")) {
            JarProcess.Result run = coordinate("isac:run " + scenario + ".json clustered cluster=true");
            assertEquals(0, run.status(), run.err());
            assertSameCsv(scenario, "clustered");
        }
        // a point of isac:simulate travels as the one-point scenario it is
        String point = "isac:simulate radar-rate M=8 K=2 J=2 Lc=2 Ls=2 realizations=96 threads=1";
        JarProcess.Result alone = JarProcess.run(plain, folder, List.of("-XX:ActiveProcessorCount=1"), "-c", point);
        JarProcess.Result spread = coordinate(point + " cluster=true");
        assertEquals(0, spread.status(), spread.err());
        assertEquals(alone.out(), spread.out());
        assertTrue(alone.out().startsWith("radar-rate,") && alone.out().strip().endsWith(",96"), alone.out());
        assertTrue(blocks(folder.resolve("a")) > 0 && blocks(folder.resolve("b")) > 0, "both members computed blocks: "
                + read(folder.resolve("a").resolve("serve.log")) + read(folder.resolve("b").resolve("serve.log")));

        // a longer run (M = 16: 60 blocks of a few tenths of a second): member b is killed once it is under way,
        // and member d joins
        Files.writeString(folder.resolve("longer.json"), NETWORK.replace("\"M\": 8, \"K\": 2", "\"M\": 16, \"K\": 4")
                .replace("\"realizations\": 160", "\"realizations\": 480"));
        JarProcess.Result reference = JarProcess.run(plain, folder, List.of("-XX:ActiveProcessorCount=1"), "-c",
                "isac:run longer.json one");
        assertEquals(0, reference.status(), reference.err());
        Path coordinator = folder.resolve("coordinator");
        Process run = new ProcessBuilder(JarProcess.command(coordinator, List.of("-XX:ActiveProcessorCount=1"),
                "-c", "isac:run longer.json survived cluster=true")).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("survived.log").toFile()).start();
        Path journal = folder.resolve("survived").resolve("longer.journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JarProcess.TIMEOUT_SECONDS);
        while (lines(journal) < 5 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(run.isAlive(), "the run ended before a member could be killed: " + read(folder.resolve("survived.log")));
        b.destroyForcibly(); // SIGKILL
        b.waitFor();
        serve("d", "");
        assertTrue(run.waitFor(5 * JarProcess.TIMEOUT_SECONDS, TimeUnit.SECONDS), "the run did not end");
        String log = read(folder.resolve("survived.log"));
        assertEquals(0, run.exitValue(), log);
        assertSameCsv("longer", "survived");
        assertTrue(a.isAlive());
        // the member that joined mid-run says what it computed once the run is withdrawn
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JarProcess.TIMEOUT_SECONDS);
        while (!BLOCKS.matcher(read(folder.resolve("d").resolve("serve.log"))).find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(blocks(folder.resolve("d")) > 0, "the member that joined took blocks: "
                + read(folder.resolve("d").resolve("serve.log")));
    }

    @Test
    void aMemberWithOtherProvidersRefusesNamingThemAndTheRunGoesOn() throws Exception {
        Files.writeString(folder.resolve("network.json"), NETWORK.replace("\"realizations\": 160",
                "\"realizations\": 32"));
        Path plain = Files.createDirectories(folder.resolve("plain"));
        JarProcess.Result one = JarProcess.run(plain, folder, List.of("-XX:ActiveProcessorCount=1"), "-c",
                "isac:run network.json one");
        assertEquals(0, one.status(), one.err());
        serve("mrt", "isac:use beamformer mrt; ");
        JarProcess.Result run = coordinate("isac:run network.json refused cluster=true");
        assertEquals(0, run.status(), run.err());
        String warning = run.err().lines().filter(l -> l.contains("refuses the run")).findFirst().orElse("");
        assertTrue(warning.startsWith("isac-workbench: warning: cluster member 127.0.0.1:")
                && warning.contains("beamformer: zf") && warning.contains("vs mrt"), run.err());
        assertSameCsv("network", "refused");
    }

    private void assertSameCsv(String scenario, String results) throws IOException {
        Path expected = folder.resolve("one").resolve(scenario + ".csv");
        Path actual = folder.resolve(results).resolve(scenario + ".csv");
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), expected + " vs " + actual);
    }

    /** @return the blocks a serving member says it computed, over its runs */
    private static long blocks(Path member) throws IOException {
        Matcher m = BLOCKS.matcher(read(member.resolve("serve.log")));
        long blocks = 0;
        while (m.find()) {
            blocks += Long.parseLong(m.group(1));
        }
        return blocks;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static long lines(Path file) throws IOException {
        return read(file).chars().filter(c -> c == '\n').count();
    }
}
