package org.isac.workbench.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The feature archives packed into the launcher: {@code features/<artifact>/feature.properties} and
 * {@code features/<artifact>/bundles/*.jar}, read from the launcher jar (or its classes folder in a
 * development build).
 */
final class FeatureCatalog {

    /** One feature, the features it needs and its bundle jars. */
    record Feature(String name, String version, String description, List<String> requires, List<Path> bundles) {
    }

    /**
     * The features to install: the requested ones and those they need, in catalogue order.
     *
     * @param catalogue every feature
     * @param requested names of features, or empty for all
     * @return the features to install
     * @throws IllegalArgumentException naming an unknown feature and the known ones
     */
    static List<Feature> select(List<Feature> catalogue, List<String> requested) {
        if (requested.isEmpty()) {
            return catalogue;
        }
        Map<String, Feature> byName = new LinkedHashMap<>();
        catalogue.forEach(f -> byName.put(f.name(), f));
        Set<String> wanted = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(requested);
        while (!open.isEmpty()) {
            String name = open.pop();
            Feature feature = byName.get(name);
            if (feature == null) {
                throw new IllegalArgumentException("--features: unknown feature '" + name + "'; known: "
                        + String.join(", ", byName.keySet()));
            }
            if (wanted.add(name)) {
                open.addAll(feature.requires());
            }
        }
        return catalogue.stream().filter(f -> wanted.contains(f.name())).toList();
    }

    private FeatureCatalog() {
    }

    /**
     * Reads the catalogue and hands it to {@code use} while the jar's file system is open.
     *
     * @param use what to do with the features
     */
    static void withFeatures(FeatureUse use) throws IOException {
        Path codeSource;
        try {
            codeSource = Path.of(FeatureCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the launcher: " + e.getMessage(), e);
        }
        if (Files.isDirectory(codeSource)) {
            use.accept(read(codeSource.resolve("features")));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(codeSource, Map.of())) {
                use.accept(read(jar.getPath("/features")));
            }
        }
    }

    /** What {@link #withFeatures} runs. */
    @FunctionalInterface
    interface FeatureUse {
        void accept(List<Feature> features) throws IOException;
    }

    private static List<Feature> read(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the launcher holds no features folder; was it built with 'mvn package'?");
        }
        List<Feature> features = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                Properties descriptor = new Properties();
                try (InputStream in = Files.newInputStream(folder.resolve("feature.properties"))) {
                    descriptor.load(in);
                }
                List<Path> bundles;
                try (Stream<Path> jars = Files.list(folder.resolve("bundles"))) {
                    bundles = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                List<String> requires = Stream.of(descriptor.getProperty("feature.requires", "").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).toList();
                features.add(new Feature(descriptor.getProperty("feature.name"),
                        descriptor.getProperty("feature.version"), descriptor.getProperty("feature.description"),
                        requires, bundles));
            }
        }
        return features;
    }
}
