package org.isac.workbench.ui.internal.swing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.isac.workbench.experiment.Figure;
import org.isac.workbench.ui.internal.model.AttributeSpec;
import org.isac.workbench.ui.internal.model.ProviderSettings;
import org.isac.workbench.ui.internal.model.RegistryView;
import org.isac.workbench.ui.internal.model.RunQueue;
import org.isac.workbench.ui.internal.model.ScenarioCatalog;
import org.isac.workbench.ui.internal.model.ScenarioDocument;
import org.jfree.chart.JFreeChart;

/** What the window asks of the container; implemented at the OSGi edge so that the Swing code has no OSGi type. */
public interface WorkbenchBackend {

    /** @return the registry view */
    RegistryView registry();

    /** @return the run queue */
    RunQueue runs();

    /** @return the scenarios of the tree */
    ScenarioCatalog catalog();

    /**
     * Queues a run of a scenario as edited (a copy is run when it has edits; the original is left alone).
     *
     * @param scenario the scenario
     * @return the queued run
     * @throws IOException when the edited copy cannot be written
     */
    RunQueue.Run run(ScenarioDocument scenario) throws IOException;

    /** @return the settings forms of the providers that declare a metatype, by concern and name */
    List<ProviderSettings> providerSettings();

    /**
     * Stores a provider's attribute in Config Admin (the provider is reconfigured live).
     *
     * @param provider the provider
     * @param attribute the attribute
     * @param text its valid new value, as typed
     * @throws IOException when Config Admin cannot store it
     */
    void configure(ProviderSettings provider, AttributeSpec attribute, String text) throws IOException;

    /**
     * @param figure a figure
     * @return its chart in the paper style of the exported files
     */
    JFreeChart chart(Figure figure);

    /**
     * Exports a figure: PNG, SVG or PDF through the active chart service, or its data as CSV; by the file's ending.
     *
     * @param figure the figure as shown
     * @param file the file; its ending names the format
     * @return the file
     * @throws IOException when it cannot be written
     * @throws IllegalArgumentException naming the ending when it is not png, svg, pdf or csv
     */
    Path export(Figure figure, Path file) throws IOException;

    /**
     * @param out where commands' output and errors go
     * @return a Gogo session of its own, sharing the container's commands
     */
    Shell shell(OutputStream out);

    /** Stops the container (and so the window) cleanly. */
    void quit();

    /** A shell session. */
    interface Shell extends AutoCloseable {
        /** @param line a command line; its output and errors go to the session's stream */
        void execute(String line);

        @Override
        void close();
    }
}
