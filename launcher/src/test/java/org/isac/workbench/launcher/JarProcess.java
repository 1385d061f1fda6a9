package org.isac.workbench.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as lab scripts run it: {@code java -jar isac-workbench.jar} with a plugins folder and a
 * workspace of its own, and no standard input.
 */
final class JarProcess {

    /** Generous for a JVM start on a loaded CI machine; a hang is what this guards against. */
    static final long TIMEOUT_SECONDS = 120;

    /** Exit status and what the process printed. */
    record Result(int status, String out, String err) {
    }

    private JarProcess() {
    }

    /**
     * @param folder holds {@code plugins/} and {@code workspace/}
     * @param args the launcher's arguments
     * @return the command line
     */
    static List<String> command(Path folder, String... args) {
        return command(folder, List.of(), args);
    }

    /**
     * @param folder holds {@code plugins/} and {@code workspace/}
     * @param jvmOptions options of the Java runtime (before {@code -jar})
     * @param args the launcher's arguments
     * @return the command line
     */
    static List<String> command(Path folder, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("isac.workbench.jar"), "--plugins",
                folder.resolve("plugins").toString(), "--workspace", folder.resolve("workspace").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the jar to its end.
     *
     * @param folder holds {@code plugins/}, {@code workspace/} and the captured streams
     * @param directory the working directory
     * @param args the launcher's arguments
     * @return its exit status and output
     */
    static Result run(Path folder, Path directory, String... args) throws IOException, InterruptedException {
        return run(folder, directory, List.of(), args);
    }

    /**
     * Runs the jar to its end with options of the Java runtime.
     *
     * @param folder holds {@code plugins/}, {@code workspace/} and the captured streams
     * @param directory the working directory
     * @param jvmOptions options of the Java runtime (before {@code -jar})
     * @param args the launcher's arguments
     * @return its exit status and output
     */
    static Result run(Path folder, Path directory, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = command(folder, jvmOptions, args);
        Path in = folder.resolve("stdin");
        if (!Files.exists(in)) {
            Files.createFile(in);
        }
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(in.toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("workbench did not exit within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
