package org.isac.workbench.compisac.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.isac.workbench.experiment.AtomicFile;
import org.isac.workbench.experiment.Cancellation;
import org.isac.workbench.experiment.ConsoleProgress;
import org.isac.workbench.experiment.ProgressCounter;
import org.isac.workbench.numerics.special.MarcumQ;
import org.osgi.service.component.annotations.Component;

/**
 * {@code isac:marcumq-file IN.csv OUT.csv}: evaluates every {@code M,a,b} row of IN (a header line is
 * allowed) and writes {@code M,a,b,Q,one_minus_Q}. Gogo maps no dashed name to a Java method, so the
 * command's method is {@code _main}, called with the function name first.
 */
@Component(service = MarcumQFileCommand.class)
@GogoCommand(scope = "isac", function = "marcumq-file")
public final class MarcumQFileCommand {

    @Descriptor("evaluate Q_M(a,b) for every M,a,b row of a CSV file; prints the number of rows written")
    public String _main(String command, @Descriptor("input CSV with columns M,a,b") String in,
            @Descriptor("output CSV: M,a,b,Q,one_minus_Q") String out) throws IOException {
        Path input = Path.of(in);
        if (!Files.isRegularFile(input)) {
            throw new IOException(in + ": no such file");
        }
        Path output = Path.of(out);
        AtomicFile.requireDistinct(output, input);
        // every row is evaluated before anything is written: a bad row leaves the output as it was
        StringBuilder csv = new StringBuilder("M,a,b,Q,one_minus_Q\n");
        int rows = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (CharacterCodingException binary) {
            throw new IOException(in + ": not a text file (not UTF-8)", binary);
        }
        try (Cancellation cancellation = Cancellation.open();
                ConsoleProgress progress = ConsoleProgress.start(System.err, "isac:marcumq-file")) {
            rows = evaluate(in, lines, csv, progress, cancellation);
        }
        AtomicFile.writeString(output, csv.toString());
        return rows + " rows written to " + out;
    }

    /** @return the rows evaluated into csv; throws naming the line of the first bad row */
    private static int evaluate(String in, List<String> lines, StringBuilder csv, ConsoleProgress progress,
            Cancellation cancellation) {
        ProgressCounter lineCounter = new ProgressCounter(progress, lines.size());
        int rows = 0;
        for (int number = 1; number <= lines.size(); number++) {
            if (cancellation.getAsBoolean()) {
                throw new CancellationException("cancelled at line " + number + " of " + in + "; nothing written");
            }
            lineCounter.advance(1);
            String line = lines.get(number - 1);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (number == 1 && !Character.isDigit(trimmed.charAt(0)))) {
                continue; // blank line or header
            }
            String[] fields = trimmed.split("\\s*,\\s*");
            if (fields.length != 3) {
                throw new IllegalArgumentException(in + " line " + number + ": expected M,a,b, got '" + line + "'");
            }
            int m;
            double a;
            double b;
            try {
                m = Integer.parseInt(fields[0]);
                a = Double.parseDouble(fields[1]);
                b = Double.parseDouble(fields[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(in + " line " + number + ": not numbers: '" + line + "'", e);
            }
            MarcumQ.Result r;
            try {
                r = MarcumQ.evaluate(m, a, b);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IllegalArgumentException(in + " line " + number + ": " + e.getMessage(), e);
            }
            csv.append(fields[0]).append(',').append(fields[1]).append(',').append(fields[2]).append(',')
                    .append(PaReport.format(r.q())).append(',').append(PaReport.format(r.oneMinusQ())).append('\n');
            rows++;
        }
        return rows;
    }
}
