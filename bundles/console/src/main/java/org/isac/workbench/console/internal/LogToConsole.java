package org.isac.workbench.console.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Prints warnings and errors of the OSGi log on standard error, so that a user sees, for example, that the
 * selected provider went away and which one is used instead.
 */
@Component(immediate = true)
public final class LogToConsole implements LogListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LogReaderService reader;

    @Activate
    public LogToConsole(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        // the framework's "service factory returned null" is a provider failing to activate, which the registry
        // reports itself with the provider's message and the fallback (the log service hands the exception over
        // as a copy, so it is recognized by its message)
        if (cause(entry.getException()).contains("Service factory returned null")) {
            return;
        }
        if (LogLevel.WARN.implies(entry.getLogLevel())) {
            System.err.println("[" + TIME.format(LocalTime.now()) + "] " + entry.getLogLevel() + " "
                    + entry.getBundle().getSymbolicName() + ": " + entry.getMessage() + cause(entry.getException()));
        }
    }

    /** The innermost cause's message (a provider's own words, e.g. the configuration key it rejects), if any. */
    private static String cause(Throwable exception) {
        if (exception == null) {
            return "";
        }
        Throwable innermost = exception;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return ": " + (innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage());
    }
}
