package org.isac.workbench.ui.internal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scenarios the tree shows: every {@code .json} file below the scenarios folder, grouped by the folder
 * holding it, and the files the user opened from elsewhere.
 */
public final class ScenarioCatalog {

    /** The group of the files opened from outside the scenarios folder. */
    public static final String OPENED = "opened files";

    private final Path folder;
    private final Set<Path> opened = new LinkedHashSet<>();

    /** @param folder the scenarios folder (it may be missing) */
    public ScenarioCatalog(Path folder) {
        this.folder = folder;
    }

    /** @return the scenarios folder */
    public Path folder() {
        return folder;
    }

    /** @param file a scenario file the user opened; listed under {@value #OPENED} unless below the folder */
    public void open(Path file) {
        if (!file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
            opened.add(file);
        }
    }

    /**
     * @return the groups, by folder name relative to the scenarios folder (sorted), then the opened files
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public Map<String, List<Path>> groups() {
        Map<String, List<Path>> groups = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                        .forEach(p -> groups.computeIfAbsent(group(p), g -> new ArrayList<>()).add(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, List<Path>> result = new java.util.LinkedHashMap<>(groups);
        if (!opened.isEmpty()) {
            result.put(OPENED, List.copyOf(opened));
        }
        return result;
    }

    private String group(Path file) {
        Path relative = folder.relativize(file.getParent());
        return relative.toString().isEmpty() ? "." : relative.toString().replace('\\', '/');
    }
}
