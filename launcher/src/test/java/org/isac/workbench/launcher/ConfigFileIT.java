package org.isac.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * A provider configured by a {@code PID.cfg} file in the plugins folder, as the README tells users to: the
 * network model's §10 decision 4 switched to the exact hole-aware rate and back while the workbench runs.
 */
class ConfigFileIT {

    private static final Pattern CONFIGURATION_PID = Pattern.compile("configuration-pid=\"([^\"]+)\"");
    private static final String CLUSTER = "K=4 J=2 Ls=3";

    @TempDir
    Path folder;

    @Test
    void cfgFileSelectsTheRadarRateVariantLive() throws Exception {
        Path plugins = folder.resolve("plugins");
        Files.createDirectories(plugins);
        Path cfg = plugins.resolve("org.isac.workbench.sg_model.meng_2024.cfg");
        try (Workbench workbench = Workbench.start(plugins, folder.resolve("workspace"), false)) {
            double theorem3 = value(workbench, "isac:sg radar-rate " + CLUSTER);
            double exact = value(workbench, "isac:sg radar-rate-exact " + CLUSTER);
            assertTrue(exact > 1.03 * theorem3, "H1 " + exact + " vs Theorem 3 " + theorem3);

            Files.writeString(cfg, "radarRateForClusters=EXACT_HOLE\n");
            awaitRadarRate(workbench, exact);
            // a run records the setting it ran with
            Path scenario = folder.resolve("small-region.json");
            Files.writeString(scenario, "{\"kind\": \"network-sg-region\", \"title\": \"small\", \"plot\": \"ase\", "
                    + "\"base\": {\"M\": 6, \"Nr\": 4}}");
            Path results = folder.resolve("results");
            WorkbenchFixture.run(workbench, "isac:run " + scenario + " " + results);
            JsonNode settings = new ObjectMapper().readTree(results.resolve("small-region.provenance.json").toFile())
                    .path("settings");
            assertEquals("EXACT_HOLE", settings.path("sg-model").path("radarRateForClusters").asText(),
                    settings.toString());
            assertEquals("EXACT", settings.path("sg-model").path("theorem1Kernel").asText(), settings.toString());
            Files.writeString(cfg, "radarRateForClusters=THEOREM_3\n");
            awaitRadarRate(workbench, theorem3);
        }
    }

    /**
     * File Install reads {@code a-b.cfg} as a factory configuration of PID {@code a}: a provider whose PID has a
     * dash could never be configured by a file.
     */
    @Test
    void noComponentPidHasADash() throws Exception {
        try (Workbench workbench = Workbench.start(folder.resolve("plugins"), folder.resolve("workspace"), false)) {
            List<String> pids = new ArrayList<>();
            for (Bundle bundle : workbench.context().getBundles()) {
                if (!bundle.getSymbolicName().startsWith("org.isac")) {
                    continue;
                }
                var entries = bundle.findEntries("OSGI-INF", "*.xml", false);
                for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(entry.openStream(),
                            StandardCharsets.UTF_8))) {
                        Matcher m = CONFIGURATION_PID.matcher(in.lines().collect(Collectors.joining("\n")));
                        while (m.find()) {
                            pids.add(m.group(1));
                        }
                    }
                }
            }
            assertTrue(pids.size() >= 6, "configurable providers found: " + pids);
            assertEquals(List.of(), pids.stream().filter(p -> p.contains("-")).toList());
        }
    }

    private static double value(Workbench workbench, String command) {
        return Double.parseDouble(WorkbenchFixture.run(workbench, command).strip().split("\n")[0]);
    }

    /** Polls until the configured model answers with the expected rate (File Install polls every second). */
    private static void awaitRadarRate(Workbench workbench, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + WorkbenchFixture.EVENT_TIMEOUT_SECONDS * 1_000_000_000L;
        double last = Double.NaN;
        while (System.nanoTime() < deadline) {
            last = value(workbench, "isac:sg radar-rate " + CLUSTER);
            if (last == expected) {
                return;
            }
            Thread.sleep(200);
        }
        fail("radar-rate stayed " + last + ", expected " + expected);
    }
}
