package org.isac.workbench.console.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.experiment.AtomicFile;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.ProgressCounter;
import org.isac.workbench.numerics.random.RandomStreams;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.ProviderInfo;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code isac:fading-sample}: draws power gains from the active fading model, to check a plugged-in model
 * against its theory (its mean must be 1 and its second moment what the model declares). Gogo cannot map a
 * dashed command name to a Java method, so the command's methods are named {@code _main}, which Gogo
 * calls, with the function name as first argument, for whatever function the component registers.
 */
@IsacConsumer(name = "isac:fading-sample", concerns = {"fading"})
@Component(service = FadingSampleCommand.class)
@GogoCommand(scope = "isac", function = "fading-sample")
public final class FadingSampleCommand {

    /** Samples drawn per batch: bounded memory for any count. */
    private static final int BATCH = 1 << 16;

    private final ComponentRegistry registry;

    @Activate
    public FadingSampleCommand(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("draw power gains |h|^2 from the active fading model; prints "
            + "provider,count,mean,second_moment,expected_second_moment")
    public String _main(String command, @Descriptor("number of samples, 1 to 1e9") long count,
            @Descriptor("seed of the random stream") long seed) throws IOException {
        return _main(command, count, seed, null);
    }

    @Descriptor("as above, and write every sample, one per line, to a file")
    public String _main(String command, @Descriptor("number of samples, 1 to 1e9") long count,
            @Descriptor("seed of the random stream") long seed,
            @Descriptor("file for the samples") String file) throws IOException {
        if (count < 1 || count > 1_000_000_000L) {
            throw new IllegalArgumentException("count must be in [1, 1000000000], got " + count);
        }
        // the service first: a provider that fails to activate gives way to the next, whose name is printed
        Fading fading = registry.active(Fading.CONCERN, Fading.class);
        String provider = registry.activeInfo(Fading.CONCERN).map(ProviderInfo::name).orElse("(none)");
        var random = RandomStreams.of(seed, 0, 0);
        RunningStatistics first = new RunningStatistics();
        RunningStatistics second = new RunningStatistics();
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:fading-sample")) {
            ProgressCounter drawn = new ProgressCounter(progress, count);
            if (file == null) {
                draw(fading, random, first, second, null, drawn, cancellation);
            } else {
                // written whole and atomically: a full disk or a cancel fails the command and leaves an earlier
                // file intact
                AtomicFile.write(Path.of(file), out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    draw(fading, random, first, second, writer, drawn, cancellation);
                    writer.flush();
                });
            }
        }
        return String.format(Locale.ROOT, "%s,%d,%.17g,%.17g,%.17g", provider, count, first.mean(), second.mean(),
                fading.powerGainSecondMoment());
    }

    private static void draw(Fading fading, RandomGenerator random, RunningStatistics first, RunningStatistics second,
            Writer out, ProgressCounter drawn, Cancellation cancellation) throws IOException {
        long count = drawn.total();
        double[] gains = new double[(int) Math.min(BATCH, count)];
        for (long done = 0; done < count; done += gains.length) {
            if (cancellation.getAsBoolean()) {
                throw new CancellationException("cancelled after " + done + " of " + count + " samples; nothing written");
            }
            int n = (int) Math.min(gains.length, count - done);
            fading.samplePowerGains(random, gains, 0, n);
            for (int i = 0; i < n; i++) {
                first.add(gains[i]);
                second.add(gains[i] * gains[i]);
                if (out != null) {
                    out.write(Double.toString(gains[i]));
                    out.write('\n');
                }
            }
            drawn.advance(n);
        }
    }
}
