package org.isac.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files finished blocks live in between processes: the resume journal and the shards' parts. A block read back
 * must be the block written, bit for bit, and blocks of another run must be refused with the reason.
 */
class BlockFilesTest {

    private static final RunIdentity RUN = identity("{\"kind\": \"network-sg\"}",
            Map.of("fading", "rayleigh (org.isac.workbench.channel 1.0.0) {}"));

    /** @return a run of this scenario text, with the text's true SHA-256 */
    private static RunIdentity identity(String text, Map<String, String> providers) {
        try {
            return new RunIdentity("scenarios/x.json", text, java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))),
                    providers);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @TempDir
    Path folder;

    /** Statistics whose three numbers have no short decimal form. */
    private static RunningStatistics[] awkward(long seed) {
        RunningStatistics first = new RunningStatistics();
        RunningStatistics second = new RunningStatistics();
        for (int i = 1; i <= 7; i++) {
            first.add(Math.PI * i / (seed + 3));
            second.add(Math.exp(-i * seed / 7.0));
        }
        return new RunningStatistics[] {first, second};
    }

    private static Block block(long index) {
        return new Block("point 2", index, 16 * index, 16);
    }

    private static void assertSameBits(RunningStatistics[] expected, RunningStatistics[] actual) {
        assertEquals(expected.length, actual.length);
        for (int s = 0; s < expected.length; s++) {
            assertEquals(expected[s].count(), actual[s].count());
            assertEquals(Double.doubleToRawLongBits(expected[s].mean()), Double.doubleToRawLongBits(actual[s].mean()));
            assertEquals(Double.doubleToRawLongBits(expected[s].sumOfSquaredDeviations()),
                    Double.doubleToRawLongBits(actual[s].sumOfSquaredDeviations()));
        }
    }

    @Test
    void aJournalIsWrittenFromItsFirstBlockAndResumesItsBlocksBitForBit() throws Exception {
        Path file = BlockJournal.fileOf(folder, "x");
        BlockJournal journal = BlockJournal.start(file, RUN);
        assertFalse(Files.exists(file), "no file before the first block: a run refused at its checks leaves none");
        journal.put(block(0), awkward(1));
        journal.put(block(1), awkward(2));
        journal.close();
        // a kill in the middle of a line leaves it torn
        Files.writeString(file, "{\"task\": \"point 2\", \"ind", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        BlockJournal resumed = BlockJournal.resume(file, RUN);
        assertEquals(2, resumed.resumed());
        assertSameBits(awkward(1), resumed.find(block(0)));
        assertSameBits(awkward(2), resumed.find(block(1)));
        assertNull(resumed.find(block(2)));
        resumed.put(block(2), awkward(3));
        resumed.close();
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), "header and three blocks, the torn line gone: " + lines);
        assertEquals(3, BlockJournal.resume(file, RUN).resumed());
        resumed.finish(true);
        assertFalse(Files.exists(file), "a completed run removes its journal");
    }

    @Test
    void aJournalOfAnotherRunIsRefusedWithWhatDiffers() throws Exception {
        Path file = BlockJournal.fileOf(folder, "x");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> BlockJournal.resume(file, RUN));
        assertTrue(none.getMessage().startsWith("resume: no interrupted run"), none.getMessage());
        BlockJournal journal = BlockJournal.start(file, RUN);
        journal.put(block(0), awkward(1));
        journal.close();
        RunIdentity nakagami = identity(RUN.text(), Map.of("fading", "nakagami (org.isac.workbench.channel 1.0.0) {m=2}"));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> BlockJournal.resume(file, nakagami));
        assertTrue(other.getMessage().contains("fading: rayleigh") && other.getMessage().contains("nakagami"),
                other.getMessage());
        RunIdentity edited = identity(RUN.text() + " ", RUN.providers());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BlockJournal.resume(file, edited)).getMessage()
                .contains("the scenario file"));
    }

    @Test
    void partsMergeBitForBitAndRefuseDoubledMissingAndForeignBlocks() throws Exception {
        BlockRecords zero = new BlockRecords();
        zero.put(block(0), awkward(1));
        zero.put(block(2), awkward(3));
        BlockRecords one = new BlockRecords();
        one.put(block(1), awkward(2));
        Path first = ShardParts.write(ShardParts.fileOf(folder, "x", 0, 2), RUN, 0, 2, zero);
        Path second = ShardParts.write(ShardParts.fileOf(folder, "x", 1, 2), RUN, 1, 2, one);
        ShardParts parts = ShardParts.read(List.of(first, second));
        for (int b = 0; b < 3; b++) {
            assertSameBits(awkward(b + 1), parts.find(block(b)));
        }
        assertNull(parts.find(block(3)));
        int owner = org.isac.workbench.numerics.montecarlo.BlockPlan.shardOf(block(3), 2);
        assertEquals(": it is shard " + owner + " of 2's, but " + (owner == 0 ? first : second)
                + " does not hold it", parts.whereIs(block(3)));

        BlockRecords doubled = new BlockRecords();
        doubled.put(block(2), awkward(3));
        Path third = ShardParts.write(folder.resolve("doubled.json"), RUN, 1, 2, doubled);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ShardParts.read(List.of(first, third)));
        assertTrue(twice.getMessage().contains("block 2 of point 2 is doubled"), twice.getMessage());

        RunIdentity otherScenario = identity("{}", RUN.providers());
        Path foreign = ShardParts.write(folder.resolve("foreign.json"), otherScenario, 1, 2, one);
        IllegalArgumentException notOneRun = assertThrows(IllegalArgumentException.class,
                () -> ShardParts.read(List.of(first, foreign)));
        assertTrue(notOneRun.getMessage().contains("not parts of one run"), notOneRun.getMessage());

        Path ofThree = ShardParts.write(folder.resolve("three.json"), RUN, 1, 3, one);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShardParts.read(List.of(first, ofThree)))
                .getMessage().contains("not shards of one run"));
    }
}
