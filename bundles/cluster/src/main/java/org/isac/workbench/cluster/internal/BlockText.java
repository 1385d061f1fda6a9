package org.isac.workbench.cluster.internal;

import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * Blocks as the cluster's maps hold them: strings only, so that no class of this bundle has to be loaded by
 * another member's Hazelcast. A block's key is {@code run|task|index}; its value is {@code first+count|} and then
 * {@code count:mean:deviations} per slot, separated by {@code ;}, with the doubles in hexadecimal
 * ({@link Double#toHexString}), which read back to the same bits.
 */
final class BlockText {

    private BlockText() {
    }

    /** @return the key of a block of a run */
    static String key(String run, Block block) {
        return run + "|" + block.task() + "|" + block.index();
    }

    /** @return the key of a task of a run */
    static String taskKey(String run, String task) {
        return run + "|" + task;
    }

    /** @return a block's statistics as text, after its realizations {@code first+count|} */
    static String encode(Block block, RunningStatistics[] slots) {
        StringBuilder text = new StringBuilder().append(block.first()).append('+').append(block.count()).append('|');
        for (int s = 0; s < slots.length; s++) {
            if (s > 0) {
                text.append(';');
            }
            text.append(slots[s].count()).append(':').append(Double.toHexString(slots[s].mean())).append(':')
                    .append(Double.toHexString(slots[s].sumOfSquaredDeviations()));
        }
        return text.toString();
    }

    /**
     * @param block the block the text is for
     * @param text written by {@link #encode}
     * @return the statistics
     * @throws IllegalStateException when the text is not statistics of these realizations (another member cut the
     *         run into other blocks)
     */
    static RunningStatistics[] decode(Block block, String text) {
        try {
            int bar = text.indexOf('|');
            if (!text.substring(0, bar).equals(block.first() + "+" + block.count())) {
                throw new IllegalStateException("block " + block.index() + " of " + block.task() + " came as "
                        + "realizations " + text.substring(0, bar) + ", here it is " + block.first() + "+"
                        + block.count() + ": the members cut the run into different blocks");
            }
            String[] slots = text.substring(bar + 1).split(";", -1);
            RunningStatistics[] statistics = new RunningStatistics[slots.length];
            for (int s = 0; s < slots.length; s++) {
                String[] numbers = slots[s].split(":", -1);
                statistics[s] = RunningStatistics.of(Long.parseLong(numbers[0]), Double.parseDouble(numbers[1]),
                        Double.parseDouble(numbers[2]));
            }
            return statistics;
        } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
            throw new IllegalStateException("block " + block.index() + " of " + block.task() + ": the cluster holds "
                    + "no statistics for it but '" + text + "'", malformed);
        }
    }
}
