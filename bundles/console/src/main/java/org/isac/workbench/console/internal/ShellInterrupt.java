package org.isac.workbench.console.internal;

import java.util.function.BooleanSupplier;
import org.isac.workbench.experiment.Cancellation;
import org.osgi.service.component.annotations.Component;

/**
 * Cancels the running console commands for the launcher's Ctrl-C handler. The launcher lives outside the
 * framework, so it finds this service by the {@code java.*} interface it shares with every bundle and the
 * property {@value #SHELL_PROPERTY}={@value #INTERRUPT}.
 */
@Component(service = BooleanSupplier.class, property = ShellInterrupt.SHELL_PROPERTY + "=" + ShellInterrupt.INTERRUPT)
public final class ShellInterrupt implements BooleanSupplier {

    /** The service property the launcher looks for. */
    static final String SHELL_PROPERTY = "isac.shell";
    /** Its value. */
    static final String INTERRUPT = "interrupt";

    /** @return whether a command was running and has been asked to stop */
    @Override
    public boolean getAsBoolean() {
        return Cancellation.cancelRunning();
    }
}
