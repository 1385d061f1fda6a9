package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceRegistration;
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

    /**
     * Runs a command until its output satisfies a condition, running it again only when the registry reports a
     * change (through a {@code RegistryListener} registered for the wait), for at most
     * {@value #EVENT_TIMEOUT_SECONDS} s. Waiting for the registry itself, not only for the service event that
     * causes a change: listeners of one service event are called in no fixed order.
     *
     * @return the output that satisfied the condition
     */
    static String awaitOutput(Workbench workbench, String command, Predicate<String> done) throws Exception {
        Semaphore changes = new Semaphore(0);
        Bundle registry = Arrays.stream(workbench.context().getBundles())
                .filter(b -> "org.isac.workbench.registry".equals(b.getSymbolicName())).findFirst().orElseThrow();
        // the listener interface of the registry's class space: the test's class path does not share it
        Class<?> type = registry.loadClass("org.isac.workbench.registry.RegistryListener");
        Object listener = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "test registry listener";
                    default -> {
                        changes.release();
                        yield null;
                    }
                });
        ServiceRegistration<?> registration = workbench.context().registerService(type.getName(), listener, null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_TIMEOUT_SECONDS);
            while (true) {
                String output = run(workbench, command);
                if (done.test(output)) {
                    return output;
                }
                long left = deadline - System.nanoTime();
                assertTrue(left > 0 && changes.tryAcquire(left, TimeUnit.NANOSECONDS),
                        "'" + command + "' did not show what was awaited within " + EVENT_TIMEOUT_SECONDS + " s:\n"
                                + output);
            }
        } finally {
            registration.unregister();
        }
    }
}
