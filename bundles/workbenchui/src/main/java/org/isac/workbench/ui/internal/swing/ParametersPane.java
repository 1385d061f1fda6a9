package org.isac.workbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Scrollable;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.isac.workbench.ui.internal.model.AttributeSpec;
import org.isac.workbench.ui.internal.model.ProviderSettings;
import org.isac.workbench.ui.internal.model.ScenarioDocument;

/**
 * The forms: the scenario's top-level parameters (JSON values, checked as typed, kept in memory until saved),
 * then the settings of every provider that declares a metatype (checked as typed against type, range and
 * options; stored in Config Admin on Enter or when the field is left).
 */
final class ParametersPane extends JPanel {

    /** Scenario fields shown as the header rather than as inputs. */
    private static final List<String> HEADER_FIELDS = List.of("title", "description");

    private final WorkbenchBackend backend;
    private final Consumer<String> status;
    private final Form form = new Form();
    private final Map<String, JTextField> scenarioFields = new HashMap<>();
    private ScenarioDocument scenario;
    private List<ProviderSettings> shownSettings = List.of();

    ParametersPane(WorkbenchBackend backend, Consumer<String> status) {
        super(new BorderLayout());
        this.backend = backend;
        this.status = status;
        JScrollPane scroll = new JScrollPane(form);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        rebuild();
    }

    /** @return the scenario shown, {@code null} before one is picked */
    ScenarioDocument scenario() {
        return scenario;
    }

    /** @param document the scenario to show and edit */
    void show(ScenarioDocument document) {
        scenario = document;
        rebuild();
    }

    /** Rebuilds the provider forms when the providers that have settings changed (a plugin came or went). */
    void providersChanged() {
        List<ProviderSettings> now = backend.providerSettings();
        if (!keys(now).equals(keys(shownSettings))) {
            rebuild();
        }
    }

    /**
     * Types a value into a scenario field, as the user would.
     *
     * @param name the parameter
     * @param text the value
     * @throws IllegalArgumentException naming the field when there is no such field
     */
    void type(String name, String text) {
        JTextField field = scenarioFields.get(name);
        if (field == null) {
            throw new IllegalArgumentException(name + ": not a parameter of the scenario shown; parameters: "
                    + String.join(", ", scenarioFields.keySet()));
        }
        field.setText(text);
    }

    private static List<String> keys(List<ProviderSettings> settings) {
        return settings.stream().map(s -> s.concern() + "/" + s.name() + "/" + s.active()).toList();
    }

    private void rebuild() {
        form.removeAll();
        scenarioFields.clear();
        if (scenario == null) {
            form.heading("Scenario");
            form.note("Pick a scenario in the tree (or File > Open).");
        } else {
            scenarioForm();
        }
        shownSettings = backend.providerSettings();
        form.heading("Provider settings");
        form.note("Stored in Config Admin on Enter or when the field is left; the next run uses them.");
        for (ProviderSettings settings : shownSettings) {
            providerForm(settings);
        }
        form.end();
        form.revalidate();
        form.repaint();
    }

    private void scenarioForm() {
        Map<String, String> header = new HashMap<>();
        scenario.fields().forEach(f -> header.put(f.name(), f.text()));
        form.title(header.getOrDefault("title", scenario.file().getFileName().toString()));
        form.note(scenario.file().toString());
        if (header.containsKey("description")) {
            form.wrapped(header.get("description"));
        }
        for (ScenarioDocument.Field field : scenario.fields()) {
            if (HEADER_FIELDS.contains(field.name())) {
                continue;
            }
            JTextField input = startShown(field.text());
            input.setEditable(!field.name().equals(ScenarioDocument.KIND));
            JLabel label = form.row(field.name(), input, "JSON " + field.type().name().toLowerCase(java.util.Locale.ROOT));
            JTextArea problem = form.problem();
            scenarioFields.put(field.name(), input);
            onEdit(input, text -> {
                Optional<String> p = scenario.problem(field.name(), text);
                if (p.isEmpty()) {
                    scenario.set(field.name(), text);
                    label.setForeground(scenario.editedFields().contains(field.name()) ? Look.EDITED : null);
                }
                return p;
            }, problem);
        }
    }

    private void providerForm(ProviderSettings settings) {
        form.subheading(settings.concern() + " / " + settings.name() + (settings.active() ? "  (active)" : ""),
                settings.title());
        for (AttributeSpec attribute : settings.attributes()) {
            String value = settings.values().getOrDefault(attribute.id(), "");
            String tip = attribute.description() + (attribute.min() != null || attribute.max() != null
                    ? " Allowed: " + attribute.interval() + "." : "")
                    + (attribute.options().isEmpty() ? "" : " One of: " + String.join(", ", attribute.options()) + ".")
                    + " Default: " + String.join(", ", attribute.defaults()) + ".";
            if (attribute.type() == AttributeSpec.Type.BOOLEAN && attribute.cardinality() == 0) {
                JCheckBox box = new JCheckBox("", Boolean.parseBoolean(value));
                form.row(attribute.name(), box, tip);
                form.problem();
                box.addActionListener(e -> store(settings, attribute, Boolean.toString(box.isSelected())));
            } else if (!attribute.options().isEmpty() && attribute.cardinality() == 0) {
                JComboBox<String> box = new JComboBox<>(attribute.options().toArray(String[]::new));
                box.setSelectedItem(value);
                form.row(attribute.name(), box, tip);
                form.problem();
                box.addActionListener(e -> store(settings, attribute, String.valueOf(box.getSelectedItem())));
            } else {
                JTextField input = startShown(value);
                form.row(attribute.name(), input, tip);
                JTextArea problem = form.problem();
                onEdit(input, attribute::problem, problem);
                String[] stored = {value};
                Runnable apply = () -> {
                    String text = input.getText();
                    if (!text.equals(stored[0]) && attribute.problem(text).isEmpty()) {
                        store(settings, attribute, text);
                        stored[0] = text;
                    }
                };
                input.addActionListener(e -> apply.run());
                input.addFocusListener(new FocusAdapter() {
                    @Override
                    public void focusLost(FocusEvent e) {
                        apply.run();
                    }
                });
            }
        }
    }

    private void store(ProviderSettings settings, AttributeSpec attribute, String text) {
        try {
            backend.configure(settings, attribute, text);
            status.accept(settings.concern() + " / " + settings.name() + ": " + attribute.name() + " = " + text
                    + " stored");
        } catch (IOException | RuntimeException e) {
            status.accept("cannot store " + attribute.name() + ": " + e.getMessage());
        }
    }

    /** A field showing the start of its value: a long JSON value scrolled to its end hides what it is. */
    private static JTextField startShown(String text) {
        JTextField input = new JTextField(text);
        input.setCaretPosition(0);
        return input;
    }

    /** Checks a field as it is typed and shows the problem under it. */
    private static void onEdit(JTextField input, Function<String, Optional<String>> check, JTextArea problem) {
        input.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }

            private void changed() {
                Optional<String> p = check.apply(input.getText());
                problem.setText(p.orElse(""));
                problem.setVisible(p.isPresent());
                input.putClientProperty("JComponent.outline", p.isPresent() ? "error" : null);
            }
        });
    }

    /** A two-column form (label, input) that tracks the width of its scroll pane. */
    private static final class Form extends JPanel implements Scrollable {
        private final GridBagConstraints c = new GridBagConstraints();
        private int row;

        Form() {
            super(new GridBagLayout());
            setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        }

        @Override
        public void removeAll() {
            super.removeAll();
            row = 0;
        }

        void heading(String text) {
            JLabel label = new JLabel(text);
            label.setFont(Look.derive(label.getFont(), 1.2f, Font.BOLD));
            full(label, new Insets(row == 0 ? 0 : 14, 0, 4, 0));
        }

        void subheading(String text, String description) {
            JLabel label = new JLabel(text);
            label.setFont(Look.derive(label.getFont(), 1.0f, Font.BOLD));
            label.setToolTipText(description);
            full(label, new Insets(10, 0, 0, 0));
            JLabel note = new JLabel(description);
            note.setFont(Look.derive(note.getFont(), 0.92f, Font.ITALIC));
            full(note, new Insets(0, 0, 2, 0));
        }

        void note(String text) {
            JLabel label = new JLabel(text);
            label.setFont(Look.derive(label.getFont(), 0.92f, Font.PLAIN));
            label.setToolTipText(text);
            full(label, new Insets(0, 0, 4, 0));
        }

        void title(String text) {
            full(text(text, Look.derive(new JLabel().getFont(), 1.2f, Font.BOLD)), new Insets(0, 0, 2, 0));
        }

        void wrapped(String text) {
            full(text(text, Look.derive(new JLabel().getFont(), 0.92f, Font.PLAIN)), new Insets(0, 0, 6, 0));
        }

        /** Text wrapped at the form's width (the form tracks the viewport's width, so the area grows downwards). */
        private static JTextArea text(String text, Font font) {
            JTextArea area = new JTextArea(text);
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            area.setEditable(false);
            area.setFocusable(false);
            area.setOpaque(false);
            area.setFont(font);
            area.setBorder(BorderFactory.createEmptyBorder());
            return area;
        }

        JLabel row(String name, JComponent input, String tip) {
            JLabel label = new JLabel(name);
            label.setToolTipText(tip);
            label.setLabelFor(input);
            input.setToolTipText(tip);
            c.gridx = 0;
            c.gridy = row;
            c.gridwidth = 1;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            c.anchor = GridBagConstraints.LINE_START;
            c.insets = new Insets(3, 0, 0, 10);
            add(label, c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.insets = new Insets(3, 0, 0, 0);
            add(input, c);
            row++;
            return label;
        }

        /** The line under a field that names its problem, across the form's width (messages are long). */
        JTextArea problem() {
            JTextArea problem = text("", Look.derive(new JLabel().getFont(), 0.92f, Font.PLAIN));
            problem.setForeground(Look.PROBLEM);
            problem.setVisible(false);
            full(problem, new Insets(1, 0, 2, 0));
            return problem;
        }

        void end() {
            c.gridx = 0;
            c.gridy = row++;
            c.gridwidth = 2;
            c.weighty = 1;
            c.fill = GridBagConstraints.BOTH;
            add(new JPanel(), c);
            c.weighty = 0;
        }

        private void full(JComponent component, Insets insets) {
            c.gridx = 0;
            c.gridy = row++;
            c.gridwidth = 2;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.anchor = GridBagConstraints.LINE_START;
            c.insets = insets;
            add(component, c);
        }

        @Override
        public java.awt.Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
