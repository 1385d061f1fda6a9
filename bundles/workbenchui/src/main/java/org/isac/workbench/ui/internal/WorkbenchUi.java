package org.isac.workbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.isac.workbench.experiment.BlockRuns;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.plotting.ChartService;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.plotting.jfree.JFreeChartFactory;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.registry.RegistryListener;
import org.isac.workbench.ui.internal.model.AttributeSpec;
import org.isac.workbench.ui.internal.model.FigureCsv;
import org.isac.workbench.ui.internal.model.MetatypeRanges;
import org.isac.workbench.ui.internal.model.ProviderSettings;
import org.isac.workbench.ui.internal.model.RegistryView;
import org.isac.workbench.ui.internal.model.RunFolder;
import org.isac.workbench.ui.internal.model.RunQueue;
import org.isac.workbench.ui.internal.model.ScenarioCatalog;
import org.isac.workbench.ui.internal.model.ScenarioDocument;
import org.isac.workbench.ui.internal.model.ScriptedRun;
import org.isac.workbench.ui.internal.swing.WorkbenchBackend;
import org.isac.workbench.ui.internal.swing.WorkbenchWindow;
import org.jfree.chart.JFreeChart;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The Swing workbench's container side: keeps the registry view (current through the registry's events), the
 * run queue and the scenario catalogue
 * (also when no window is shown, for the {@code ui:*} commands), and shows the window when the launcher set
 * the framework property {@value #GUI_PROPERTY} to {@code true}. Stopping this bundle disposes the window;
 * closing the window stops the container.
 */
@IsacConsumer(name = "workbench window (figure export)", concerns = {"chart"})
@Component(service = WorkbenchUi.class, immediate = true)
public final class WorkbenchUi implements WorkbenchBackend {

    /** Framework property: {@code true} shows the window (the launcher sets it for {@code --gui}). */
    public static final String GUI_PROPERTY = "isac.workbench.gui";

    private final BundleContext context;
    private final ComponentRegistry registry;
    private final JFreeChartFactory charts;
    private final CommandProcessor commands;
    private final MetaTypeService metatype;
    private final ConfigurationAdmin configurationAdmin;
    private final ServiceComponentRuntime components;
    private final RegistryView registryView;
    private final RunQueue runs = new RunQueue();
    private final ScenarioCatalog catalog = new ScenarioCatalog(Scenarios.FOLDER);
    /**
     * Registered by hand, not as a component service: the registry references its listeners, and this
     * component references the registry, which Declarative Services would report as a circular reference.
     */
    private final ServiceRegistration<RegistryListener> registryEvents;
    private final WorkbenchWindow window;

    @Activate
    public WorkbenchUi(BundleContext context, @Reference ComponentRegistry registry,
            @Reference JFreeChartFactory charts, @Reference CommandProcessor commands,
            @Reference MetaTypeService metatype, @Reference ConfigurationAdmin configurationAdmin,
            @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.registry = registry;
        this.charts = charts;
        this.commands = commands;
        this.metatype = metatype;
        this.configurationAdmin = configurationAdmin;
        this.components = components;
        this.registryView = new RegistryView(registry);
        registryEvents = context.registerService(RegistryListener.class, new RegistryListener() {
            @Override
            public void activeProviderChanged(String concern, ProviderInfo previous, ProviderInfo current,
                    String reason) {
                registryView.refresh();
            }

            @Override
            public void providersChanged(String concern) {
                registryView.refresh();
            }
        }, null);
        window = Boolean.parseBoolean(context.getProperty(GUI_PROPERTY))
                ? WorkbenchWindow.open(this, ScriptedRun.from(context::getProperty).orElse(null)) : null;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        registryEvents.unregister();
        if (window != null) {
            window.dispose();
        }
        runs.close();
    }

    @Override
    public RegistryView registry() {
        return registryView;
    }

    @Override
    public RunQueue runs() {
        return runs;
    }

    @Override
    public ScenarioCatalog catalog() {
        return catalog;
    }

    @Override
    public RunQueue.Run run(ScenarioDocument scenario) throws IOException {
        return run(scenario, RunFolder.create(scenario.file()));
    }

    /**
     * Queues a run as {@link #run(ScenarioDocument)} does, writing into another folder.
     *
     * @param scenario the scenario
     * @param results the results folder
     * @return the queued run
     * @throws IOException when the edited copy cannot be written
     */
    RunQueue.Run run(ScenarioDocument scenario, Path results) throws IOException {
        Path original = scenario.file();
        Path toRun = original;
        if (scenario.isEdited()) {
            // the edited copy sits with the results it produced (the provenance names it); never over the original
            Path copy = results.resolve(original.getFileName());
            toRun = scenario.writeTo(Files.exists(copy) && Files.isSameFile(copy, original)
                    ? Files.createTempDirectory("isac-scenario").resolve(original.getFileName()) : copy);
        }
        Path file = toRun;
        String label = Scenarios.name(original) + (scenario.isEdited() ? " (" + String.join(", ",
                scenario.editedFields()) + " edited)" : "");
        // journaled as isac:run is: an interrupted run of the window resumes with isac:run SCENARIO FOLDER resume=true
        return runs.submit(label, (listener, cancelled) -> BlockRuns.run(registry, file, results, false, listener,
                cancelled));
    }

    @Override
    public List<ProviderSettings> providerSettings() {
        List<ProviderSettings> settings = new ArrayList<>();
        for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs()) {
            Object concern = component.properties.get(IsacProvider.CONCERN);
            Object name = component.properties.get(IsacProvider.NAME);
            if (concern == null || name == null || component.configurationPid.length == 0) {
                continue;
            }
            Bundle bundle = context.getBundle(component.bundle.id);
            MetaTypeInformation information = bundle == null ? null : metatype.getMetaTypeInformation(bundle);
            String pid = component.configurationPid[0];
            if (information == null || !List.of(information.getPids()).contains(pid)) {
                continue;
            }
            boolean active = registry.activeInfo(concern.toString()).map(i -> i.name().equals(name)).orElse(false);
            settings.add(settings(concern.toString(), name.toString(), active, pid,
                    information.getObjectClassDefinition(pid, null), ranges(bundle)));
        }
        settings.sort(Comparator.comparing(ProviderSettings::concern).thenComparing(ProviderSettings::name));
        return settings;
    }

    private ProviderSettings settings(String concern, String name, boolean active, String pid,
            ObjectClassDefinition ocd, MetatypeRanges ranges) {
        Dictionary<String, Object> stored = storedProperties(pid);
        List<AttributeSpec> attributes = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            MetatypeRanges.Range range = ranges.of(ocd.getID(), ad.getID());
            AttributeSpec spec = new AttributeSpec(ad.getID(), ad.getName(), Optional.ofNullable(ad.getDescription())
                    .orElse(""), type(ad.getType()), ad.getCardinality(), range.min(), range.max(),
                    ad.getOptionValues() == null ? List.of() : List.of(ad.getOptionValues()),
                    ad.getDefaultValue() == null ? List.of() : List.of(ad.getDefaultValue()));
            attributes.add(spec);
            Object value = stored == null ? null : stored.get(ad.getID());
            values.put(ad.getID(), value != null ? text(value) : String.join(", ", spec.defaults()));
        }
        return new ProviderSettings(concern, name, active, pid, ocd.getName(), attributes, values);
    }

    private Dictionary<String, Object> storedProperties(String pid) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }

    /** The ranges of a bundle's metatype documents (the Metatype service checks them but does not tell them). */
    private static MetatypeRanges ranges(Bundle bundle) {
        MetatypeRanges ranges = new MetatypeRanges();
        Enumeration<URL> documents = bundle.findEntries("OSGI-INF/metatype", "*.xml", false);
        for (URL document : documents == null ? Collections.<URL>emptyList() : Collections.list(documents)) {
            try (InputStream in = document.openStream()) {
                ranges.read(in);
            } catch (IOException e) {
                // a form without ranges still works: AttributeDefinition.validate checks them on storing
            }
        }
        return ranges;
    }

    private static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                parts.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }

    private static AttributeSpec.Type type(int metatypeType) {
        return switch (metatypeType) {
            case AttributeDefinition.LONG -> AttributeSpec.Type.LONG;
            case AttributeDefinition.INTEGER -> AttributeSpec.Type.INTEGER;
            case AttributeDefinition.SHORT -> AttributeSpec.Type.SHORT;
            case AttributeDefinition.BYTE -> AttributeSpec.Type.BYTE;
            case AttributeDefinition.CHARACTER -> AttributeSpec.Type.CHAR;
            case AttributeDefinition.DOUBLE -> AttributeSpec.Type.DOUBLE;
            case AttributeDefinition.FLOAT -> AttributeSpec.Type.FLOAT;
            case AttributeDefinition.BOOLEAN -> AttributeSpec.Type.BOOLEAN;
            default -> AttributeSpec.Type.STRING;
        };
    }

    @Override
    public void configure(ProviderSettings provider, AttributeSpec attribute, String text) throws IOException {
        String problem = attribute.problem(text).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Configuration configuration = configurationAdmin.getConfiguration(provider.pid(), "?");
        Dictionary<String, Object> properties = Optional.ofNullable(configuration.getProperties())
                .orElseGet(Hashtable::new);
        properties.put(attribute.id(), attribute.value(text));
        configuration.update(properties);
    }

    @Override
    public JFreeChart chart(Figure figure) {
        return charts.chart(figure);
    }

    @Override
    public Path export(Figure figure, Path file) throws IOException {
        String name = file.getFileName().toString();
        String ending = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (ending.equals("csv")) {
            return FigureCsv.write(figure, file);
        }
        ChartService.Format format;
        try {
            format = ChartService.Format.valueOf(ending.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": unknown figure format '" + ending
                    + "'; allowed: png, svg, pdf, csv", e);
        }
        registry.active(ChartService.CONCERN, ChartService.class).export(figure, file, format, ChartService.WIDTH,
                ChartService.HEIGHT);
        return file;
    }

    /**
     * Exports a figure in every format as {@code folder/name.png|svg|pdf|csv}.
     *
     * @param figure the figure
     * @param folder the folder (created when missing)
     * @param name the file name without ending
     * @return the files written
     * @throws IOException when one cannot be written
     */
    List<Path> exportAll(Figure figure, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String ending : List.of("png", "svg", "pdf", "csv")) {
            written.add(export(figure, folder.resolve(name + "." + ending)));
        }
        return written;
    }

    @Override
    public Shell shell(OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = commands.createSession(InputStream.nullInputStream(), print, print);
        return new Shell() {
            @Override
            public void execute(String line) {
                try {
                    Object result = session.execute(line);
                    if (result != null) {
                        print.println(session.format(result, Converter.INSPECT));
                    }
                } catch (Exception e) {
                    print.println("error: " + (e.getMessage() == null ? e : e.getMessage()));
                }
                print.flush();
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }

    @Override
    public void quit() {
        // not on the event thread: stopping the container deactivates this component, which disposes the window
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException e) {
                System.err.println("isac-workbench: cannot stop: " + e.getMessage());
            }
        }, "isac-workbench-quit");
        stopper.start();
    }
}
