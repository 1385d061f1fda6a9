package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The Swing workbench's run and export path without a display: {@code ui:run} queues a scenario as the Run
 * button does and exports the live figure as the chart pane does; the files must be the right size, hold
 * every series and show a drawing.
 */
class FigureExportIT extends SharedWorkbench {

    /** As the chart pane exports (and the runners write) figures. */
    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;

    private static Path scenario(String folder, String name) {
        return Path.of(System.getProperty("isac.scenarios"), folder, name + ".json");
    }

    @Test
    void fig2bExportsAllThreeSchemes() throws Exception {
        Path results = folder.resolve("fig2b");
        String out = WorkbenchFixture.run(workbench, "ui:run " + scenario("comp-isac", "fig2b") + " " + results);
        assertTrue(out.startsWith("DONE 25/25 (100 %)"), out);
        checkExports(results, "fig2b", List.of("PPA", "EPA", "RPA"), 25);
    }

    @Test
    void networkFigureExportsTheoryLinesAndSimulationMarkers() throws Exception {
        // Fig. 4 with the equivalent-gain simulator and 2000 realizations per point: seconds, not minutes
        String json = Files.readString(scenario("network-sg", "fig04"));
        String small = json.replace("\"mode\": \"physical\"", "\"mode\": \"gamma\"")
                .replace("\"realizations\": 200", "\"realizations\": 2000");
        assertTrue(small.contains("\"gamma\"") && small.contains("2000"), "the scenario's layout changed: " + json);
        Path file = Files.writeString(folder.resolve("fig04.json"), small);
        Path results = folder.resolve("fig04");
        String out = WorkbenchFixture.run(workbench, "ui:run " + file + " " + results);
        // 6 values of Lc x 4 values of K, 2000 realizations each
        assertTrue(out.startsWith("DONE 48000/48000 (100 %)"), out);
        List<String> series = List.of("K = 1, Theorem 1", "K = 8, Theorem 2", "K = 1, simulation (95% CI)",
                "K = 8, simulation (95% CI)");
        Set<String> names = checkExports(results, "fig04", series, 6);
        assertEquals(12, names.size(), "2 analytic lines and 1 simulation per K: " + names);
    }

    /** Checks the PNG, SVG, PDF and CSV of an exported figure; returns the series names of the CSV. */
    private static Set<String> checkExports(Path results, String name, List<String> expectedSeries, int points)
            throws Exception {
        BufferedImage png = ImageIO.read(results.resolve(name + ".figure.png").toFile());
        assertEquals(WIDTH, png.getWidth());
        assertEquals(HEIGHT, png.getHeight());
        int[] pixels = png.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        long distinct = java.util.Arrays.stream(pixels).distinct().count();
        long drawn = java.util.Arrays.stream(pixels).filter(p -> (p & 0xffffff) != 0xffffff).count();
        // axes, labels, legend and curves: thousands of non-white pixels in many colours (anti-aliasing included)
        assertTrue(distinct > 50, "a drawn chart has many colours, got " + distinct);
        assertTrue(drawn > 0.02 * WIDTH * HEIGHT, "at least 2 % of the pixels are drawn, got " + drawn);

        String svg = Files.readString(results.resolve(name + ".figure.svg"));
        assertTrue(svg.contains("width=\"" + WIDTH + "\"") || svg.contains("width='" + WIDTH + ".0'"),
                svg.substring(0, Math.min(300, svg.length())));
        assertTrue(svg.contains("height=\"" + HEIGHT + "\"") || svg.contains("height='" + HEIGHT + ".0'"));
        assertTrue(Files.readString(results.resolve(name + ".figure.pdf"),
                java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        List<String> csv = Files.readAllLines(results.resolve(name + ".figure.csv"));
        assertEquals("series,x,y,ci_low,ci_high", csv.get(0));
        Set<String> names = new LinkedHashSet<>();
        for (String row : csv.subList(1, csv.size())) {
            names.add(row.startsWith("\"") ? row.substring(1, row.indexOf("\",")) : row.substring(0, row.indexOf(',')));
        }
        assertEquals(names.size() * points, csv.size() - 1, "every series has a row per point");
        for (String series : expectedSeries) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(series)), series + " missing from " + names);
        }
        for (String series : names) {
            // the legend of the SVG names every series (XML-escaped)
            assertTrue(svg.contains(series.replace("&", "&amp;")), series + " missing from the SVG legend");
        }
        return names;
    }
}
