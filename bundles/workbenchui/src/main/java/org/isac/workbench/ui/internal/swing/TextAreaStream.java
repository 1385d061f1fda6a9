package org.isac.workbench.ui.internal.swing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/** An output stream appending UTF-8 text to a text area on the event thread, a line (or a flush) at a time. */
final class TextAreaStream extends OutputStream {

    /** Characters kept in the area; older output is dropped so that a chatty command cannot exhaust memory. */
    private static final int KEEP = 200_000;

    private final JTextArea area;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    TextAreaStream(JTextArea area) {
        this.area = area;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        if (len > 0 && b[off + len - 1] == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        if (pending.size() == 0) {
            return;
        }
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        SwingUtilities.invokeLater(() -> {
            area.append(text);
            int excess = area.getDocument().getLength() - KEEP;
            if (excess > 0) {
                area.replaceRange("", 0, excess);
            }
            area.setCaretPosition(area.getDocument().getLength());
        });
    }
}
