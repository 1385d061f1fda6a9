package org.isac.workbench.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive use of a workspace by one workbench: two on one workspace would overwrite each other's stored
 * configuration. An operating-system file lock, so that a killed workbench releases it.
 */
final class WorkspaceLock implements AutoCloseable {

    /** The lock file inside the workspace. */
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param workspace an existing workspace folder
     * @return the lock, held until closed
     * @throws IllegalStateException naming the workspace when another workbench holds it
     * @throws IOException when the lock file cannot be written
     */
    static WorkspaceLock acquire(Path workspace) throws IOException {
        FileChannel channel = FileChannel.open(workspace.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("workspace " + workspace.toAbsolutePath() + " is in use by another "
                    + "workbench; give each workbench its own --workspace");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return new WorkspaceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
