package org.isac.workbench.numerics.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random streams derived from (seed, point, realization).
 *
 * <p>The three values are hashed with the MurmurHash3 finaliser into the 64-bit seed of a
 * {@link SplittableRandom} (SplitMix64, period 2<sup>64</sup>, passes BigCrush). Two different triples
 * start at independent-looking positions of the generator's cycle; a realization uses at most a few
 * million numbers, so overlaps between streams have probability far below anything observable.
 */
public final class RandomStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RandomStreams() {
    }

    /**
     * @param seed the run's seed
     * @param point index of the parameter point in a sweep
     * @param realization index of the realization within the point
     * @return a fresh generator whose output depends only on the three arguments
     */
    public static RandomGenerator of(long seed, long point, long realization) {
        long h = mix(seed + GOLDEN_GAMMA);
        h = mix(h ^ (point + 2 * GOLDEN_GAMMA));
        h = mix(h ^ (realization + 3 * GOLDEN_GAMMA));
        return new SplittableRandom(h);
    }

    /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
