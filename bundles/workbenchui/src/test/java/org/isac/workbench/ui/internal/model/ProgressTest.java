package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void fractionRateAndTimeLeft() {
        Progress p = new Progress(120, 400, 35.2);
        assertEquals(0.3, p.fraction(), 1e-15);
        assertEquals(280 / 35.2, p.secondsLeft(), 1e-12);
        assertEquals("120/400 (30 %), 35.2/s, ETA 8 s", p.describe());
        assertEquals("waiting", new Progress(0, 0, 0).describe());
        assertTrue(Double.isNaN(new Progress(0, 10, 0).secondsLeft()), "no rate yet, no ETA");
        assertEquals("0/10 (0 %), 0/s, ETA ?", new Progress(0, 10, 0).describe());
    }

    @Test
    void durationsAndRatesReadLikeAHumanWouldSayThem() {
        assertEquals("8 s", Progress.duration(7.6));
        assertEquals("3 min 05 s", Progress.duration(185));
        assertEquals("2 h 07 min", Progress.duration(2 * 3600 + 7 * 60 + 59));
        assertEquals("?", Progress.duration(Double.NaN));
        assertEquals("18000", Progress.rate(17_999.6));
        assertEquals("0.125", Progress.rate(0.125));
        assertEquals("35.2", Progress.rate(35.24));
    }
}
