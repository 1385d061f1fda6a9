package org.isac.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    private long files() throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.count();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path file = folder.resolve("result.csv");
        AtomicFile.writeString(file, "complete,old\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half a ne".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("complete,old\n", Files.readString(file));
        assertEquals(1, files(), "the temporary file is removed");
        AtomicFile.writeString(file, "complete,new\n");
        assertEquals("complete,new\n", Files.readString(file));
        assertEquals(1, files());
    }

    @Test
    void aFolderOrDeviceIsNotReplaced() {
        assertEquals(folder + ": not a regular file",
                assertThrows(IOException.class, () -> AtomicFile.writeString(folder, "x")).getMessage());
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws Exception {
        Path input = folder.resolve("in.csv");
        Files.writeString(input, "1,2,3\n");
        assertEquals(input + ": the output is the input " + input + "; name another output file",
                assertThrows(IllegalArgumentException.class, () -> AtomicFile.requireDistinct(input, input))
                        .getMessage());
        AtomicFile.requireDistinct(folder.resolve("out.csv"), input);
    }
}
