package org.isac.workbench.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.stat.RunningStatistics;
import org.junit.jupiter.api.Test;

/** What members exchange and how a member is configured: strings that must mean exactly one thing. */
class ClusterTextTest {

    @Test
    void aBlockReadBackIsTheBlockWrittenBitForBitAndOnlyForItsRealizations() {
        RunningStatistics first = new RunningStatistics();
        RunningStatistics second = new RunningStatistics();
        for (int i = 1; i <= 5; i++) {
            first.add(Math.PI / i);
            second.add(Math.log(i + 0.1));
        }
        Block block = new Block("point 3", 2, 32, 16);
        String text = BlockText.encode(block, new RunningStatistics[] {first, second, new RunningStatistics()});
        RunningStatistics[] back = BlockText.decode(block, text);
        assertEquals(3, back.length);
        assertEquals(Double.doubleToRawLongBits(first.mean()), Double.doubleToRawLongBits(back[0].mean()));
        assertEquals(Double.doubleToRawLongBits(second.sumOfSquaredDeviations()),
                Double.doubleToRawLongBits(back[1].sumOfSquaredDeviations()));
        assertEquals(0, back[2].count());
        // a member that cut the run into other blocks
        IllegalStateException cut = assertThrows(IllegalStateException.class,
                () -> BlockText.decode(new Block("point 3", 2, 64, 32), text));
        assertTrue(cut.getMessage().contains("different blocks"), cut.getMessage());
        assertThrows(IllegalStateException.class, () -> BlockText.decode(block, "32+16|1:x:0"));
        assertThrows(IllegalStateException.class, () -> BlockText.decode(block, "garbage"));
    }

    @Test
    void theConfigurationNamesWhatItRefuses() {
        ClusterXml loopback = new ClusterXml("lab-1", List.of("127.0.0.1:5701", "127.0.0.1:5702"), "127.0.0.1", 5701,
                2, "44 bundles #1983c4783d9e");
        assertTrue(loopback.loopback());
        String xml = loopback.xml();
        assertTrue(xml.contains("<multicast enabled=\"false\"/>") && xml.contains("hazelcast.phone.home.enabled\">false")
                && xml.contains("<member>127.0.0.1:5702</member>") && xml.contains("<jet enabled=\"false\"/>"), xml);
        assertFalse(new ClusterXml("lab-1", List.of("10.0.0.2"), "10.0.0.1", 5701, 2, "").loopback());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterXml("lab 1", List.of("a"), "127.0.0.1",
                5701, 2, "")).getMessage().startsWith("name:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterXml("lab", List.of(), "127.0.0.1",
                5701, 2, "")).getMessage().startsWith("members:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterXml("lab", List.of("<evil/>"),
                "127.0.0.1", 5701, 2, "")).getMessage().startsWith("members:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterXml("lab", List.of("a"), "127.0.0.1",
                70000, 2, "")).getMessage().startsWith("port:"));
        assertEquals(List.of("a:1", "b:2"), ClusterXml.list(" a:1, ,b:2 "));
    }
}
