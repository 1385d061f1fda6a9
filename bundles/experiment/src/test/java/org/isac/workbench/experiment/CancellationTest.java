package org.isac.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void aRequestReachesTheOpenCancellationsOnlyAsAFlag() {
        try (Cancellation cancellation = Cancellation.open()) {
            assertFalse(cancellation.getAsBoolean());
            assertTrue(Cancellation.cancelRunning(), "one was open");
            assertTrue(cancellation.getAsBoolean());
            assertFalse(Thread.currentThread().isInterrupted(), "a flag, not an interrupt");
        }
        assertFalse(Cancellation.cancelRunning(), "closed: nothing left to cancel");
    }

    @Test
    void anInterruptingOneInterruptsItsThreadAndClosingClearsIt() {
        Cancellation cancellation = Cancellation.openInterrupting();
        assertTrue(Cancellation.cancelRunning());
        assertTrue(Thread.currentThread().isInterrupted(), "the command's thread is interrupted");
        cancellation.close();
        assertFalse(Thread.currentThread().isInterrupted(), "closing clears it, so the shell's thread goes on clean");
        assertFalse(Cancellation.cancelRunning(), "and no interrupt can come after the close");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
