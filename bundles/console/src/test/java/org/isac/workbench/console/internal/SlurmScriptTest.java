package org.isac.workbench.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Slurm script's jobs; the script itself is run against a stand-in sbatch in SlurmScriptIT. */
class SlurmScriptTest {

    private static SlurmScript script(String scenario, String time, String partition) {
        return new SlurmScript(Path.of(scenario), Path.of("/lab/results/fig04"), "fig04", Path.of("/opt/isac.jar"),
                Path.of("/lab/plugins"), Path.of("/home/ana/.isac-workbench"), 4, 2, time, partition);
    }

    @Test
    void anArrayOfShardsThenAMergeThatWaitsForThem() {
        String text = script("/lab/scenarios/network-sg/fig04.json", "2:00:00", "short").text();
        List<String> lines = text.lines().toList();
        assertEquals("#!/bin/bash", lines.get(0));
        assertTrue(lines.contains("#SBATCH --array=0-3"), text);
        assertEquals(2, lines.stream().filter(l -> l.equals("#SBATCH --cpus-per-task=2")).count());
        assertEquals(2, lines.stream().filter(l -> l.equals("#SBATCH --time=2:00:00")).count());
        assertEquals(2, lines.stream().filter(l -> l.equals("#SBATCH --partition=short")).count());
        assertTrue(text.contains("-c \"isac:run /lab/scenarios/network-sg/fig04.json /lab/results/fig04 "
                + "shard=$SLURM_ARRAY_TASK_ID/4\""), text);
        assertTrue(text.contains("merge=$(sbatch --parsable --dependency=afterok:${shards%%;*} --kill-on-invalid-dep=yes "
                + "<<'MERGE'"), text);
        assertTrue(text.contains("-c \"isac:merge /lab/results/fig04 /lab/results/fig04/fig04.part-0-of-4.json "
                + "/lab/results/fig04/fig04.part-1-of-4.json /lab/results/fig04/fig04.part-2-of-4.json "
                + "/lab/results/fig04/fig04.part-3-of-4.json\""), text);
        // each job copies the configuration into a workspace of its own, removed when the job ends
        assertEquals(2, lines.stream().filter(l -> l.equals("cp -r /home/ana/.isac-workbench/config "
                + "\"$workspace/config\"")).count());
        // without the cluster feature: a job must not join the lab's cluster
        assertTrue(text.contains("-XX:ActiveProcessorCount=2 -jar /opt/isac.jar --features core,comp-isac,network-sg,"
                + "charts --plugins /lab/plugins --workspace \"$workspace\""), text);
    }

    @Test
    void noTimeOrPartitionLeavesSlurmItsDefaults() {
        String text = script("/lab/fig04.json", "", "").text();
        assertFalse(text.contains("--time"), text);
        assertFalse(text.contains("--partition"), text);
    }

    @Test
    void refusesWhatItCannotWriteSafely() {
        IllegalArgumentException space = assertThrows(IllegalArgumentException.class,
                () -> script("/lab/my scenarios/fig04.json", "", ""));
        assertTrue(space.getMessage().startsWith("path: '/lab/my scenarios/fig04.json'"), space.getMessage());
        assertThrows(IllegalArgumentException.class, () -> script("/lab/$(reboot).json", "", ""));
        // '=' would read as an option of isac:run, '%' as a pattern of Slurm's --output
        assertThrows(IllegalArgumentException.class, () -> script("/lab/a=b.json", "", ""));
        assertThrows(IllegalArgumentException.class, () -> script("/lab/100%.json", "", ""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> script("/lab/f.json", "2h", ""))
                .getMessage().startsWith("time:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> script("/lab/f.json", "", "a b"))
                .getMessage().startsWith("partition:"));
        for (String time : List.of("30", "2:00:00", "1-12", "1-12:30:00", "45:00")) {
            script("/lab/f.json", time, "");
        }
    }
}
