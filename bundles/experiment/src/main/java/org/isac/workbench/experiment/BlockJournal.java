package org.isac.workbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * The resume journal of a run, {@code NAME.journal} beside its results: a first line with the run's identity, then
 * one JSON line per finished block, written and flushed as the block finishes. A run killed at any moment leaves
 * every finished block on disk but the line being written, which a resume ignores: a line that does not parse (the
 * torn end of the file, or one damaged anywhere else) is left out, and its block computed again. A completed run
 * removes its journal.
 */
final class BlockJournal extends BlockRecords implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "isac-workbench block journal 1";

    private final Path file;
    /** What the file must hold before the first new block: the header, and the intact lines of a resumed run. */
    private final String prefix;
    private final int resumed;
    /** Opened at the first new block, so that a run that fails its checks leaves no file behind. */
    private BufferedWriter out;

    private BlockJournal(Path file, String prefix, int resumed) {
        this.file = file;
        this.prefix = prefix;
        this.resumed = resumed;
    }

    /** @return the journal file of a run named {@code name} in {@code results} */
    static Path fileOf(Path results, String name) {
        return results.resolve(name + ".journal");
    }

    /**
     * A journal afresh: an earlier one of the same name is replaced at the first block.
     *
     * @param file the journal
     * @param identity the run's identity
     * @return the journal, written from the first finished block on
     */
    static BlockJournal start(Path file, RunIdentity identity) throws IOException {
        ObjectNode header = JSON.createObjectNode().put("format", FORMAT);
        identity.writeTo(header);
        return new BlockJournal(file, JSON.writeValueAsString(header) + "\n", 0);
    }

    /**
     * Opens an interrupted run's journal to resume from it.
     *
     * @param file the journal
     * @param identity the resuming run's identity
     * @return the journal with its blocks
     * @throws IllegalArgumentException when there is no journal, or it belongs to another scenario or providers
     */
    static BlockJournal resume(Path file, RunIdentity identity) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("resume: no interrupted run to resume: " + file + " does not exist (a "
                    + "completed run removes its journal)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        JsonNode header = lines.isEmpty() ? null : parse(lines.get(0));
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw new IllegalArgumentException("resume: " + file + " is not a block journal of this workbench");
        }
        List<String> differences = RunIdentity.readFrom(header, file).differences(identity);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("resume: the interrupted run in " + file + " differs from this one in "
                    + String.join("; ", differences) + "; run without resume=true to start afresh");
        }
        // a torn last line is left out, so that the blocks appended start on a line of their own
        StringBuilder kept = new StringBuilder(lines.get(0)).append('\n');
        List<Entry> entries = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            JsonNode line = parse(lines.get(n));
            if (line != null) {
                entries.add(fromJson(line, file + " line " + (n + 1)));
                kept.append(lines.get(n)).append('\n');
            }
        }
        BlockJournal journal = new BlockJournal(file, kept.toString(), entries.size());
        entries.forEach(entry -> journal.remember(entry.block(), entry.slots()));
        return journal;
    }

    /** @return how many blocks the interrupted run had finished */
    int resumed() {
        return resumed;
    }

    @Override
    public void put(Block block, RunningStatistics[] slots) {
        remember(block, slots);
        try {
            if (out == null) {
                AtomicFile.writeString(file, prefix);
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            out.write(JSON.writeValueAsString(toJson(JSON.createObjectNode(), block, slots)));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void remember(Block block, RunningStatistics[] slots) {
        super.put(block, slots);
    }

    /** Closes the journal and, when the run completed, removes it: there is nothing left to resume. */
    void finish(boolean complete) throws IOException {
        close();
        if (complete) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException torn) {
            return null;
        }
    }
}
