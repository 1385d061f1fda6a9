package org.isac.workbench.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code isac:components} and {@code isac:use}: the registry of swappable providers from the shell. */
@Component(service = ComponentCommands.class)
@GogoCommand(scope = "isac", function = {"components", "use"})
public final class ComponentCommands {

    /** The pseudo-name that clears a selection. */
    static final String DEFAULT = "--default";

    private final ComponentRegistry registry;

    @Activate
    public ComponentCommands(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list every provider of every concern; '*' in ACTIVE marks the one consumers get")
    public String components() {
        return table(registry.concerns());
    }

    @Descriptor("list the providers of one concern")
    public String components(@Descriptor("concern, e.g. fading") String concern) {
        if (!registry.concerns().contains(concern)) {
            throw new IllegalArgumentException("unknown concern '" + concern + "'; known concerns: "
                    + String.join(", ", registry.concerns()));
        }
        return table(List.of(concern));
    }

    @Descriptor("select the provider of a concern (kept across restarts); '--default' follows the default again")
    public String use(@Descriptor("concern, e.g. fading") String concern,
            @Descriptor("provider name, e.g. nakagami, or --default") String name) {
        if (DEFAULT.equals(name)) {
            registry.clearSelection(concern);
            return concern + ": following the default, now '"
                    + registry.activeInfo(concern).map(ProviderInfo::name).orElse("(none)") + "'";
        }
        registry.select(concern, name);
        probe(concern);
        ProviderInfo active = registry.activeInfo(concern).orElseThrow();
        Optional<String> failure = registry.failure(concern, name);
        if (failure.isPresent()) {
            throw new IllegalStateException(concern + ": '" + name + "' is selected but failed: " + failure.get()
                    + "; consumers use '" + active.name() + "' until it works (fix its configuration)");
        }
        return concern + ": using '" + active.name() + "' from " + active.bundle() + " " + active.bundleVersion();
    }

    private String table(List<String> concerns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CONCERN", "NAME", "ACTIVE", "DEFAULT", "RANKING", "BUNDLE", "VERSION", "DESCRIPTION"});
        List<String> notes = new ArrayList<>();
        List<String> usedBy = new ArrayList<>();
        for (String concern : concerns) {
            probe(concern);
            for (ProviderInfo p : registry.providers(concern)) {
                rows.add(new String[] {p.concern(), p.name(), p.active() ? "*" : "-", p.isDefault() ? "*" : "-",
                    Integer.toString(p.ranking()), p.bundle(), p.bundleVersion(), p.description()});
            }
            Optional<String> selection = registry.selection(concern);
            Optional<ProviderInfo> active = registry.activeInfo(concern);
            for (ProviderInfo p : registry.providers(concern)) {
                registry.failure(concern, p.name()).ifPresent(failure -> notes.add("note: " + concern + " provider '"
                        + p.name() + "' failed: " + failure));
            }
            List<String> consumers = registry.consumers(concern);
            if (!consumers.isEmpty()) {
                usedBy.add("used by: " + concern + ": " + String.join(", ", consumers));
            }
            if (selection.isPresent() && active.isPresent() && !selection.get().equals(active.get().name())) {
                notes.add("note: " + concern + " selection '" + selection.get() + "' is "
                        + (registry.failure(concern, selection.get()).isPresent() ? "out of use (failed)"
                                : "not installed") + "; using '" + active.get().name() + "'");
            }
        }
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                out.append(c == columns - 1 ? row[c] : String.format("%-" + (width[c] + 2) + "s", row[c]));
            }
            out.append('\n');
        }
        usedBy.forEach(u -> out.append(u).append('\n'));
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString().stripTrailing();
    }

    /**
     * Gets the active provider of a concern, which activates it: a provider that fails to activate is then
     * marked failed and the next one becomes active, so that the listing tells the truth.
     */
    private void probe(String concern) {
        try {
            registry.active(concern, Object.class);
        } catch (IllegalStateException noWorkingProvider) {
            // listed with the failures' notes
        }
    }
}
