package org.isac.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    /** Collects the lines and counts them down, so a test waits for a line instead of sleeping. */
    private static final class Lines extends PrintStream {
        final ByteArrayOutputStream bytes;
        final CountDownLatch first = new CountDownLatch(1);

        Lines() {
            this(new ByteArrayOutputStream());
        }

        private Lines(ByteArrayOutputStream bytes) {
            super(bytes, true, StandardCharsets.UTF_8);
            this.bytes = bytes;
        }

        @Override
        public void flush() {
            super.flush();
            if (bytes.toString(StandardCharsets.UTF_8).contains("\n")) {
                first.countDown();
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCommandThatEndsBeforeTheFirstLinePrintsNothing() {
        Lines out = new Lines();
        try (ConsoleProgress progress = ConsoleProgress.start(out, "quick", 3_600_000, 3_600_000)) {
            progress.progress(10, 10, 100);
        }
        assertEquals("", out.text());
    }

    @Test
    void aTimerLineBeforeAnyStepThenTheFinalStateAtTheEnd() throws InterruptedException {
        Lines out = new Lines();
        try (ConsoleProgress progress = ConsoleProgress.start(out, "slow", 0, 3_600_000)) {
            assertTrue(out.first.await(30, TimeUnit.SECONDS), "the timer printed a first line");
            progress.progress(3, 10, 1.5);
        }
        String[] lines = out.text().split("\n");
        assertEquals(2, lines.length, out.text());
        assertTrue(lines[0].matches("slow: running, \\d+ s"), lines[0]);
        assertEquals("slow: 3/10 (30 %), 1.50/s, ETA 5 s", lines[1]);
    }
}
