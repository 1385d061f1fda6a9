package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network paper's Monte Carlo through its commands. */
class NetworkSgIT extends SharedWorkbench {

    /** Parses {@code quantity,mean,stderr,ci95_lo,ci95_hi,realizations}. */
    private static double[] simulate(String arguments) {
        String line = WorkbenchFixture.run(workbench, "isac:simulate " + arguments).strip();
        String[] f = line.split(",");
        assertEquals(6, f.length, line);
        return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), Double.parseDouble(f[5])};
    }

    @Test
    void classicCoverageRateFromTheCommand() {
        // M = K = 1 without cooperation at α = 4: E[log2(1 + SIR)] = 2.1481 bit/s/Hz, the integral of the
        // Andrews–Baccelli–Ganti coverage (scipy quad: 1.4889876 nats); 99 % interval of the estimate
        double[] r = simulate("comm-rate M=1 K=1 J=1 mode=gamma realizations=20000 seed=3");
        assertEquals(1.4889876246658333 / Math.log(2), r[0], 2.576 * r[1]);
        assertEquals(20000, r[4]);
        // the CSV has 10 significant digits for the mean and 6 for the standard error
        assertEquals(r[0] - 1.959963984540054 * r[1], r[2], 1e-5);
    }

    @Test
    void resultsAreIdenticalForOneAndTwoThreads() {
        String point = "radar-rate M=16 K=4 J=2 Ls=2 mode=gamma realizations=2000 seed=5";
        assertEquals(WorkbenchFixture.run(workbench, "isac:simulate " + point + " threads=1"),
                WorkbenchFixture.run(workbench, "isac:simulate " + point + " threads=2"));
    }

    @Test
    void thePhysicalSimulatorsResultsDoNotDependOnTheThreadCount() {
        // the physics of both simulators is checked on plain objects in simulation's SimulatorsAgainstAnalyticsTest
        String small = "radar-rate M=8 K=1 J=2 Ls=2 mode=physical realizations=4 seed=8";
        assertEquals(WorkbenchFixture.run(workbench, "isac:simulate " + small + " threads=1"),
                WorkbenchFixture.run(workbench, "isac:simulate " + small + " threads=2"));
    }

    @Test
    void analyticRateAndRegionFromTheCommands() {
        // Theorem 1 at M = K = 1 without cooperation is the Andrews–Baccelli–Ganti rate: 1.4889876246658 nats
        // (scipy quad of the closed-form coverage); the analytics promise 1e-6 relative
        String[] lines = WorkbenchFixture.run(workbench, "isac:sg comm-rate M=1 K=1 J=1").strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(1.4889876246658333 / Math.log(2), Double.parseDouble(lines[0]), 1e-6 * 2.15);
        assertTrue(Double.parseDouble(lines[1]) < 1e-6, "error estimate " + lines[1]);
        assertTrue(WorkbenchFixture.fail(workbench, "isac:sg radar-rate Ls=2 clutter=1e-4").startsWith("clutter"));

        String region = WorkbenchFixture.run(workbench, "isac:region M=6 Nr=4").strip();
        List<String> rows = List.of(region.split("\n"));
        assertEquals("curve,K,J,Lc,Ls,commRate,radarRate,commAse,sensingAse", rows.get(0));
        assertEquals(11, rows.stream().filter(r -> r.startsWith("time-sharing,")).count());
        // the communication corner uses no nulling, the paper's Proposition 2 claim at α = 4
        String corner = rows.stream().filter(r -> r.startsWith("corner-comm,")).findFirst().orElseThrow();
        assertEquals("1", corner.split(",")[3], corner);
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(WorkbenchFixture.fail(workbench, "isac:simulate comm-rate K=40 M=16 mode=gamma")
                .startsWith("K*Lc + J*(Ls-1) = 40 exceeds M = 16"));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:simulate rate").startsWith("unknown quantity 'rate'"));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:simulate comm-rate alpha=2").startsWith("alpha must be"));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:simulate comm-rate mode=fast").startsWith("mode must be"));
        assertEquals("J = 0: a communication-only network has no targets; radar-rate needs J >= 1",
                WorkbenchFixture.fail(workbench, "isac:simulate radar-rate J=0 mode=gamma"));
        assertEquals("J = 0: a communication-only network has no targets; sensing-ase needs J >= 1",
                WorkbenchFixture.fail(workbench, "isac:sg sensing-ase J=0"));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:region M=8 K=4").startsWith("K: not a key of the region"));
    }

    @Test
    void aCommunicationOnlyNetworkHasACommunicationRate() {
        // J = 0: Theorem 1 with Ls = 1 does not depend on J, so it equals the default point's 3.5455693546
        String[] analytic = WorkbenchFixture.run(workbench, "isac:sg comm-rate J=0").strip().split("\n");
        assertEquals(3.5455693545921240, Double.parseDouble(analytic[0]), 1e-12);
        double[] r = simulate("comm-rate J=0 mode=gamma realizations=20000 seed=3");
        assertEquals(Double.parseDouble(analytic[0]), r[0], 2.576 * r[1]);
    }

    @Test
    void theSelectedSimulatorRunsAndIsRecorded() throws Exception {
        Path scenario = folder.resolve("selected.json");
        Files.writeString(scenario, """
                {"kind": "network-sg", "quantity": "comm-rate", "theory": ["comm-rate"], "base": {"M": 8, "J": 1},
                 "x": {"key": "Lc", "values": [1]}, "realizations": 500}""");
        Path results = folder.resolve("selected");
        try {
            WorkbenchFixture.run(workbench, "isac:use network-simulator gamma");
            WorkbenchFixture.run(workbench, "isac:run " + scenario + " " + results);
        } finally {
            WorkbenchFixture.run(workbench, "isac:use network-simulator --default");
        }
        assertTrue(Files.readAllLines(results.resolve("selected.csv")).get(1).endsWith(",500,gamma,"));
        String provenance = Files.readString(results.resolve("selected.provenance.json"));
        assertTrue(provenance.contains("\"network-simulator\" : \"gamma (org.isac.workbench.simulation"), provenance);
        assertTrue(provenance.contains("\"sg-model\" : \"meng-2024"), provenance);
        // the gamma simulator uses no point process, fading model or beamformer: none is recorded
        assertTrue(!provenance.contains("\"fading\"") && !provenance.contains("\"beamformer\""), provenance);
        // an explicit mode names the simulator for this run only, and its providers are recorded
        Files.writeString(scenario, Files.readString(scenario).replace("\"realizations\": 500",
                "\"realizations\": 2, \"mode\": \"physical\""));
        WorkbenchFixture.run(workbench, "isac:run " + scenario + " " + results);
        provenance = Files.readString(results.resolve("selected.provenance.json"));
        assertTrue(provenance.contains("\"network-simulator\" : \"physical (") && provenance.contains("\"fading\" : \"rayleigh (")
                && provenance.contains("\"beamformer\" : \"zf ("), provenance);
        Files.writeString(scenario, Files.readString(scenario).replace("\"physical\"", "\"fast\""));
        assertTrue(WorkbenchFixture.fail(workbench, "isac:run " + scenario + " " + results)
                .startsWith("mode: unknown network-simulator provider 'fast'; known: gamma, physical, or none"));
    }

    @Test
    void aScenarioWritesItsCurvesWithIntervals() throws Exception {
        Path scenario = folder.resolve("small.json");
        Files.writeString(scenario, """
                {"kind": "network-sg", "title": "R_c vs Lc", "quantity": "comm-rate",
                 "base": {"M": 8, "J": 1}, "x": {"key": "Lc", "values": [1, 2, 3]},
                 "series": {"key": "K", "values": [1, 4]}, "mode": "gamma", "realizations": 3000, "seed": 2}""");
        Path results = folder.resolve("small");
        String written = WorkbenchFixture.run(workbench, "isac:run " + scenario + " " + results);
        assertTrue(written.contains("small.png") && written.contains("small.svg"), written);
        List<String> rows = Files.readAllLines(results.resolve("small.csv"));
        assertEquals(1 + 6, rows.size());
        // K = 4 with Lc = 3 needs 12 > 8 dimensions: a gap with the reason
        String gap = rows.stream().filter(r -> r.startsWith("3,4,")).findFirst().orElseThrow();
        assertTrue(gap.contains("NaN") && gap.contains("exceeds M = 8"), gap);
        String point = rows.stream().filter(r -> r.startsWith("2,1,")).findFirst().orElseThrow();
        String[] f = point.split(",");
        assertTrue(Double.parseDouble(f[5]) < Double.parseDouble(f[3]) && Double.parseDouble(f[3]) < Double.parseDouble(f[6]),
                point);
    }
}
