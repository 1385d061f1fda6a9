package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.AllServiceListener;

/** Helpers of the in-process integration tests: run commands, wait for services to come and go. */
final class WorkbenchFixture {

    /** Long enough for File Install's 1 s poll plus a bundle start on a loaded 2-core machine. */
    static final long EVENT_TIMEOUT_SECONDS = 30;

    private WorkbenchFixture() {
    }

    /** Runs a script and returns its output; fails the test with the error when a command fails. */
    static String run(Workbench workbench, String script) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        List<Workbench.Outcome> outcomes = workbench.execute(script, new PrintStream(sink, true, StandardCharsets.UTF_8));
        Workbench.Outcome last = outcomes.get(outcomes.size() - 1);
        assertTrue(last.ok(), () -> "command '" + last.command() + "' failed: " + last.error());
        return sink.toString(StandardCharsets.UTF_8);
    }

    /** Runs a script expected to fail and returns the error of the failing command. */
    static String fail(Workbench workbench, String script) {
        List<Workbench.Outcome> outcomes = workbench.execute(script, new PrintStream(new ByteArrayOutputStream()));
        Workbench.Outcome last = outcomes.get(outcomes.size() - 1);
        assertTrue(!last.ok(), () -> "command '" + last.command() + "' should have failed");
        return last.error();
    }

    /**
     * Registers a listener for service events of a filter before the action that causes them, runs the
     * action, and waits for the event (no polling, no sleeping).
     */
    static void awaitServiceEvent(BundleContext context, String filter, int eventType, Action action)
            throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        // all class spaces: the test's class path does not share the bundles' API classes
        AllServiceListener listener = event -> {
            if (event.getType() == eventType) {
                latch.countDown();
            }
        };
        context.addServiceListener(listener, filter);
        try {
            action.run();
            if (eventType == ServiceEvent.REGISTERED && present(context, filter)) {
                return;
            }
            assertTrue(latch.await(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS),
                    "no service event " + eventType + " for " + filter + " within " + EVENT_TIMEOUT_SECONDS + " s");
        } finally {
            context.removeServiceListener(listener);
        }
    }

    private static boolean present(BundleContext context, String filter) throws InvalidSyntaxException {
        return context.getAllServiceReferences(null, filter) != null;
    }

    /** Something that may throw. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    static Path examplePlugin() {
        return Path.of(System.getProperty("isac.example.plugin"));
    }
}
