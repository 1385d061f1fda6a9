package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.isac.workbench.experiment.Figure;
import org.junit.jupiter.api.Test;

/** Runs execute one at a time, in order; cancelling and failing leave the queue working. */
class RunQueueTest {

    @Test
    void runsOneAtATimeInOrderAndKeepsProgressFigureAndFiles() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Figure partial = new Figure("t", "x", "y", false, false, List.of());
        try (RunQueue queue = new RunQueue()) {
            RunQueue.Run first = queue.submit("first", (listener, cancelled) -> {
                events.add("first starts");
                listener.progress(1, 4, 2.0);
                listener.figure(partial);
                releaseFirst.await();
                events.add("first ends");
                return List.of(Path.of("a.csv"));
            });
            RunQueue.Run second = queue.submit("second", (listener, cancelled) -> {
                events.add("second starts");
                return List.of();
            });
            assertEquals(RunQueue.State.QUEUED, second.state(), "the second waits for the first");
            releaseFirst.countDown();
            second.awaitEnd();
            assertEquals(List.of("first starts", "first ends", "second starts"), events);
            assertEquals(RunQueue.State.DONE, first.state());
            assertEquals(new Progress(1, 4, 2.0), first.progress());
            assertSame(partial, first.figure());
            assertEquals(List.of(Path.of("a.csv")), first.files());
            assertEquals(List.of(first, second), queue.runs());
            assertTrue(first.id() < second.id());
        }
    }

    @Test
    void cancellingAQueuedRunSkipsItAndARunningOneStopsAtItsNextPoll() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<RunQueue.State> seen = Collections.synchronizedList(new ArrayList<>());
        try (RunQueue queue = new RunQueue()) {
            queue.addListener(run -> seen.add(run.state()));
            RunQueue.Run running = queue.submit("long", (listener, cancelled) -> {
                started.countDown();
                while (!cancelled.getAsBoolean()) {
                    Thread.onSpinWait();
                }
                return List.of(Path.of("partial.csv"));
            });
            boolean[] ran = {false};
            RunQueue.Run queued = queue.submit("never", (listener, cancelled) -> {
                ran[0] = true;
                return List.of();
            });
            started.await();
            queue.cancel(queued);
            assertEquals(RunQueue.State.CANCELLED, queued.state());
            queue.cancel(running);
            running.awaitEnd();
            queued.awaitEnd();
            assertEquals(RunQueue.State.CANCELLED, running.state());
            assertEquals(List.of(Path.of("partial.csv")), running.files(), "a cancelled run keeps what it wrote");
            RunQueue.Run after = queue.submit("after", (listener, cancelled) -> List.of());
            after.awaitEnd();
            assertFalse(ran[0], "a run cancelled while queued never starts");
            assertEquals(RunQueue.State.DONE, after.state());
            assertTrue(seen.contains(RunQueue.State.RUNNING) && seen.contains(RunQueue.State.CANCELLED), seen.toString());
        }
    }

    @Test
    void aFailingRunReportsItsMessageAndTheNextRunStillRuns() throws Exception {
        try (RunQueue queue = new RunQueue()) {
            RunQueue.Run failing = queue.submit("bad", (listener, cancelled) -> {
                throw new IllegalArgumentException("realizations: must be an integer, got 1.5");
            });
            RunQueue.Run next = queue.submit("good", (listener, cancelled) -> List.of());
            next.awaitEnd();
            failing.awaitEnd();
            assertEquals(RunQueue.State.FAILED, failing.state());
            assertEquals("realizations: must be an integer, got 1.5", failing.error());
            assertEquals(RunQueue.State.DONE, next.state());
        }
    }
}
