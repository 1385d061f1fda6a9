package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.isac.workbench.ui.internal.model.RunQueue;

/** The queued, running and finished runs; selecting one shows its figure and progress. */
final class RunsPane extends JPanel {

    private static final String[] COLUMNS = {"#", "Scenario", "State", "Progress", "Result"};

    private final RunQueue queue;
    private final ListTableModel<RunQueue.Run> model = new ListTableModel<>(COLUMNS, RunsPane::cell);
    private final JTable table = new JTable(model);
    /** Set while the table is rebuilt, whose selection events are not the user's. */
    private boolean reloading;

    RunsPane(RunQueue queue, Consumer<RunQueue.Run> onSelect) {
        super(new BorderLayout());
        this.queue = queue;
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        // the result (files or the error) takes what the others leave
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        int[] widths = {40, 300, 90, 330, 400};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
            table.getColumnModel().getColumn(c).setMinWidth(c == widths.length - 1 ? 100 : widths[c]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!reloading && !e.getValueIsAdjusting() && row >= 0 && row < model.rows().size()) {
                onSelect.accept(model.rows().get(row));
            }
        });
        JButton cancel = new JButton("Cancel selected run");
        cancel.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0 && row < model.rows().size()) {
                queue.cancel(model.rows().get(row));
            }
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(cancel);
        buttons.add(new JLabel("Runs execute one at a time; a cancelled run keeps its completed points."));
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    /** Re-reads the queue (on the event thread), keeping the selection. */
    void reload() {
        int selected = table.getSelectedRow();
        reloading = true;
        try {
            model.setRows(queue.runs());
            if (selected >= 0 && selected < model.rows().size()) {
                table.setRowSelectionInterval(selected, selected);
            }
        } finally {
            reloading = false;
        }
    }

    /** @param run a run to select (the one just queued), without telling the selection listener */
    void select(RunQueue.Run run) {
        reload();
        int row = model.rows().indexOf(run);
        if (row >= 0) {
            reloading = true;
            try {
                table.setRowSelectionInterval(row, row);
            } finally {
                reloading = false;
            }
        }
    }

    private static Object cell(List<RunQueue.Run> runs, int row, int column) {
        RunQueue.Run run = runs.get(row);
        return switch (column) {
            case 0 -> run.id();
            case 1 -> run.label();
            case 2 -> run.state().name().toLowerCase(java.util.Locale.ROOT);
            case 3 -> run.progress().describe();
            default -> run.error() != null ? run.error()
                    : run.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        };
    }
}
