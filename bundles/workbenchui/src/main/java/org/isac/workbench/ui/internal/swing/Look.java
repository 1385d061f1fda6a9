package org.isac.workbench.ui.internal.swing;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/** The window's look: FlatLaf when it loads, else the platform's own. */
final class Look {

    /** Problems shown next to a field. */
    static final Color PROBLEM = new Color(0xc62828);
    /** Edited values that differ from the file. */
    static final Color EDITED = new Color(0x1565c0);

    private Look() {
    }

    /** Installs the look and feel; call on the event thread before building components. */
    static void install() {
        try {
            // Swing looks UI delegates up by class name through this loader; inside OSGi it must be FlatLaf's own
            UIManager.put("ClassLoader", FlatLightLaf.class.getClassLoader());
            FlatLightLaf.setup();
            UIManager.put("ScrollBar.showButtons", true);
            UIManager.put("Component.arc", 6);
            UIManager.put("TabbedPane.showTabSeparators", true);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("isac-workbench: FlatLaf unavailable (" + e + "); using the system look and feel");
            try {
                UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
            } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException ignored) {
                // Swing's default look and feel stays: the window still works
            }
        }
    }

    /** @return a monospaced font the size of the look's text */
    static Font monospaced() {
        Font base = UIManager.getFont("TextArea.font");
        return new Font(Font.MONOSPACED, Font.PLAIN, base == null ? 13 : base.getSize());
    }

    /**
     * @param font a font
     * @param scale its size factor
     * @param style {@link Font#BOLD}, {@link Font#PLAIN}, ...
     * @return the derived font
     */
    static Font derive(Font font, float scale, int style) {
        return font.deriveFont(style, font.getSize2D() * scale);
    }
}
