package org.isac.workbench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.montecarlo.BlockPlan;

/**
 * The partial results of shards ({@code NAME.part-I-of-N.json}): the run's identity (scenario text, hash,
 * providers), the shard, and its blocks; and their merge into one store, which refuses parts of different runs, a
 * part given twice, a block in two parts, and answers a missing block with the shard that should have computed it.
 */
final class ShardParts extends BlockRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "isac-workbench shard part 1";

    private final RunIdentity identity;
    private final int shards;
    private final Path[] partOfShard;
    /** Which part each block came from. */
    private final Map<String, Path> origin = new HashMap<>();

    private ShardParts(RunIdentity identity, int shards) {
        this.identity = identity;
        this.shards = shards;
        this.partOfShard = new Path[shards];
    }

    /** @return the part file of shard I of N of a run named {@code name} */
    static Path fileOf(Path results, String name, int shard, int shards) {
        return results.resolve(name + ".part-" + shard + "-of-" + shards + ".json");
    }

    /** Writes a shard's blocks, atomically. */
    static Path write(Path file, RunIdentity identity, int shard, int shards, BlockRecords blocks) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("shard", shard).put("shards", shards);
        identity.writeTo(root);
        ArrayNode list = root.putArray("blocks");
        for (Entry entry : blocks.entries()) {
            toJson(list.addObject(), entry.block(), entry.slots());
        }
        return AtomicFile.writeString(file, JSON.writeValueAsString(root));
    }

    /**
     * Reads and checks the parts of one run.
     *
     * @param parts the part files
     * @return their blocks, with the run's identity
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    static ShardParts read(List<Path> parts) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("merge: no part given; give the NAME.part-I-of-N.json files of the shards");
        }
        ShardParts merged = null;
        for (Path part : parts) {
            if (!Files.isRegularFile(part)) {
                throw new IllegalArgumentException("merge: " + part + ": no such file");
            }
            JsonNode root;
            try {
                root = JSON.readTree(part.toFile());
            } catch (IOException notJson) {
                throw new IllegalArgumentException("merge: " + part + ": not a shard part (" + notJson.getMessage()
                        .lines().findFirst().orElse("") + ")", notJson);
            }
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("merge: " + part + ": not a shard part of this workbench");
            }
            RunIdentity identity = RunIdentity.readFrom(root, part);
            int shard = root.path("shard").asInt(-1);
            int shards = root.path("shards").asInt(0);
            if (shards < 1 || shard < 0 || shard >= shards) {
                throw new IllegalArgumentException("merge: " + part + ": shard " + shard + " of " + shards
                        + " is not a shard");
            }
            if (merged == null) {
                merged = new ShardParts(identity, shards);
            }
            merged.add(part, identity, shard, shards, root.path("blocks"));
        }
        return merged;
    }

    private void add(Path part, RunIdentity identity, int shard, int shards, JsonNode blocks) {
        Path first = firstPart();
        if (shards != this.shards) {
            throw new IllegalArgumentException("merge: " + part + " is a shard of " + shards + ", " + first
                    + " of " + this.shards + ": they are not shards of one run");
        }
        List<String> differences = this.identity.differences(identity);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("merge: " + part + " and " + first + " are not parts of one run: "
                    + String.join("; ", differences));
        }
        if (partOfShard[shard] != null) {
            throw new IllegalArgumentException("merge: shard " + shard + " of " + shards + " is given twice: "
                    + partOfShard[shard] + " and " + part);
        }
        partOfShard[shard] = part;
        for (int b = 0; b < blocks.size(); b++) {
            Entry entry = fromJson(blocks.get(b), part + " block " + b);
            Path earlier = origin.putIfAbsent(key(entry.block()), part);
            if (earlier != null) {
                throw new IllegalArgumentException("merge: block " + entry.block().index() + " of "
                        + entry.block().task() + " is doubled: it is in " + earlier
                        + (earlier.equals(part) ? " twice" : " and in " + part));
            }
            put(entry.block(), entry.slots());
        }
    }

    @Override
    public String whereIs(Block block) {
        int owner = BlockPlan.shardOf(block, shards);
        return ": it is shard " + owner + " of " + shards + "'s" + (partOfShard[owner] == null
                ? ", whose part was not given" : ", but " + partOfShard[owner] + " does not hold it");
    }

    /** @return the run's identity */
    RunIdentity identity() {
        return identity;
    }

    private Path firstPart() {
        for (Path part : partOfShard) {
            if (part != null) {
                return part;
            }
        }
        return null;
    }
}
