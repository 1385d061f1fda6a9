package org.isac.workbench.launcher;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.security.CodeSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;

/**
 * A running workbench: Felix with every feature's bundles started, Config Admin storing into the
 * workspace, File Install watching the plugins folder, and a way to run Gogo commands from outside.
 */
public final class Workbench implements AutoCloseable {

    /** Framework property telling the workbench-ui bundle whether to open its window ({@code true}/{@code false}). */
    public static final String GUI_PROPERTY = "isac.workbench.gui";
    /** Framework property naming the features to install (comma-separated, with those they need); all when unset. */
    public static final String FEATURES_PROPERTY = "isac.workbench.features";
    private static final String GOGO_SHELL = "org.apache.felix.gogo.shell";
    private static final String COMMAND_PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String COMMAND_SESSION = "org.apache.felix.service.command.CommandSession";
    /** Gogo's {@code Converter.INSPECT}: format a result the way the shell shows it. */
    private static final int INSPECT = 0;
    /**
     * The process's standard error. Gogo replaces {@code System.err} with a per-thread stream that writes to
     * the session's error stream, so handing it {@code System.err} as that stream would loop.
     */
    private static final PrintStream STANDARD_ERROR = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    /** Framework property: the workspace folder, absolute. */
    static final String LAUNCH_WORKSPACE = "isac.launch.workspace";
    /** Framework property: the plugins folder, absolute. */
    static final String LAUNCH_PLUGINS = "isac.launch.plugins";
    /** Framework property: the workbench jar, absolute, when the workbench runs from one. */
    static final String LAUNCH_JAR = "isac.launch.jar";

    /** How long start-up waits for the plugins already in the folder to be installed and started. */
    private static final long PLUGIN_WAIT_MILLIS = 15_000;

    private final Framework framework;
    private final BundleCache cache;
    private final WorkspaceLock lock;
    private long startupMillis;
    private boolean closed;

    private Workbench(Framework framework, BundleCache cache, WorkspaceLock lock) {
        this.framework = framework;
        this.cache = cache;
        this.lock = lock;
    }

    /**
     * Starts the framework and every bundle of every feature. The Gogo shell bundle is started last: by
     * {@link #startShell} for an interactive console, or here, without a console, for scripted use.
     *
     * @param plugins the plugins folder (created when missing)
     * @param workspace the workspace folder (created when missing)
     * @param interactive whether the shell will read standard input
     * @return the running workbench
     * @throws Exception when the framework or a bundle fails to start
     */
    public static Workbench start(Path plugins, Path workspace, boolean interactive) throws Exception {
        return start(plugins, workspace, interactive, Map.of());
    }

    /**
     * Starts the framework as {@link #start(Path, Path, boolean)} does, with more framework properties.
     *
     * @param plugins the plugins folder (created when missing)
     * @param workspace the workspace folder (created when missing)
     * @param interactive whether the shell will read standard input
     * @param properties framework properties for the bundles, e.g. {@value #GUI_PROPERTY}
     * @return the running workbench
     * @throws Exception when the framework or a bundle fails to start
     */
    public static Workbench start(Path plugins, Path workspace, boolean interactive, Map<String, String> properties)
            throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(plugins);
        Files.createDirectories(workspace.resolve("config"));
        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        // a private, throw-away bundle cache: several workbenches may run side by side
        BundleCache cache = BundleCache.create(Path.of(System.getProperty("java.io.tmpdir")));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.storage().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.cm.dir", workspace.resolve("config").toAbsolutePath().toString());
        // the registry bundle's store, which survives a kill at any moment (Felix's own does not)
        config.put("felix.cm.pm", "isac-atomic");
        config.put("felix.fileinstall.dir", plugins.toAbsolutePath().toString());
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.log.level", "2");
        config.put("felix.log.level", "1");
        config.put("gosh.args", interactive ? "" : "--nointeractive");
        // Hazelcast (the cluster feature) logs through java.util.logging to standard error from its bundle's start on,
        // before any configuration: lab scripts read standard error, so it stays silent unless asked otherwise
        if (System.getProperty("hazelcast.logging.type") == null) {
            System.setProperty("hazelcast.logging.type", "none");
        }
        // nor does its bundle look for script engines at every start: the cluster runs no scripts
        if (System.getProperty("hazelcast.osgi.jsr223.disabled") == null) {
            System.setProperty("hazelcast.osgi.jsr223.disabled", "true");
        }
        // where this workbench runs from, for commands that write scripts starting more of it (isac:sbatch)
        config.put(LAUNCH_WORKSPACE, workspace.toAbsolutePath().toString());
        config.put(LAUNCH_PLUGINS, plugins.toAbsolutePath().toString());
        launcherJar().ifPresent(jar -> config.put(LAUNCH_JAR, jar.toString()));
        config.putAll(properties);
        Framework framework;
        try {
            framework = new FrameworkFactory().newFramework(config);
            framework.init();
        } catch (RuntimeException | org.osgi.framework.BundleException e) {
            cache.close();
            lock.close();
            throw e;
        }
        Workbench workbench = new Workbench(framework, cache, lock);
        try {
            Set<String> plugged = pluginLocations(plugins);
            PluginWatch watch = new PluginWatch(plugged);
            framework.getBundleContext().addBundleListener(watch);
            workbench.installFeatures();
            framework.start();
            watch.await(framework.getBundleContext(), PLUGIN_WAIT_MILLIS);
            framework.getBundleContext().removeBundleListener(watch);
            if (!interactive) {
                workbench.startShell();
            }
        } catch (Exception e) {
            workbench.close();
            throw e;
        }
        workbench.startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return workbench;
    }

    private void installFeatures() throws IOException, BundleException {
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String requested = framework.getBundleContext().getProperty(FEATURES_PROPERTY);
        List<String> names = requested == null || requested.isBlank() ? List.of()
                : List.of(requested.split(",")).stream().map(String::trim).toList();
        FeatureCatalog.withFeatures(catalogue -> {
            for (FeatureCatalog.Feature feature : FeatureCatalog.select(catalogue, names)) {
                for (Path jar : feature.bundles()) {
                    // a bundle shared by two features is installed once
                    if (!seen.add(jar.getFileName().toString())) {
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(jar)) {
                        installed.add(context.installBundle("feature:" + feature.name() + "/" + jar.getFileName(), in));
                    } catch (BundleException e) {
                        throw new IOException("cannot install " + jar.getFileName() + " of feature " + feature.name()
                                + ": " + e.getMessage(), e);
                    }
                }
            }
        });
        for (Bundle bundle : installed) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (!fragment && !GOGO_SHELL.equals(bundle.getSymbolicName())) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
    }

    /**
     * The plugin bundles to wait for. A jar that is no bundle (corrupt, or without a symbolic name) is reported
     * once, with its name and the reason, and not waited for: File Install cannot install it.
     */
    private static Set<String> pluginLocations(Path plugins) throws IOException {
        Set<String> locations = new HashSet<>();
        List<Path> jars;
        try (Stream<Path> files = Files.list(plugins)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            String problem = notABundle(jar);
            if (problem == null) {
                locations.add(jar.toAbsolutePath().toUri().toString());
            } else {
                System.err.println("warning: plugin " + jar.getFileName() + " is ignored: " + problem);
            }
        }
        return locations;
    }

    /** @return why a jar is not an OSGi bundle, or null when it is one */
    static String notABundle(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "it has no Bundle-SymbolicName (not an OSGi bundle)";
            }
            return null;
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + ")";
        }
    }

    /** Waits for the jars already in the plugins folder to be started by File Install. */
    private static final class PluginWatch implements BundleListener {
        private final Set<String> pending;

        PluginWatch(Set<String> locations) {
            this.pending = new HashSet<>(locations);
        }

        @Override
        public synchronized void bundleChanged(BundleEvent event) {
            if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.RESOLVED
                    || event.getType() == BundleEvent.INSTALLED) {
                Bundle bundle = event.getBundle();
                if (bundle.getState() == Bundle.ACTIVE || event.getType() == BundleEvent.STARTED) {
                    pending.removeIf(location -> sameFile(location, bundle.getLocation()));
                }
                notifyAll();
            }
        }

        synchronized void await(BundleContext context, long timeoutMillis) throws InterruptedException {
            for (Bundle bundle : context.getBundles()) {
                if (bundle.getState() == Bundle.ACTIVE) {
                    pending.removeIf(location -> sameFile(location, bundle.getLocation()));
                }
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!pending.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    System.err.println("warning: plugins not started after " + timeoutMillis / 1000 + " s: " + pending);
                    return;
                }
                wait(left);
            }
        }

        private static boolean sameFile(String uri, String location) {
            return location.equals(uri) || location.replace("file:///", "file:/").equals(uri.replace("file:///", "file:/"));
        }
    }

    /** @return the system bundle's context, for tests that look at the container */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** @return milliseconds from the call of {@link #start} until the container was ready */
    public long startupMillis() {
        return startupMillis;
    }

    /**
     * The outcome of one command.
     *
     * @param command the command
     * @param output what it printed and returned
     * @param error the failure message, {@code null} when it succeeded
     */
    public record Outcome(String command, String output, String error) {
        /** @return whether the command succeeded */
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Runs a script of Gogo commands one by one, stopping at the first failure.
     *
     * @param script commands separated by ';' or new lines
     * @param out where each command's output goes, as it is produced
     * @return the outcomes of the commands run (the last one failed if any failed)
     */
    public List<Outcome> execute(String script, PrintStream out) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String command : CommandScript.split(script)) {
            Outcome outcome = executeOne(command, out);
            outcomes.add(outcome);
            if (!outcome.ok()) {
                break;
            }
        }
        return outcomes;
    }

    /**
     * The usage line of a command from Gogo's {@code help} (its parameters' descriptions), e.g.
     * {@code usage: isac:marcumq <order M >= 1> <a >= 0> <b >= 0>}; the forms of an overloaded command are
     * separated by {@code |}.
     */
    private String usage(String name) {
        Outcome help = executeOne("help " + name, new PrintStream(OutputStream.nullOutputStream()));
        List<String> forms = new ArrayList<>();
        StringBuilder form = null;
        boolean parameters = false;
        for (String line : help.ok() ? help.output().lines().toList() : List.<String>of()) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                form = new StringBuilder(name);
                forms.add("");
                parameters = false;
            } else if (line.strip().equals("parameters:")) {
                parameters = true;
            } else if (parameters && form != null && !line.isBlank()) {
                // "      double   a >= 0": the type, then the description
                String[] typeAndDescription = line.strip().split("\\s{2,}", 2);
                form.append(" <").append(typeAndDescription[typeAndDescription.length - 1]).append('>');
            }
            if (form != null) {
                forms.set(forms.size() - 1, form.toString());
            }
        }
        // Gogo's help does not describe the dashed commands (their _main methods)
        return forms.stream().allMatch(name::equals) ? "see the README's command table for " + name + "'s arguments"
                : "usage: " + String.join(" | ", forms);
    }

    private Outcome executeOne(String command, PrintStream out) {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?> reference;
        try {
            // all class spaces: the launcher sees Gogo only through reflection
            ServiceReference<?>[] references = context.getAllServiceReferences(COMMAND_PROCESSOR, null);
            reference = references == null ? null : references[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (reference == null) {
            return new Outcome(command, "", "the Gogo command processor is not running");
        }
        Object processor = context.getService(reference);
        TeeStream capture = new TeeStream(out);
        PrintStream sessionOut = new PrintStream(capture, true);
        try {
            Class<?> sessionType = processor.getClass().getClassLoader().loadClass(COMMAND_SESSION);
            Method create = processor.getClass().getMethod("createSession", InputStream.class, OutputStream.class,
                    OutputStream.class);
            // progress and warnings go to standard error, so that standard output stays machine-readable
            Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]), sessionOut, STANDARD_ERROR);
            try {
                Object result = sessionType.getMethod("execute", CharSequence.class).invoke(session, command);
                if (result != null) {
                    Object text = sessionType.getMethod("format", Object.class, int.class).invoke(session, result, INSPECT);
                    sessionOut.println(text);
                }
                sessionOut.flush();
                return new Outcome(command, capture.text(), null);
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
        } catch (InvocationTargetException e) {
            sessionOut.flush();
            if (System.getenv("ISAC_DEBUG") != null) {
                e.getCause().printStackTrace();
            }
            String error = message(e.getCause());
            if (error.startsWith("Cannot coerce")) {
                // Gogo found no method for these arguments: say how the command is called
                error = "wrong arguments (" + error + "); " + usage(CommandScript.name(command));
            }
            return new Outcome(command, capture.text(), error);
        } catch (ReflectiveOperationException e) {
            return new Outcome(command, capture.text(), "cannot drive the Gogo shell: " + e);
        } finally {
            context.ungetService(reference);
        }
    }

    /** The message of the exception the command threw: the outermost one that is not a reflection wrapper. */
    private static String message(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !(c instanceof InvocationTargetException)) {
                boolean expected = c instanceof IllegalArgumentException || c instanceof IllegalStateException
                        || c instanceof IOException;
                return expected ? c.getMessage() : c.getClass().getSimpleName() + ": " + c.getMessage();
            }
        }
        return t.toString();
    }

    /**
     * Interrupts the command the shell is running, through the console bundle's service (found by its
     * {@code java.*} interface, which the launcher shares with the bundles).
     *
     * @return whether a command was running
     */
    public boolean interruptRunningCommand() {
        BundleContext context = framework.getBundleContext();
        try {
            boolean interrupted = false;
            for (ServiceReference<BooleanSupplier> reference : context.getServiceReferences(BooleanSupplier.class,
                    "(isac.shell=interrupt)")) {
                BooleanSupplier interrupt = context.getService(reference);
                if (interrupt != null) {
                    try {
                        interrupted |= interrupt.getAsBoolean();
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
            return interrupted;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the Gogo shell: on this process's standard input and output when started as interactive. */
    public void startShell() throws BundleException {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (GOGO_SHELL.equals(bundle.getSymbolicName())) {
                bundle.start();
                return;
            }
        }
        throw new BundleException("the Gogo shell bundle is not installed");
    }

    /**
     * Waits until the framework stops (by the shell's {@code stop 0}, or {@link #close}).
     *
     * @throws InterruptedException when interrupted
     */
    public void waitForStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** @return the bundles that are not ACTIVE (fragments excepted), as "symbolic-name state" lines */
    public List<String> inactiveBundles() {
        List<String> inactive = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (bundle.getState() != Bundle.ACTIVE && !fragment) {
                inactive.add(bundle.getSymbolicName() + " " + bundle.getState());
            }
        }
        return inactive;
    }

    /**
     * Stops the framework and deletes its bundle cache; once (the shutdown hook and the main thread may both
     * close, e.g. when a second Ctrl-C exits while the main thread waits for the stop).
     */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } finally {
            try {
                cache.close();
            } finally {
                lock.close();
            }
        }
    }

    /** Copies what a command prints to the caller's stream and keeps it for the outcome. */
    private static final class TeeStream extends OutputStream {
        private final PrintStream target;
        private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();

        TeeStream(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            kept.write(b);
            target.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            kept.write(b, off, len);
            target.write(b, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }

        synchronized String text() {
            return kept.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** @return the jar this launcher was loaded from, if it was loaded from a jar (not from classes, as in tests) */
    private static Optional<Path> launcherJar() {
        CodeSource source = Workbench.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException notAFile) {
            return Optional.empty();
        }
    }
}
