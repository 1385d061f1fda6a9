package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.isac.workbench.ui.internal.model.LatestValue;
import org.isac.workbench.ui.internal.model.RunQueue;
import org.isac.workbench.ui.internal.model.ScenarioDocument;
import org.isac.workbench.ui.internal.model.ScriptedRun;

/**
 * The workbench window: scenario tree and forms on the left, the live chart on the right, runs, providers and
 * the shell in tabs below, run control and progress on top. Built and changed on the event thread only; the
 * models it shows change on worker threads and reach it through {@link LatestValue} hand-overs.
 */
public final class WorkbenchWindow {

    /** Preferred window size, shrunk to fit smaller screens. */
    private static final Dimension SIZE = new Dimension(1440, 900);

    private final WorkbenchBackend backend;
    private final CountDownLatch built = new CountDownLatch(1);
    private JFrame frame;
    private ScenarioTreePane scenarios;
    private ParametersPane parameters;
    private ChartPane chart;
    private RunsPane runs;
    private ShellPane shell;
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private RunQueue.Run shownRun;

    private WorkbenchWindow(WorkbenchBackend backend) {
        this.backend = backend;
    }

    /**
     * Builds and shows the window on the event thread.
     *
     * @param backend the container side
     * @param script a run to perform by itself, or {@code null}
     * @return the window (being built)
     */
    public static WorkbenchWindow open(WorkbenchBackend backend, ScriptedRun script) {
        WorkbenchWindow window = new WorkbenchWindow(backend);
        SwingUtilities.invokeLater(() -> {
            try {
                window.build();
            } finally {
                window.built.countDown();
            }
            if (script != null) {
                window.perform(script);
            }
        });
        return window;
    }

    private void build() {
        Look.install();
        frame = new JFrame("ISAC Workbench");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        scenarios = new ScenarioTreePane(backend.catalog(), this::openScenario);
        parameters = new ParametersPane(backend, this::say);
        chart = new ChartPane(backend, this::say);
        runs = new RunsPane(backend.runs(), this::showRun);
        shell = new ShellPane(backend);
        ComponentsPane components = new ComponentsPane(backend.registry(), this::say);

        JSplitPane left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, titled("Scenarios", scenarios),
                titled("Parameters", parameters));
        left.setResizeWeight(0.3);
        left.setDividerLocation(230);
        JTabbedPane bottom = new JTabbedPane();
        bottom.addTab("Runs", runs);
        bottom.addTab("Components", components);
        bottom.addTab("Shell", shell);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chart, bottom);
        right.setResizeWeight(0.75);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        main.setDividerLocation(430);
        main.setResizeWeight(0);

        status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        JPanel content = new JPanel(new BorderLayout());
        content.add(toolbar(), BorderLayout.NORTH);
        content.add(main, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setJMenuBar(menus());

        LatestValue<RunQueue.Run> updates = new LatestValue<>(SwingUtilities::invokeLater, this::runChanged);
        backend.runs().addListener(updates::offer);
        backend.registry().addListener(() -> SwingUtilities.invokeLater(parameters::providersChanged));

        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setSize(Math.min(SIZE.width, screen.width), Math.min(SIZE.height, screen.height));
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        right.setDividerLocation(0.7);
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JButton run = new JButton("\u25b6 Run");
        run.setToolTipText("queue a run of the scenario shown, with its edits (F5)");
        run.setFont(run.getFont().deriveFont(Font.BOLD));
        run.addActionListener(e -> runScenario());
        JButton cancel = new JButton("\u25a0 Cancel");
        cancel.setToolTipText("stop the run shown; its completed points are kept");
        cancel.addActionListener(e -> {
            if (shownRun != null) {
                backend.runs().cancel(shownRun);
            }
        });
        JButton open = new JButton("Open\u2026");
        open.addActionListener(e -> chooseScenario());
        progress.setStringPainted(true);
        progress.setString("no run yet");
        progress.setPreferredSize(new Dimension(700, progress.getPreferredSize().height + 6));
        progress.setMaximumSize(new Dimension(Integer.MAX_VALUE, progress.getPreferredSize().height));
        bar.add(run);
        bar.add(cancel);
        bar.addSeparator();
        bar.add(open);
        bar.addSeparator();
        bar.add(new JLabel("Progress  "));
        bar.add(progress);
        return bar;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.add(item("Open scenario\u2026", KeyEvent.VK_O, this::chooseScenario));
        file.add(item("Save scenario", KeyEvent.VK_S, this::saveScenario));
        file.add(item("Save scenario as\u2026", 0, this::saveScenarioAs));
        file.addSeparator();
        for (String format : new String[] {"png", "svg", "pdf", "csv"}) {
            file.add(item("Export figure as " + format.toUpperCase(java.util.Locale.ROOT) + "\u2026", 0,
                    () -> chart.saveAs(format)));
        }
        file.addSeparator();
        file.add(item("Quit", KeyEvent.VK_Q, this::quit));
        JMenu run = new JMenu("Run");
        JMenuItem start = item("Run scenario", 0, this::runScenario);
        start.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0));
        run.add(start);
        run.add(item("Cancel shown run", 0, () -> {
            if (shownRun != null) {
                backend.runs().cancel(shownRun);
            }
        }));
        bar.add(file);
        bar.add(run);
        return bar;
    }

    private static JMenuItem item(String text, int ctrlKey, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        if (ctrlKey != 0) {
            item.setAccelerator(KeyStroke.getKeyStroke(ctrlKey, java.awt.Toolkit.getDefaultToolkit()
                    .getMenuShortcutKeyMaskEx()));
        }
        item.addActionListener(e -> action.run());
        return item;
    }

    private static JPanel titled(String title, java.awt.Component body) {
        JPanel panel = new JPanel(new BorderLayout());
        JLabel label = new JLabel(title);
        label.setFont(Look.derive(label.getFont(), 1.0f, Font.BOLD));
        label.setBorder(BorderFactory.createEmptyBorder(6, 10, 4, 10));
        panel.add(label, BorderLayout.NORTH);
        panel.add(body, BorderLayout.CENTER);
        return panel;
    }

    private void say(String message) {
        status.setText(message);
    }

    private void openScenario(Path file) {
        try {
            parameters.show(ScenarioDocument.open(file));
            say("opened " + file);
        } catch (IOException e) {
            say(e.getMessage());
        }
    }

    private void chooseScenario() {
        JFileChooser chooser = new JFileChooser(backend.catalog().folder().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("scenario (JSON)", "json"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            scenarios.select(chooser.getSelectedFile().toPath());
        }
    }

    private void saveScenario() {
        ScenarioDocument scenario = parameters.scenario();
        if (scenario == null || !scenario.isEdited()) {
            say("nothing to save");
            return;
        }
        int answer = JOptionPane.showConfirmDialog(frame, "Overwrite " + scenario.file() + " with the edited "
                + String.join(", ", scenario.editedFields()) + "?", "Save scenario", JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            write(scenario, scenario.file());
        }
    }

    private void saveScenarioAs() {
        ScenarioDocument scenario = parameters.scenario();
        if (scenario == null) {
            say("no scenario shown");
            return;
        }
        JFileChooser chooser = new JFileChooser(scenario.file().toAbsolutePath().getParent().toFile());
        chooser.setSelectedFile(scenario.file().toFile());
        if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
            write(scenario, chooser.getSelectedFile().toPath());
        }
    }

    private void write(ScenarioDocument scenario, Path target) {
        try {
            scenario.writeTo(target);
            scenarios.select(target);
            say("saved " + target);
        } catch (IOException e) {
            say("cannot save " + target + ": " + e.getMessage());
        }
    }

    private void runScenario() {
        ScenarioDocument scenario = parameters.scenario();
        if (scenario == null) {
            say("pick a scenario first");
            return;
        }
        try {
            RunQueue.Run run = backend.run(scenario);
            showRun(run);
            runs.select(run);
            say("queued " + run.label());
        } catch (IOException | RuntimeException e) {
            say("cannot run: " + e.getMessage());
        }
    }

    /** Shows a run's figure and progress (the one just queued, or the one selected in the runs table). */
    private void showRun(RunQueue.Run run) {
        shownRun = run;
        runChanged(run);
    }

    private void runChanged(RunQueue.Run run) {
        runs.reload();
        if (run != shownRun) {
            return;
        }
        progress.setValue((int) Math.round(1000 * run.progress().fraction()));
        progress.setString(run.label() + ": " + run.state().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + run.progress().describe());
        chart.show(run, run.figure());
        if (run.state() == RunQueue.State.FAILED) {
            say(run.label() + " failed: " + run.error());
        } else if (run.ended()) {
            say(run.label() + " " + run.state().name().toLowerCase(java.util.Locale.ROOT) + "; results in "
                    + (run.files().isEmpty() ? "(none)" : run.files().get(0).toAbsolutePath().getParent()));
        }
    }

    private void quit() {
        boolean running = backend.runs().runs().stream().anyMatch(r -> r.state() == RunQueue.State.RUNNING);
        if (running && JOptionPane.showConfirmDialog(frame, "A run is in progress; its completed points are kept. "
                + "Quit the workbench?", "Quit", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        backend.quit();
    }

    /** Opens the scenario, types the edits, runs it, and when it has ended saves a screenshot and quits. */
    private void perform(ScriptedRun script) {
        scenarios.select(script.scenario());
        for (Map.Entry<String, String> edit : script.edits().entrySet()) {
            parameters.type(edit.getKey(), edit.getValue());
        }
        runScenario();
        RunQueue.Run run = shownRun;
        if (run == null || script.screenshot() == null) {
            return;
        }
        Thread waiter = new Thread(() -> {
            try {
                run.awaitEnd();
                // after the event thread has shown the end of the run
                SwingUtilities.invokeAndWait(() -> showRun(run));
                SwingUtilities.invokeAndWait(() -> screenshot(script.screenshot()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.err.println("isac-workbench: screenshot failed: " + e.getCause());
            }
            backend.quit();
        }, "isac-workbench-scripted-run");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void screenshot(Path file) {
        try {
            BufferedImage image = new BufferedImage(frame.getRootPane().getWidth(), frame.getRootPane().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            frame.getRootPane().printAll(g);
            g.dispose();
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(image, "png", file.toFile());
            System.out.println("screenshot " + image.getWidth() + "x" + image.getHeight() + " " + file);
        } catch (IOException e) {
            System.err.println("isac-workbench: cannot write the screenshot " + file + ": " + e.getMessage());
        }
    }

    /** Closes the window on the event thread; waits a few seconds for it, never forever (the thread may be busy). */
    public void dispose() throws InterruptedException {
        built.await(10, TimeUnit.SECONDS);
        CountDownLatch disposed = new CountDownLatch(1);
        Runnable close = () -> {
            if (shell != null) {
                shell.close();
            }
            if (frame != null) {
                frame.dispose();
            }
            disposed.countDown();
        };
        if (SwingUtilities.isEventDispatchThread()) {
            close.run();
        } else {
            SwingUtilities.invokeLater(close);
            disposed.await(5, TimeUnit.SECONDS);
        }
    }
}
