package org.isac.workbench.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file so that readers see either the old file or the complete new one, never a torn or empty one:
 * the content goes to a temporary file in the same folder, is forced to the disk (so that I/O errors, a full disk
 * among them, surface here) and is then moved over the target. A failure leaves the old file as it was and removes
 * the temporary one.
 */
public final class AtomicFile {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to write to; it must not be closed
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @param target the file to write (its folder must exist)
     * @param content what to write into it
     * @return the target
     * @throws IOException when the content cannot be written or moved into place; the old file is then intact
     */
    public static Path write(Path target, Content content) throws IOException {
        // a device or a folder is not replaced by a file (as root, a rename over /dev/full would succeed)
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IOException(target + ": not a regular file");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * @param target the file to write
     * @param text its content, UTF-8
     * @return the target
     * @throws IOException when it cannot be written; the old file is then intact
     */
    public static Path writeString(Path target, String text) throws IOException {
        return write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Refuses to write a file over one of the command's inputs.
     *
     * @param output the file to be written
     * @param input a file the command reads
     * @throws IllegalArgumentException naming both when they are the same file
     * @throws IOException when the files cannot be compared
     */
    public static void requireDistinct(Path output, Path input) throws IOException {
        if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
            throw new IllegalArgumentException(output + ": the output is the input " + input
                    + "; name another output file");
        }
    }
}
