package org.isac.workbench.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The feature archives packed into the launcher: {@code features/<artifact>/feature.properties} and
 * {@code features/<artifact>/bundles/*.jar}, read from the launcher jar (or its classes folder in a
 * development build).
 */
final class FeatureCatalog {

    /** One feature and its bundle jars. */
    record Feature(String name, String version, String description, List<Path> bundles) {
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
                features.add(new Feature(descriptor.getProperty("feature.name"),
                        descriptor.getProperty("feature.version"), descriptor.getProperty("feature.description"),
                        bundles));
            }
        }
        return features;
    }
}
