package org.isac.workbench.registry.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.felix.cm.PersistenceManager;
import org.apache.felix.cm.file.FilePersistenceManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Config Admin's store of the workspace, safe against a kill at any moment: Felix's file store deletes a
 * configuration's file before it renames the new one into place, so a {@code kill -9} in between lost every
 * stored selection. This store writes the file with Felix's own format into a staging folder beside the store,
 * then renames it over the old one in one atomic step, so the store always holds the old or the new file.
 * The launcher selects it with the framework property {@code felix.cm.pm=}{@value #NAME}.
 */
@Component(service = PersistenceManager.class,
        property = PersistenceManager.PROPERTY_NAME + "=" + AtomicPersistenceManager.NAME)
public final class AtomicPersistenceManager implements PersistenceManager {

    /** The name Config Admin is told to use. */
    public static final String NAME = "isac-atomic";

    private final Path location;
    private final Path staging;
    private final FilePersistenceManager store;
    private final FilePersistenceManager stage;

    @Activate
    public AtomicPersistenceManager(BundleContext context) throws IOException {
        String folder = context.getProperty("felix.cm.dir");
        location = Path.of(folder == null ? FilePersistenceManager.DEFAULT_CONFIG_DIR : folder).toAbsolutePath();
        staging = location.resolveSibling(location.getFileName() + ".staging");
        Files.createDirectories(location);
        Files.createDirectories(staging);
        store = new FilePersistenceManager(location.toString());
        stage = new FilePersistenceManager(staging.toString());
    }

    @Override
    public boolean exists(String pid) {
        return store.exists(pid);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Dictionary load(String pid) throws IOException {
        return store.load(pid);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Enumeration getDictionaries() throws IOException {
        return store.getDictionaries();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public synchronized void store(String pid, Dictionary properties) throws IOException {
        clear(staging);
        stage.store(pid, properties);
        List<Path> staged;
        try (Stream<Path> files = Files.walk(staging)) {
            staged = files.filter(Files::isRegularFile).toList();
        }
        if (staged.size() != 1) {
            throw new IOException(pid + ": staging the configuration gave " + staged.size() + " files");
        }
        Path target = location.resolve(staging.relativize(staged.get(0)));
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.get(0), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.get(0), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public synchronized void delete(String pid) {
        store.delete(pid);
    }

    /** Empties the staging folder (of a store interrupted by a kill, too). */
    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }
}
