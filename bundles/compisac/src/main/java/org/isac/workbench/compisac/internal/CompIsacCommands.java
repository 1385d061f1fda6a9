package org.isac.workbench.compisac.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.detector.Detector;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.numerics.special.MarcumQ;
import org.isac.workbench.numerics.special.MarcumQInverse;
import org.isac.workbench.optimizer.PowerAllocation;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code isac:marcumq}, {@code isac:threshold} and {@code isac:pa}: the CoMP letter from the shell. */
@IsacConsumer(name = "isac:pa", concerns = {"detector", "power-allocator", "surrogate-solver"})
@Component(service = CompIsacCommands.class)
@GogoCommand(scope = "isac", function = {"marcumq", "threshold", "pa"})
public final class CompIsacCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ComponentRegistry registry;

    @Activate
    public CompIsacCommands(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("generalized Marcum Q-function; prints 'Q <value>' and '1-Q <value>' in %.17g")
    public String marcumq(@Descriptor("order M >= 1") int m, @Descriptor("a >= 0") double a,
            @Descriptor("b >= 0") double b) {
        MarcumQ.Result r = MarcumQ.evaluate(m, a, b);
        return "Q " + PaReport.format(r.q()) + "\n1-Q " + PaReport.format(r.oneMinusQ());
    }

    @Descriptor("GLRT threshold delta with Gamma(L, delta)/Gamma(L) = PFA (eq. 10); prints delta in %.17g")
    public String threshold(@Descriptor("cells L >= 1") int cells, @Descriptor("false-alarm probability in (0,1)")
            double pfa) {
        if (!(pfa > 0 && pfa < 1)) {
            throw new IllegalArgumentException("PFA must be in (0, 1), got " + pfa);
        }
        return PaReport.format(MarcumQInverse.gammaThreshold(cells, pfa));
    }

    @Descriptor("solve one power-allocation instance with PPA, EPA, RPA and the global reference; prints JSON")
    public String pa(@Descriptor("instance file (JSON)") String file) throws IOException {
        Detector detector = registry.active(Detector.CONCERN, Detector.class);
        PaInstance instance = PaInstance.parse(JsonFields.read(Path.of(file)), detector);
        Map<String, PowerAllocation> results;
        // the global reference polls the thread's interrupt
        try (Cancellation cancellation = Cancellation.openInterrupting();
                ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:pa")) {
            results = PaReport.solve(instance, registry, detector);
            if (cancellation.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
        }
        PowerAllocation global = results.get(PaReport.GLOBAL);
        if (global != null && global.feasible() && !PaReport.certified(global)) {
            System.err.println("GLOBAL: " + global.reason());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(PaReport.toJson(instance, results, detector));
    }
}
