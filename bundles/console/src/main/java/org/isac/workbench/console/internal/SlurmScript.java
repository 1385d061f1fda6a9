package org.isac.workbench.console.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The script {@code isac:sbatch} writes: submitted with {@code bash}, it sends a Slurm job array whose task I runs
 * {@code isac:run SCENARIO RESULTS shard=I/N}, and a merge job that waits for all of them ({@code afterok}) and runs
 * {@code isac:merge}. Every shard and the merge run with a copy of this workbench's configuration (its provider
 * selections and settings) in a workspace of their own, so they use this workbench's providers and never contend
 * for its workspace. The job scripts go to {@code sbatch} on its standard input, as quoted here-documents, so that
 * nothing in them is expanded before the job runs.
 *
 * @param scenario the scenario file, absolute
 * @param results the results folder, absolute
 * @param name the scenario's name (its files are NAME.*)
 * @param jar the workbench jar, absolute
 * @param plugins the plugins folder, absolute
 * @param workspace the workspace whose configuration the jobs copy, absolute
 * @param shards N
 * @param cpus CPUs per shard (the shard's threads)
 * @param time Slurm's time limit per shard, empty for the partition's default
 * @param partition Slurm's partition, empty for the default
 */
record SlurmScript(Path scenario, Path results, String name, Path jar, Path plugins, Path workspace, int shards,
        int cpus, String time, String partition) {

    /** Paths go into shell and Gogo command lines: these characters would need quoting in one of them. */
    private static final Pattern UNQUOTABLE = Pattern.compile("[\\s'\"$`\\\\;&|<>()*?\\[\\]{}#~!=%]");
    /** Slurm's time formats: minutes, M:S, H:M:S, D-H, D-H:M, D-H:M:S. */
    private static final Pattern TIME = Pattern.compile("\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}");
    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.,-]+");
    /** Every feature but the window and the cluster: a job must not join a lab cluster its plugins configure. */
    static final String JOB_FEATURES = "core,comp-isac,network-sg,charts";

    SlurmScript {
        for (Path path : List.of(scenario, results, jar, plugins, workspace)) {
            if (UNQUOTABLE.matcher(path.toString()).find()) {
                throw new IllegalArgumentException("path: '" + path + "' holds a space or a shell character; the "
                        + "script passes paths unquoted to the workbench's console, so move it to a plain path");
            }
        }
        if (!time.isEmpty() && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("time: Slurm's formats are minutes, H:M:S, D-H:M:S (for example "
                    + "2:00:00), got '" + time + "'");
        }
        if (!partition.isEmpty() && !PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("partition: letters, digits, '_', '.', '-' (or a comma-separated list), "
                    + "got '" + partition + "'");
        }
    }

    /** @return the script's text */
    String text() {
        List<String> parts = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            parts.add(results.resolve(name + ".part-" + shard + "-of-" + shards + ".json").toString());
        }
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append("# Written by isac:sbatch: ").append(scenario).append(" in ").append(shards)
                .append(" shards as a Slurm job array, then the merge of their parts into ").append(results)
                .append(".\n");
        s.append("# Submit it with: bash ").append(results.resolve(name + ".slurm.sh")).append('\n');
        s.append("# The Java runtime is 'java' on the nodes' PATH; set ISAC_JAVA to use another.\n");
        s.append("set -euo pipefail\n");
        s.append("mkdir -p ").append(results).append('\n');
        s.append("shards=$(sbatch --parsable <<'SHARDS'\n");
        s.append("#!/bin/bash\n");
        s.append(directives("isac-" + name, "--array=0-" + (shards - 1), results.resolve(name + ".shard-%a.log")));
        s.append(job("isac:run " + scenario + " " + results + " shard=$SLURM_ARRAY_TASK_ID/" + shards));
        s.append("SHARDS\n)\n");
        // a failed shard cancels the merge instead of leaving it pending for ever
        s.append("merge=$(sbatch --parsable --dependency=afterok:${shards%%;*} --kill-on-invalid-dep=yes <<'MERGE'\n");
        s.append("#!/bin/bash\n");
        s.append(directives("isac-" + name + "-merge", null, results.resolve(name + ".merge.log")));
        s.append(job("isac:merge " + results + " " + String.join(" ", parts)));
        s.append("MERGE\n)\n");
        s.append("echo \"submitted: shards job ${shards%%;*} (array 0-").append(shards - 1)
                .append("), merge job ${merge%%;*}; results in ").append(results).append("\"\n");
        return s.toString();
    }

    private String directives(String job, String array, Path log) {
        StringBuilder s = new StringBuilder();
        s.append("#SBATCH --job-name=").append(job).append('\n');
        if (array != null) {
            s.append("#SBATCH ").append(array).append('\n');
        }
        s.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        if (!time.isEmpty()) {
            s.append("#SBATCH --time=").append(time).append('\n');
        }
        if (!partition.isEmpty()) {
            s.append("#SBATCH --partition=").append(partition).append('\n');
        }
        s.append("#SBATCH --output=").append(log).append('\n');
        return s.toString();
    }

    /** A job's body: a private copy of the workspace's configuration, and one workbench command. */
    private String job(String command) {
        return "set -euo pipefail\n"
                + "workspace=$(mktemp -d)\n"
                + "trap 'rm -rf \"$workspace\"' EXIT\n"
                + "cp -r " + workspace.resolve("config") + " \"$workspace/config\"\n"
                + "\"${ISAC_JAVA:-java}\" -XX:ActiveProcessorCount=" + cpus + " -jar " + jar + " --features "
                + JOB_FEATURES + " --plugins " + plugins + " --workspace \"$workspace\" -c \"" + command + "\"\n";
    }
}
