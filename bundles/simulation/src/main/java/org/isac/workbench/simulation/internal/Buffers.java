package org.isac.workbench.simulation.internal;

/** Growth of the scratch arrays a realization keeps between calls, so steady-state calls allocate nothing. */
final class Buffers {

    private Buffers() {
    }

    /** @return the buffer if it holds {@code size} values, else a new one at least 1.5 times larger */
    static double[] atLeast(double[] buffer, int size) {
        return buffer.length >= size ? buffer : new double[Math.max(size, buffer.length + buffer.length / 2)];
    }

    /** @return the buffer if it holds {@code size} values, else a new one at least 1.5 times larger */
    static int[] atLeast(int[] buffer, int size) {
        return buffer.length >= size ? buffer : new int[Math.max(size, buffer.length + buffer.length / 2)];
    }

    /** @return the buffer if it holds {@code size} values, else a new one at least 1.5 times larger */
    static boolean[] atLeast(boolean[] buffer, int size) {
        return buffer.length >= size ? buffer : new boolean[Math.max(size, buffer.length + buffer.length / 2)];
    }
}
