package org.isac.workbench.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The private, throw-away bundle cache of one workbench in the temporary folder (several workbenches may run
 * side by side). Its owner holds a file lock on it while it runs, so that the caches of killed workbenches (about
 * 12 MB each) are recognized and removed when the next workbench starts.
 */
final class BundleCache implements AutoCloseable {

    /** Prefix of the caches' folder names in the temporary folder. */
    static final String PREFIX = "isac-workbench-cache";
    private static final String OWNER = "owner.lock";

    private final Path folder;
    private final FileChannel owner;
    private final FileLock lock;

    private BundleCache(Path folder, FileChannel owner, FileLock lock) {
        this.folder = folder;
        this.owner = owner;
        this.lock = lock;
    }

    /**
     * Removes the caches nobody holds, then creates this workbench's.
     *
     * @param temporary the temporary folder
     * @return the cache, held until closed
     * @throws IOException when it cannot be created
     */
    static BundleCache create(Path temporary) throws IOException {
        removeStale(temporary);
        Path folder = Files.createTempDirectory(temporary, PREFIX);
        FileChannel owner = FileChannel.open(folder.resolve(OWNER), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new BundleCache(folder, owner, owner.lock());
    }

    /** @return the framework's storage, a folder of its own inside the cache (the framework cleans it at start) */
    Path storage() {
        return folder.resolve("felix");
    }

    /** Removes the caches whose owner lock nobody holds (their workbench was killed). */
    static void removeStale(Path temporary) throws IOException {
        List<Path> caches;
        try (Stream<Path> files = Files.list(temporary)) {
            caches = files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .toList();
        }
        for (Path cache : caches) {
            Path ownerFile = cache.resolve(OWNER);
            if (!Files.exists(ownerFile)) {
                continue; // not one of ours, or one being created right now
            }
            try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE)) {
                FileLock held = channel.tryLock();
                if (held == null) {
                    continue; // a running workbench's
                }
                held.release();
            } catch (OverlappingFileLockException inThisProcess) {
                continue;
            } catch (IOException gone) {
                continue;
            }
            delete(cache);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws IOException {
        try (owner) {
            lock.release();
        } finally {
            delete(folder);
        }
    }
}
