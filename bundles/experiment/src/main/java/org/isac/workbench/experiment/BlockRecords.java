package org.isac.workbench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.montecarlo.BlockStore;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * Finished blocks kept in memory by (task, index), and their JSON form: a block's statistics are written as
 * hexadecimal doubles ({@link Double#toHexString}), which read back to the same bits, so a block from a file merges
 * exactly as the block computed.
 */
class BlockRecords implements BlockStore {

    /** A block and its statistics. */
    record Entry(Block block, RunningStatistics[] slots) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    @Override
    public RunningStatistics[] find(Block block) {
        Entry entry = entries.get(key(block));
        if (entry == null) {
            return null;
        }
        if (entry.block().first() != block.first() || entry.block().count() != block.count()) {
            throw new IllegalStateException("block " + block.index() + " of " + block.task() + " was kept as "
                    + "realizations " + entry.block().first() + " + " + entry.block().count() + ", the run cuts it as "
                    + block.first() + " + " + block.count());
        }
        return entry.slots();
    }

    @Override
    public void put(Block block, RunningStatistics[] slots) {
        entries.put(key(block), new Entry(block, slots));
    }

    /** @return how many blocks are kept */
    int size() {
        return entries.size();
    }

    /** @return the blocks kept, in the order they were put */
    Iterable<Entry> entries() {
        return entries.values();
    }

    /** @return a block's key: its task and index */
    static String key(Block block) {
        return block.index() + "\u0000" + block.task();
    }

    /** @return a block as a JSON object */
    static ObjectNode toJson(ObjectNode node, Block block, RunningStatistics[] slots) {
        node.put("task", block.task());
        node.put("index", block.index());
        node.put("first", block.first());
        node.put("count", block.count());
        ArrayNode statistics = node.putArray("slots");
        for (RunningStatistics s : slots) {
            statistics.addArray().add(s.count()).add(Double.toHexString(s.mean()))
                    .add(Double.toHexString(s.sumOfSquaredDeviations()));
        }
        return node;
    }

    /**
     * @param node a block written by {@link #toJson}
     * @param where the file and line or entry, for errors
     * @return the block
     */
    static Entry fromJson(JsonNode node, String where) {
        JsonNode slots = node.path("slots");
        if (!node.path("task").isTextual() || !node.path("index").canConvertToLong()
                || !node.path("first").canConvertToLong() || !node.path("count").canConvertToInt() || !slots.isArray()) {
            throw new IllegalArgumentException(where + ": not a block of this workbench (it needs task, index, first, "
                    + "count and slots)");
        }
        try {
            Block block = new Block(node.get("task").asText(), node.get("index").asLong(), node.get("first").asLong(),
                    node.get("count").asInt());
            RunningStatistics[] statistics = new RunningStatistics[slots.size()];
            for (int s = 0; s < statistics.length; s++) {
                JsonNode triple = slots.get(s);
                if (!triple.isArray() || triple.size() != 3 || !triple.get(0).canConvertToLong()) {
                    throw new IllegalArgumentException("slot " + s + " is not [count, mean, deviations]");
                }
                statistics[s] = RunningStatistics.of(triple.get(0).asLong(), Double.parseDouble(triple.get(1).asText()),
                        Double.parseDouble(triple.get(2).asText()));
            }
            return new Entry(block, statistics);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException(where + ": not a block of this workbench: " + malformed.getMessage(),
                    malformed);
        }
    }
}
