package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShellInterruptsTest {

    private final AtomicLong clock = new AtomicLong(10_000);
    private final AtomicInteger cancels = new AtomicInteger();
    private final AtomicInteger quits = new AtomicInteger();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ShellInterrupts interrupts(boolean commandRunning) {
        return new ShellInterrupts(() -> {
            cancels.incrementAndGet();
            return commandRunning;
        }, quits::incrementAndGet, new PrintStream(err, true, StandardCharsets.UTF_8), clock::get);
    }

    @Test
    void theFirstCtrlCCancelsASecondWithinOneSecondQuits() {
        ShellInterrupts shell = interrupts(true);
        shell.interrupted();
        assertEquals(1, cancels.get());
        assertEquals(0, quits.get());
        clock.addAndGet(ShellInterrupts.QUIT_WINDOW_MILLIS);
        shell.interrupted();
        assertEquals(1, cancels.get(), "the second one quits instead of cancelling again");
        assertEquals(1, quits.get());
        assertEquals("^C: cancelling the running command (Ctrl-C again within 1 s quits)\n^C again: quitting\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ctrlCsFurtherApartEachCancel() {
        ShellInterrupts shell = interrupts(false);
        shell.interrupted();
        clock.addAndGet(ShellInterrupts.QUIT_WINDOW_MILLIS + 1);
        shell.interrupted();
        assertEquals(2, cancels.get());
        assertEquals(0, quits.get());
        assertEquals("^C: no command is running; Ctrl-C again within 1 s, or 'stop 0', quits\n".repeat(2),
                err.toString(StandardCharsets.UTF_8));
    }
}
