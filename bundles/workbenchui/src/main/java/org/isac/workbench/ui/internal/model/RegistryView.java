package org.isac.workbench.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;

/**
 * The registry view: every provider of every concern, with what the user chose, kept up to date by
 * {@link #refresh} (called on the registry's and the service registry's events). Selecting here is what
 * {@code isac:use} does. The window's table and {@code ui:providers} show these rows.
 */
public final class RegistryView {

    /**
     * One provider.
     *
     * @param info what the registry knows of it
     * @param selected whether the user selected it; the active provider is the selection when it is installed,
     *        else the default
     * @param failure why it is out of use (its own message), empty when it works
     * @param usedBy the runners, commands and providers that use its concern
     */
    public record Row(ProviderInfo info, boolean selected, String failure, List<String> usedBy) {
    }

    private final ComponentRegistry registry;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Row> rows;

    /** @param registry the registry shown */
    public RegistryView(ComponentRegistry registry) {
        this.registry = registry;
        this.rows = read();
    }

    /** @param listener told, on the thread of the event, when the rows change */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @return the rows, by concern, then by provider name */
    public List<Row> rows() {
        return rows;
    }

    /** Reads the registry again and tells the listeners when anything changed. */
    public void refresh() {
        List<Row> now = read();
        synchronized (this) {
            if (now.equals(rows)) {
                return;
            }
            rows = now;
        }
        listeners.forEach(Runnable::run);
    }

    /**
     * Selects a provider, as {@code isac:use CONCERN NAME} does (stored in Config Admin).
     *
     * @param concern a concern
     * @param name one of its providers
     * @return the provider active now
     * @throws IllegalArgumentException naming the known concerns or providers
     */
    public ProviderInfo select(String concern, String name) {
        ProviderInfo active = registry.select(concern, name);
        refresh();
        return active;
    }

    /**
     * Forgets the selection of a concern, as {@code isac:use CONCERN --default} does.
     *
     * @param concern a concern
     */
    public void useDefault(String concern) {
        registry.clearSelection(concern);
        refresh();
    }

    /** @return the rows as an aligned text table: {@code CONCERN NAME BUNDLE VERSION DEFAULT ACTIVE SELECTED} */
    public String table() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"CONCERN", "NAME", "BUNDLE", "VERSION", "DEFAULT", "ACTIVE", "SELECTED"});
        for (Row row : rows) {
            ProviderInfo p = row.info();
            lines.add(new String[] {p.concern(), p.name(), p.bundle(), p.bundleVersion(), mark(p.isDefault()),
                mark(p.active()), mark(row.selected())});
        }
        int[] width = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                out.append(c == line.length - 1 ? line[c] : String.format("%-" + (width[c] + 2) + "s", line[c]));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private List<Row> read() {
        List<Row> read = new ArrayList<>();
        for (String concern : registry.concerns()) {
            Optional<String> selection = registry.selection(concern);
            List<String> usedBy = registry.consumers(concern);
            for (ProviderInfo info : registry.providers(concern)) {
                read.add(new Row(info, selection.map(info.name()::equals).orElse(false),
                        registry.failure(concern, info.name()).orElse(""), usedBy));
            }
        }
        return List.copyOf(read);
    }

    private static String mark(boolean value) {
        return value ? "*" : "-";
    }
}
