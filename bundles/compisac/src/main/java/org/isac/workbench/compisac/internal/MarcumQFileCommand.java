package org.isac.workbench.compisac.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
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
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            writer.write("M,a,b,Q,one_minus_Q\n");
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
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
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(in + " line " + number + ": " + e.getMessage(), e);
                }
                writer.write(fields[0] + "," + fields[1] + "," + fields[2] + "," + PaReport.format(r.q()) + ","
                        + PaReport.format(r.oneMinusQ()) + "\n");
                rows++;
            }
        }
        return rows + " rows written to " + out;
    }
}
