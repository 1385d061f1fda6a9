package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.ui.internal.model.RegistryView;

/**
 * The registry view: one row per provider, grouped by concern, updated as bundles come and go; the active
 * provider of each concern in bold. "Use" (or a double click) selects a provider as {@code isac:use} does.
 */
final class ComponentsPane extends JPanel {

    private static final String[] COLUMNS = {"Concern", "Provider", "Active", "Default", "Selected", "Bundle",
        "Version", "Description"};

    private final RegistryView view;
    private final Consumer<String> status;
    private final ListTableModel<RegistryView.Row> model = new ListTableModel<>(COLUMNS, ComponentsPane::cell);
    private final JTable table = new JTable(model);

    ComponentsPane(RegistryView view, Consumer<String> status) {
        super(new BorderLayout());
        this.view = view;
        this.status = status;
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new ActiveInBold());
        // the description takes what the others leave
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        int[] widths = {130, 110, 60, 65, 75, 250, 130, 400};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
            table.getColumnModel().getColumn(c).setMinWidth(c == widths.length - 1 ? 100 : widths[c]);
        }
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    useSelected();
                }
            }
        });
        JButton use = new JButton("Use selected provider");
        use.addActionListener(e -> useSelected());
        JButton followDefault = new JButton("Follow the default");
        followDefault.addActionListener(e -> selectedRow().ifPresent(row -> {
            view.useDefault(row.info().concern());
            status.accept(row.info().concern() + ": following the default");
        }));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(use);
        buttons.add(followDefault);
        buttons.add(new JLabel("Drop a plugin jar into the plugins folder and it appears here."));
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        view.addListener(() -> SwingUtilities.invokeLater(this::reload));
        reload();
    }

    private java.util.Optional<RegistryView.Row> selectedRow() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.rows().size() ? java.util.Optional.empty()
                : java.util.Optional.of(model.rows().get(row));
    }

    private void useSelected() {
        selectedRow().ifPresent(row -> {
            try {
                ProviderInfo active = view.select(row.info().concern(), row.info().name());
                status.accept(active.concern() + ": using '" + active.name() + "' from " + active.bundle() + " "
                        + active.bundleVersion());
            } catch (RuntimeException e) {
                status.accept("cannot select: " + e.getMessage());
            }
        });
    }

    /** Re-reads the view, keeping the selected provider selected. */
    private void reload() {
        RegistryView.Row selected = selectedRow().orElse(null);
        model.setRows(view.rows());
        if (selected != null) {
            for (int i = 0; i < model.rows().size(); i++) {
                ProviderInfo info = model.rows().get(i).info();
                if (info.concern().equals(selected.info().concern()) && info.name().equals(selected.info().name())) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        }
    }

    private static Object cell(List<RegistryView.Row> rows, int row, int column) {
        RegistryView.Row r = rows.get(row);
        ProviderInfo p = r.info();
        boolean firstOfConcern = row == 0 || !rows.get(row - 1).info().concern().equals(p.concern());
        return switch (column) {
            case 0 -> firstOfConcern ? p.concern() : "";
            case 1 -> p.name();
            case 2 -> p.active() ? "\u25cf" : "";
            case 3 -> p.isDefault() ? "\u2713" : "";
            case 4 -> r.selected() ? "\u2713" : "";
            case 5 -> p.bundle();
            case 6 -> p.bundleVersion();
            default -> r.failure().isEmpty() ? p.description() : "failed: " + r.failure();
        };
    }

    private final class ActiveInBold extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean hasFocus,
                int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, isSelected, hasFocus, row, column);
            boolean active = model.rows().get(row).info().active();
            c.setFont(c.getFont().deriveFont(active ? Font.BOLD : Font.PLAIN));
            setHorizontalAlignment(column >= 2 && column <= 4 ? CENTER : LEADING);
            List<String> usedBy = model.rows().get(row).usedBy();
            setToolTipText(column == 0 && !usedBy.isEmpty() ? "used by: " + String.join(", ", usedBy) : null);
            return c;
        }
    }
}
