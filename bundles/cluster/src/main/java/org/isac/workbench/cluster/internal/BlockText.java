package org.isac.workbench.cluster.internal;

import org.isac.workbench.numerics.montecarlo.Block;
import org.isac.workbench.numerics.stat.RunningStatistics;

/**
 * Blocks as the cluster's maps hold them: strings only, so that no class of this bundle has to be loaded by
 * another member's Hazelcast. A block's key is {@code run|task|index}; its statistics are
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

    /** @return the statistics as text */
    static String encode(RunningStatistics[] slots) {
        StringBuilder text = new StringBuilder();
        for (RunningStatistics s : slots) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(s.count()).append(':').append(Double.toHexString(s.mean())).append(':')
                    .append(Double.toHexString(s.sumOfSquaredDeviations()));
        }
        return text.toString();
    }

    /**
     * @param text written by {@link #encode}
     * @return the statistics
     * @throws IllegalArgumentException when the text is not statistics
     */
    static RunningStatistics[] decode(String text) {
        String[] slots = text.split(";", -1);
        RunningStatistics[] statistics = new RunningStatistics[slots.length];
        for (int s = 0; s < slots.length; s++) {
            String[] numbers = slots[s].split(":", -1);
            if (numbers.length != 3) {
                throw new IllegalArgumentException("a block's statistics: '" + slots[s] + "' is not count:mean:deviations");
            }
            statistics[s] = RunningStatistics.of(Long.parseLong(numbers[0]), Double.parseDouble(numbers[1]),
                    Double.parseDouble(numbers[2]));
        }
        return statistics;
    }
}
