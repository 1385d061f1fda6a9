package org.isac.workbench.plotting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export works headless (CI has no display) and produces non-blank figures of the requested size. */
class JFreeChartServiceTest {

    @TempDir
    Path folder;

    private static Figure figure() {
        double[] x = {0, 5, 10, 15, 20};
        double[] theory = {0.1, 0.3, 0.6, 0.85, 0.97};
        double[] mc = {0.11, 0.29, 0.61, 0.84, 0.97};
        double[] lo = new double[5];
        double[] hi = new double[5];
        for (int i = 0; i < 5; i++) {
            lo[i] = mc[i] - 0.02;
            hi[i] = mc[i] + 0.02;
        }
        return new Figure("P_D vs P_th", "P_th [dB]", "P_D", false, false,
                List.of(Series.line("theory", x, theory), new Series("Monte Carlo (95 % CI)", x, mc, lo, hi)));
    }

    @Test
    void exportsPngSvgAndPdf() throws Exception {
        System.setProperty("java.awt.headless", "true");
        JFreeChartService charts = new JFreeChartService();
        Path png = folder.resolve("f.png");
        charts.export(figure(), png, ChartService.Format.PNG, 640, 480);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        long distinct = java.util.Arrays.stream(image.getRGB(0, 0, 640, 480, null, 0, 640)).distinct().count();
        assertTrue(distinct > 10, "a drawn chart has many colours, got " + distinct);

        Path svg = folder.resolve("f.svg");
        charts.export(figure(), svg, ChartService.Format.SVG, 640, 480);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("width='640.0' height='480.0'") && text.contains("Monte Carlo (95 % CI)"));

        Path pdf = folder.resolve("f.pdf");
        charts.export(figure(), pdf, ChartService.Format.PDF, 640, 480);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void seriesOfDifferentLengthsAreRejected() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Series.line("bad", new double[2], new double[3]));
        assertEquals("series 'bad': x, y and the interval bounds differ in length", e.getMessage());
    }
}
