package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path results;

    @Test
    void everyRunGetsAnEmptyFolderOfItsOwn() throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 13, 30, 5);
        Path first = RunFolder.create(results.resolve("network-sg"), "fig04", start);
        Files.writeString(first.resolve("fig04.csv"), "kept");
        Path second = RunFolder.create(results.resolve("network-sg"), "fig04", start);
        Path third = RunFolder.create(results.resolve("network-sg"), "fig04", start.plusSeconds(1));
        assertEquals(results.resolve("network-sg/fig04-20261201-133005"), first);
        assertEquals(results.resolve("network-sg/fig04-20261201-133005-2"), second);
        assertEquals(results.resolve("network-sg/fig04-20261201-133006"), third);
        assertTrue(Files.isDirectory(second) && Files.isDirectory(third));
        assertEquals("kept", Files.readString(first.resolve("fig04.csv")));
    }
}
