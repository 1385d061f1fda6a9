package org.isac.workbench.networksg.internal;

import static org.isac.workbench.experiment.CsvTable.Column.number;
import static org.isac.workbench.experiment.CsvTable.Column.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isac.workbench.experiment.CsvTable;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;

/**
 * The S-C region as table rows ({@code curve,K,J,Lc,Ls,commRate,radarRate,commAse,sensingAse}), shared by
 * {@code isac:region} and the region scenarios, and how a region request is read from {@code key=value}
 * arguments.
 */
final class RegionTable {

    /** The columns of a region row. */
    static final List<CsvTable.Column> COLUMNS = List.of(text("curve"), text("K"), text("J"), text("Lc"), text("Ls"),
            number("commRate", "%.10g"), number("radarRate", "%.10g"), number("commAse", "%.10g"),
            number("sensingAse", "%.10g"));
    /** Keys of the request beyond the model's, with defaults (Jmax = Nr when not given). */
    static final Map<String, String> REGION_DEFAULTS = Map.of("Jmax", "auto", "LcMin", "1", "LsMin", "1");

    private RegionTable() {
    }

    /**
     * The keys a region request reads; the others (K, J, Lc and Ls, which it searches over, and the clutter, which
     * it does not model) are refused.
     */
    static final List<String> REGION_KEYS = List.of("M", "Nr", "alpha", "beta", "cs", "lambda", "Jmax", "LcMin",
            "LsMin");

    static RegionRequest request(NetworkArguments a) {
        for (String key : a.given()) {
            if (!REGION_KEYS.contains(key)) {
                throw new IllegalArgumentException(key + ": not a key of the region (it searches over K, J, Lc and Ls, "
                        + "without clutter); region keys: " + String.join(", ", REGION_KEYS));
            }
        }
        int receive = a.integer("Nr");
        int maxTargets = a.text("Jmax").equals("auto") ? receive : a.integer("Jmax");
        return new RegionRequest(a.integer("M"), receive, maxTargets, a.number("alpha"), a.number("beta"),
                a.number("cs"), a.number("lambda"), a.integer("LcMin"), a.integer("LsMin"));
    }

    /**
     * @param region a region
     * @return its rows: boundary, envelope, rate front, the two corners and 11 time-sharing points
     */
    static List<Object[]> rows(ScRegion region) {
        List<Object[]> rows = new ArrayList<>();
        region.boundary().forEach(p -> rows.add(row("boundary", p)));
        region.envelope().forEach(p -> rows.add(row("envelope", p)));
        region.rateFront().forEach(p -> rows.add(row("rate-front", p)));
        rows.add(row("corner-comm", region.commCorner()));
        rows.add(row("corner-sense", region.senseCorner()));
        RegionPoint c = region.commCorner();
        RegionPoint s = region.senseCorner();
        for (int i = 0; i <= 10; i++) {
            double theta = i / 10.0;
            rows.add(new Object[] {"time-sharing", "", "", "", "", theta * c.commRate() + (1 - theta) * s.commRate(),
                theta * c.radarRate() + (1 - theta) * s.radarRate(), theta * c.commAse() + (1 - theta) * s.commAse(),
                theta * c.sensingAse() + (1 - theta) * s.sensingAse()});
        }
        return rows;
    }

    /**
     * @param curve the row's curve
     * @param p a design
     * @return its row
     */
    static Object[] row(String curve, RegionPoint p) {
        return new Object[] {curve, p.users(), p.targets(), p.commCluster(), p.senseCluster(), p.commRate(),
            p.radarRate(), p.commAse(), p.sensingAse()};
    }

    /**
     * @param table where to write
     * @param prefix values written before each row's (the region scenarios' variant), or none
     * @param rows the rows
     * @throws IOException when the table cannot be written
     */
    static void write(CsvTable table, List<Object> prefix, List<Object[]> rows) throws IOException {
        for (Object[] row : rows) {
            List<Object> values = new ArrayList<>(prefix);
            values.addAll(List.of(row));
            table.row(values.toArray());
        }
    }
}
