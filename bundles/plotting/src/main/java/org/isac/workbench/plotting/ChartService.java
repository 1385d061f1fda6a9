package org.isac.workbench.plotting;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Renders figures to files (concern {@value #CONCERN}); works without a display. */
@ProviderType
public interface ChartService {

    /** The concern this service serves in the registry. */
    String CONCERN = "chart";

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
}
