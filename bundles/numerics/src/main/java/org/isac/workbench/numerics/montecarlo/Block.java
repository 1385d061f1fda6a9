package org.isac.workbench.numerics.montecarlo;

/**
 * Realizations {@code first … first + count − 1} of one Monte Carlo task.
 *
 * @param task the task's key, unique within a run (for example {@code network/point 3})
 * @param index the block's ordinal within its task, from 0
 * @param first the first realization
 * @param count how many realizations, ≥ 1
 */
public record Block(String task, long index, long first, int count) {

    public Block {
        if (task == null || task.isEmpty() || index < 0 || first < 0 || count < 1) {
            throw new IllegalArgumentException("block: task " + task + ", index " + index + ", first " + first
                    + ", count " + count + ": needs a task, index and first >= 0 and count >= 1");
        }
    }
}
