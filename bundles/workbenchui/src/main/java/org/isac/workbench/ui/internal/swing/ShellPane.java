package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.isac.workbench.ui.internal.model.CommandHistory;

/**
 * The Gogo shell inside the window: a session of its own sharing the container's commands; lines run off the
 * event thread, their output appears as it is printed; up and down walk the history.
 */
final class ShellPane extends JPanel {

    private final JTextArea output = new JTextArea();
    private final JTextField input = new JTextField();
    private final CommandHistory history = new CommandHistory();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "isac-workbench-shell");
        thread.setDaemon(true);
        return thread;
    });
    private final TextAreaStream stream = new TextAreaStream(output);
    private final WorkbenchBackend.Shell shell;

    ShellPane(WorkbenchBackend backend) {
        super(new BorderLayout());
        output.setEditable(false);
        output.setFont(Look.monospaced());
        output.setLineWrap(false);
        input.setFont(Look.monospaced());
        shell = backend.shell(stream);
        output.setText("Gogo shell of this workbench: try isac:components, ui:providers, lb or help.\n");
        JPanel line = new JPanel(new BorderLayout(6, 0));
        line.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JLabel prompt = new JLabel("g!");
        prompt.setFont(Look.monospaced());
        line.add(prompt, BorderLayout.WEST);
        line.add(input, BorderLayout.CENTER);
        add(new JScrollPane(output), BorderLayout.CENTER);
        add(line, BorderLayout.SOUTH);
        input.addActionListener(e -> execute(input.getText()));
        // the command line has the keyboard when the tab is shown; the output stays selectable for copying
        addAncestorListener(new javax.swing.event.AncestorListener() {
            @Override
            public void ancestorAdded(javax.swing.event.AncestorEvent e) {
                input.requestFocusInWindow();
            }

            @Override
            public void ancestorRemoved(javax.swing.event.AncestorEvent e) {
                // nothing to do when hidden
            }

            @Override
            public void ancestorMoved(javax.swing.event.AncestorEvent e) {
                // nor when moved
            }
        });
        input.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.getKeyCode() == KeyEvent.VK_UP) {
                    input.setText(history.previous());
                } else if (e.getKeyCode() == KeyEvent.VK_DOWN) {
                    input.setText(history.next());
                }
            }
        });
    }

    private void execute(String line) {
        history.add(line);
        input.setText("");
        output.append("g! " + line + "\n");
        if (!line.isBlank()) {
            executor.execute(() -> shell.execute(line));
        }
    }

    void close() {
        executor.shutdownNow();
        shell.close();
    }
}
