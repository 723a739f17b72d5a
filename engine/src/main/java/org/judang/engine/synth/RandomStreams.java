package org.judang.engine.synth;

import java.util.SplittableRandom;

/**
 * Independent random streams, one per purpose (and per subject or pass), all derived from the batch seed.
 * <p>Each stream depends only on (seed, purpose, index), never on how many draws another stream made, so changing
 * one part of the model (say, turning images on) leaves every other part's output byte-identical.
 */
final class RandomStreams {
    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    SplittableRandom stream(String purpose) {
        return stream(purpose, 0);
    }

    SplittableRandom stream(String purpose, long index) {
        // String.hashCode is specified by the JLS, so the salt is the same on every JVM.
        long salt = mix(purpose.hashCode() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        return new SplittableRandom(mix(seed ^ salt) + mix(index ^ 0xD1B54A32D192ED03L));
    }

    /** The SplitMix64 finaliser: a cheap bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
