package org.isac.workbench.ui.internal.swing;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table over a list of rows, replaced as a whole when the model it shows changes.
 *
 * @param <T> the row type
 */
final class ListTableModel<T> extends AbstractTableModel {

    /** The value of a cell; it may look at neighbouring rows (to group them, for example). */
    @FunctionalInterface
    interface Cells<T> {
        Object value(List<T> rows, int row, int column);
    }

    private final String[] columns;
    private final Cells<T> cells;
    private List<T> rows = List.of();

    ListTableModel(String[] columns, Cells<T> cells) {
        this.columns = columns.clone();
        this.cells = cells;
    }

    List<T> rows() {
        return rows;
    }

    /** @param newRows the rows to show (on the event thread) */
    void setRows(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cells.value(rows, row, column);
    }
}
