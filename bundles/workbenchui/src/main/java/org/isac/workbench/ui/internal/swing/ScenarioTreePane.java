package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.isac.workbench.experiment.Scenarios;
import org.isac.workbench.ui.internal.model.ScenarioCatalog;

/** The scenarios folder and the opened files as a tree; selecting a file opens it in the parameter form. */
final class ScenarioTreePane extends JPanel {

    private final ScenarioCatalog catalog;
    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode("scenarios");
    private final DefaultTreeModel model = new DefaultTreeModel(root);
    private final JTree tree = new JTree(model);

    ScenarioTreePane(ScenarioCatalog catalog, Consumer<Path> onSelect) {
        super(new BorderLayout());
        this.catalog = catalog;
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree t, Object value, boolean selected, boolean expanded,
                    boolean leaf, int row, boolean focus) {
                Object item = ((DefaultMutableTreeNode) value).getUserObject();
                Object shown = item instanceof Path file ? Scenarios.name(file) : item;
                Component c = super.getTreeCellRendererComponent(t, shown, selected, expanded, leaf, row, focus);
                setToolTipText(item instanceof Path file ? file.toString() : null);
                return c;
            }
        });
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        tree.addTreeSelectionListener(e -> {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) tree.getLastSelectedPathComponent();
            if (node != null && node.getUserObject() instanceof Path file) {
                onSelect.accept(file);
            }
        });
        add(new JScrollPane(tree), BorderLayout.CENTER);
        reload();
    }

    /** Lists the folder again (and the opened files), every group expanded. */
    void reload() {
        root.removeAllChildren();
        for (Map.Entry<String, List<Path>> group : catalog.groups().entrySet()) {
            DefaultMutableTreeNode folder = new DefaultMutableTreeNode(group.getKey());
            group.getValue().forEach(file -> folder.add(new DefaultMutableTreeNode(file)));
            root.add(folder);
        }
        model.reload();
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
    }

    /** @param file a scenario file to select (opening it), listed first when it is new */
    void select(Path file) {
        catalog.open(file);
        reload();
        for (int row = 0; row < tree.getRowCount(); row++) {
            TreePath path = tree.getPathForRow(row);
            Object item = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
            if (item instanceof Path p && p.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                tree.setSelectionPath(path);
                tree.scrollPathToVisible(path);
                return;
            }
        }
    }
}
