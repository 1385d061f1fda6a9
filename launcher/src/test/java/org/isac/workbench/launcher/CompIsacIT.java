package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CoMP-ISAC letter through its commands, as a lab script drives it. */
class CompIsacIT extends SharedWorkbench {


    private static Path scenario(String name) {
        return Path.of(System.getProperty("isac.scenarios"), "comp-isac", name + ".json");
    }

    @Test
    void marcumQAndThreshold() throws Exception {
        // references computed with mpmath at 60 digits (Bessel series Σ_{k ≥ 1−M} (a/b)^k I_k(ab) e^{-(a²+b²)/2}):
        // Q_3(2,5) = 0.01278033874691013071708196, 1 − Q_3(2,5) = 0.987219661253089869282918
        String[] lines = WorkbenchFixture.run(workbench, "isac:marcumq 3 2 5").strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("Q ") && lines[1].startsWith("1-Q "), String.join("|", lines));
        assertEquals(0.01278033874691013071708196, Double.parseDouble(lines[0].substring(2)), 4e-16 * 0.0128);
        assertEquals(0.987219661253089869282918, Double.parseDouble(lines[1].substring(4)), 4e-16);
        // deep tail, never 0: Q_1(1, 30) = e^{-(a²+b²)/2} Σ_k (a/b)^k I_k(ab) = 1.810571377840675264711451e-184
        // (mpmath, 60 digits); its condition number is about b² − a² = 899, so the tolerance is
        // 16·ε·(1 + cond) = 3.2e-12 relative (specification section 4)
        String tail = WorkbenchFixture.run(workbench, "isac:marcumq 1 1 30").strip().split("\n")[0];
        assertEquals(1.810571377840675264711451e-184, Double.parseDouble(tail.substring(2)), 3.2e-12 * 1.81e-184);
        // the specification's 30-digit δ for L = 3, P_FA = 1e-6
        assertEquals(19.129168188604843,
                Double.parseDouble(WorkbenchFixture.run(workbench, "isac:threshold 3 1e-6").strip()), 4e-15 * 19.13);
        assertEquals("PFA must be in (0, 1), got 2.0", WorkbenchFixture.fail(workbench, "isac:threshold 3 2"));
    }

    @Test
    void marcumQFileEvaluatesEveryRow() throws Exception {
        Path in = folder.resolve("in.csv");
        Files.writeString(in, "M,a,b\n3,2,5\n1,1,30\n");
        Path out = folder.resolve("out.csv");
        assertEquals("2 rows written to " + out,
                WorkbenchFixture.run(workbench, "isac:marcumq-file " + in + " " + out).strip());
        List<String> rows = Files.readAllLines(out);
        assertEquals("M,a,b,Q,one_minus_Q", rows.get(0));
        assertEquals(0.01278033874691013071708196, Double.parseDouble(rows.get(1).split(",")[3]), 4e-16 * 0.0128);
        Files.writeString(in, "3,2,5\n3,-1,5\n");
        assertTrue(WorkbenchFixture.fail(workbench, "isac:marcumq-file " + in + " " + out)
                .startsWith(in + " line 2: "));
    }

    @Test
    void powerAllocationOfOneInstance() throws Exception {
        // gains close to those of the scenarios/comp-isac layout, at P_th = 12 dB where every scheme is feasible
        Path instance = folder.resolve("pa.json");
        Files.writeString(instance, """
                {"L": 3,
                 "gainComm": [[1.3331, 0.0269, 0.0589], [0.2878, 0.5457, 0.3085], [0.0706, 0.0556, 0.7655]],
                 "gainSense": [[19.59, 1.118, 0.506], [0.2434, 6.090, 0.5063], [0.2753, 0.4240, 1.226]],
                 "noiseComm": 1.2589, "noiseSense": 31.623, "N": 100, "pfa": 1e-6,
                 "powerBudget": 15.85, "rateMin": 1.0, "pdMin": 0.7}""");
        String json = WorkbenchFixture.run(workbench, "isac:pa " + instance);
        for (String scheme : List.of("PPA", "EPA", "RPA", "GLOBAL")) {
            assertTrue(json.contains("\"" + scheme + "\""), json);
        }
        Map<String, Double> sumRate = new HashMap<>();
        for (String scheme : List.of("PPA", "EPA", "RPA", "GLOBAL")) {
            String block = json.substring(json.indexOf("\"" + scheme + "\""));
            String value = block.substring(block.indexOf("\"sumRate\"") + 11).split("[,\\n]")[0].strip();
            sumRate.put(scheme, Double.parseDouble(value));
        }
        assertTrue(sumRate.get("PPA") >= sumRate.get("EPA") - 1e-9, json);
        assertTrue(sumRate.get("GLOBAL") >= sumRate.get("PPA") - 1e-6 * sumRate.get("PPA"), json);
        assertTrue(sumRate.get("GLOBAL") >= sumRate.get("RPA") - 1e-9, json);
        assertTrue(json.contains("\"iterations\"") && json.contains("\"gapToGlobal\""), json);

        Files.writeString(instance, Files.readString(instance).replace("[0.0706, 0.0556, 0.7655]", "[0.0706, 0.0556]"));
        assertEquals("gainComm[2]: must have L = 3 values, got 2",
                WorkbenchFixture.fail(workbench, "isac:pa " + instance));
    }

    @Test
    void fig2aTheoryMatchesMonteCarlo() throws Exception {
        Path results = folder.resolve("fig2a");
        String written = WorkbenchFixture.run(workbench, "isac:run " + scenario("fig2a") + " " + results);
        for (String suffix : List.of(".csv", ".png", ".svg", ".provenance.json")) {
            assertTrue(written.contains("fig2a" + suffix), written);
            assertTrue(Files.size(results.resolve("fig2a" + suffix)) > 100, suffix);
        }
        List<String> rows = Files.readAllLines(results.resolve("fig2a.csv"));
        int points = rows.size() - 1;
        assertEquals(21 * 3, points, "every (P_th, target) point");
        // family-wise 99 %: Bonferroni over the points, z = Φ⁻¹(1 − 0.005/points) ≈ 3.6 for 63 points
        double z = new org.hipparchus.distribution.continuous.NormalDistribution()
                .inverseCumulativeProbability(1 - 0.005 / points);
        int inside99 = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double simulated = Double.parseDouble(f[3]);
            double theory = Double.parseDouble(f[6]);
            int trials = Integer.parseInt(f[8]);
            double se = Math.sqrt(Math.max(theory * (1 - theory), 1e-12) / trials);
            assertEquals(theory, simulated, z * se + 0.5 / trials, row);
            if (theory >= Double.parseDouble(f[4]) && theory <= Double.parseDouble(f[5])) {
                inside99++;
            }
        }
        // each point's 99 % interval holds the theory with probability 0.99: at most a few may miss
        assertTrue(inside99 >= points - 4, inside99 + " of " + points + " inside their 99 % interval");
    }

    @Test
    void fig2bReproducesTheLettersStatements() throws Exception {
        Path results = folder.resolve("fig2b");
        WorkbenchFixture.run(workbench, "isac:run " + scenario("fig2b") + " " + results);
        Map<String, Double> rate = new HashMap<>();
        for (String row : Files.readAllLines(results.resolve("fig2b.csv")).subList(1, 1 + 25 * 3)) {
            String[] f = row.split(",");
            rate.put(f[2] + "@" + (int) Double.parseDouble(f[0]), Double.parseDouble(f[3]));
        }
        // at 9 dB only PPA meets both requirements
        assertFalse(rate.get("ppa@9").isNaN());
        assertTrue(rate.get("epa@9").isNaN() && rate.get("rpa-split@9").isNaN(), rate.toString());
        // PPA is best wherever the others are feasible, and the gap widens with the budget
        for (int db = 10; db <= 30; db++) {
            assertTrue(rate.get("ppa@" + db) >= rate.get("epa@" + db) - 1e-9, "at " + db + " dB");
            double rpa = rate.get("rpa-split@" + db);
            assertTrue(Double.isNaN(rpa) || rate.get("ppa@" + db) >= rpa - 1e-9, "at " + db + " dB");
        }
        assertTrue(rate.get("ppa@30") - rate.get("epa@30") > rate.get("ppa@12") - rate.get("epa@12"));
        // PPA at 15 dB is roughly EPA at 19 dB (the letter's 4 dB): within 0.5 bit/s/Hz
        assertEquals(rate.get("epa@19"), rate.get("ppa@15"), 0.5);
    }

    /**
     * Over random drops every scheme is averaged over the same drops (an infeasible drop counts as zero) next to
     * its mean over its feasible drops; fewer than two feasible drops give no interval.
     */
    @Test
    void fadingDropsCompareTheSchemesOnTheSameDrops() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode scenario = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Path.of(System.getProperty("isac.scenarios"), "comp-isac", "fig2b.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) scenario.get("network")).put("channel", "fading")
                .put("drops", 8);
        scenario.putArray("powerBudgetsDb").add(9).add(20);
        Path file = folder.resolve("drops.json");
        json.writeValue(file.toFile(), scenario);
        Path results = folder.resolve("drops");
        WorkbenchFixture.run(workbench, "isac:run " + file + " " + results);
        List<String> rows = Files.readAllLines(results.resolve("drops.csv"));
        assertEquals("powerBudgetDb,curvePowerBudgetDb,scheme,sumRate,stderr,ci95_low,ci95_high,feasibleFraction,drops,"
                + "reason,sumRateAllDrops,stderrAllDrops", rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            // the reason may hold commas: the last two fields are the all-drops mean and its standard error
            String[] f = row.split(",");
            double feasibleMean = Double.parseDouble(f[3]);
            double fraction = Double.parseDouble(f[7]);
            double allDrops = Double.parseDouble(f[f.length - 2]);
            if (fraction == 0) {
                assertEquals(0, allDrops, 0, row);
                assertTrue(Double.isNaN(feasibleMean), row);
            } else {
                // an infeasible drop counts as zero: the all-drops mean is the feasible mean times the fraction
                assertEquals(feasibleMean * fraction, allDrops, 1e-8 * feasibleMean, row);
            }
            if (fraction * 8 < 2) {
                assertTrue(Double.isNaN(Double.parseDouble(f[4])), "no interval from one feasible drop: " + row);
            }
        }
    }
}
