package org.isac.workbench.plotting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.annotation.versioning.ProviderType;

/** Renders figures to files (concern {@value #CONCERN}); works without a display. */
@ProviderType
public interface ChartService {

    /** The concern this service serves in the registry. */
    String CONCERN = "chart";
    /** Width of the figures runs write, in pixels (points for PDF). */
    int WIDTH = 800;
    /** Height of the figures runs write, in pixels (points for PDF). */
    int HEIGHT = 560;

    /** Output formats. */
    enum Format {
        /** raster, for a quick look */
        PNG,
        /** vector, for the web and for editing */
        SVG,
        /** vector, for papers */
        PDF
    }

    /**
     * @param figure the figure
     * @param file the file to write (its parent folder must exist)
     * @param format the format
     * @param width width in pixels (points for PDF)
     * @param height height in pixels (points for PDF)
     * @throws IOException when the file cannot be written
     */
    void export(Figure figure, Path file, Format format, int width, int height) throws IOException;

    /**
     * Exports a figure in several formats as {@code folder/name.png}, {@code folder/name.svg}, ...
     *
     * @param figure the figure
     * @param folder an existing folder
     * @param name the file name without extension
     * @param width width in pixels (points for PDF)
     * @param height height in pixels (points for PDF)
     * @param formats the formats
     * @return the files written, in the order of the formats
     * @throws IOException when a file cannot be written
     */
    default List<Path> exportAll(Figure figure, Path folder, String name, int width, int height, Format... formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (Format format : formats) {
            Path file = folder.resolve(name + "." + format.name().toLowerCase(Locale.ROOT));
            export(figure, file, format, width, height);
            written.add(file);
        }
        return written;
    }

    /**
     * The figure files a run writes next to its CSV: {@code folder/name.png} and {@code folder/name.svg} at
     * {@link #WIDTH} × {@link #HEIGHT}.
     *
     * @param figure the figure
     * @param folder an existing folder
     * @param name the file name without extension
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    default List<Path> exportRunFigure(Figure figure, Path folder, String name) throws IOException {
        return exportAll(figure, folder, name, WIDTH, HEIGHT, Format.PNG, Format.SVG);
    }

    /**
     * The figure files of a run with the active chart provider, or none when no chart provider is installed
     * (a headless install without the {@code charts} feature writes its CSV and provenance only).
     *
     * @param registry the provider registry
     * @param figure the figure
     * @param folder an existing folder
     * @param name the file name without extension
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    static List<Path> exportRunFigure(ComponentRegistry registry, Figure figure, Path folder, String name)
            throws IOException {
        if (registry.activeInfo(CONCERN).isEmpty()) {
            return List.of();
        }
        return registry.active(CONCERN, ChartService.class).exportRunFigure(figure, folder, name);
    }
}
