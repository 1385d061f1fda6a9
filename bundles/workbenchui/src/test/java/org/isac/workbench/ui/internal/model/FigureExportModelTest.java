package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.experiment.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure's CSV, its dB view, and the hand-over of the latest value to the event thread. */
class FigureExportModelTest {

    @TempDir
    Path folder;

    private static Figure figure() {
        double[] x = {1, 2, 3};
        return new Figure("Fig. 4", "Lc", "sum rate [bit/s/Hz]", false, false, List.of(
                Series.line("K = 1, Theorem 1", x, new double[] {10, 100, 1000}),
                new Series("K = 1, simulation (95% CI)", x, new double[] {10, Double.NaN, 0},
                        new double[] {9, Double.NaN, -1}, new double[] {11, Double.NaN, 1})));
    }

    @Test
    void csvHasOneRowPerPointWithQuotedNamesAndEmptyIntervalsForTheory() throws Exception {
        List<String> lines = Files.readAllLines(FigureCsv.write(figure(), folder.resolve("f.csv")));
        assertEquals(FigureCsv.HEADER, lines.get(0));
        assertEquals(7, lines.size(), "a header and 3 points per series");
        assertEquals("\"K = 1, Theorem 1\",1.000000000,10.00000000,,", lines.get(1));
        assertEquals("\"K = 1, simulation (95% CI)\",2.000000000,NaN,NaN,NaN", lines.get(5));
        assertEquals("\"K = 1, simulation (95% CI)\",1.000000000,10.00000000,9.000000000,11.00000000", lines.get(4));
    }

    @Test
    void decibelViewConvertsValuesAndIntervalsAndRelabelsTheAxis() {
        Figure db = new FigureView(true, true, true).apply(figure());
        assertEquals("sum rate [dB re 1 bit/s/Hz]", db.yLabel());
        assertTrue(db.logX());
        assertTrue(!db.logY(), "dB is logarithmic already");
        Series theory = db.series().get(0);
        assertEquals(List.of(10.0, 20.0, 30.0), List.of(theory.y()[0], theory.y()[1], theory.y()[2]));
        Series simulation = db.series().get(1);
        assertEquals(10 * Math.log10(9), simulation.low()[0], 1e-12);
        assertTrue(Double.isNaN(simulation.y()[2]) && Double.isNaN(simulation.low()[2]), "no dB value for 0 or below");
        assertEquals("probability [dB]", FigureView.decibelLabel("probability"));
        Figure linear = FigureView.of(figure()).apply(figure());
        assertEquals(figure().series().get(0).y()[2], linear.series().get(0).y()[2]);
    }

    @Test
    void onlyTheLatestValueIsHandedOverAndNoneIsLost() {
        List<Runnable> scheduled = new ArrayList<>();
        Executor manual = scheduled::add;
        List<Integer> shown = new ArrayList<>();
        LatestValue<Integer> latest = new LatestValue<>(manual, shown::add);
        latest.offer(1);
        latest.offer(2);
        latest.offer(3);
        assertEquals(1, scheduled.size(), "one hand-over pending at a time");
        scheduled.remove(0).run();
        assertEquals(List.of(3), shown);
        latest.offer(4);
        assertEquals(1, scheduled.size(), "a value after the hand-over schedules another");
        scheduled.remove(0).run();
        assertEquals(List.of(3, 4), shown);
    }
}
