package org.judang.engine.cluster;

import org.judang.engine.vector.Vectors;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A labelled set of capture features with the traps of real surveillance data, to tune the clusterers before real
 * labelled data exist. Identities have random unit centres in d dimensions (strangers near cosine 0); a capture is
 * normalise(centre + noise) with the noise sized so that two captures of one identity meet at cosine 0.5–0.7
 * (drawn per identity, jittered per capture). Sizes are long-tailed: {@code singletonShare} of the identities are
 * seen once, the others have 2·U^(−1/1.1) captures (a discrete Pareto) up to {@code max(50, n/100)}.
 * {@code lookAlikeShare} of the identities come in pairs whose centres meet at cosine 0.5. {@code lowQualityShare}
 * of the captures are poor (quality below 0.3, the rest 0.4–1): they are pulled toward one of three shared "junk"
 * directions, harder the poorer they are, so that poor captures of different people drift together.
 */
final class SyntheticCaptures {
    /** The generated set: row-major unit vectors, the true identity and the quality of each capture. */
    record LabelledSet(int size, int dim, float[] vectors, int[] identity, float[] quality) {}

    private final int dim;
    private double singletonShare = 0.3;
    private double lookAlikeShare = 0.1;
    private double lowQualityShare = 0.1;
    private double minCosine = 0.5;
    private double maxCosine = 0.7;

    SyntheticCaptures(int dim) { this.dim = dim; }

    SyntheticCaptures singletons(double share) { singletonShare = share; return this; }

    SyntheticCaptures lookAlikes(double share) { lookAlikeShare = share; return this; }

    SyntheticCaptures lowQuality(double share) { lowQualityShare = share; return this; }

    /** Range of the cosine between two captures of one identity. */
    SyntheticCaptures sameIdentityCosine(double min, double max) { minCosine = min; maxCosine = max; return this; }

    LabelledSet generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int maxSize = Math.max(50, n / 100);
        int[] sizes = new int[Math.max(16, n)];
        int identities = 0, total = 0;
        while (total < n) {
            int s = random.nextDouble() < singletonShare ? 1
                    : (int) Math.min(maxSize, Math.floor(2 * Math.pow(1 - random.nextDouble(), -1 / 1.1)));
            s = Math.min(s, n - total);
            sizes[identities++] = s;
            total += s;
        }
        float[][] junk = new float[3][];
        for (int j = 0; j < 3; j++) junk[j] = randomUnit(random);

        float[] vectors = new float[n * dim];
        int[] identity = new int[n];
        float[] quality = new float[n];
        float[] centre = null, previous = null;
        float[] v = new float[dim];
        int row = 0;
        for (int id = 0; id < identities; id++) {
            boolean lookAlike = previous != null && sizes[id] > 1 && random.nextDouble() < lookAlikeShare;
            centre = lookAlike ? mix(previous, randomUnit(random), 0.5, Math.sqrt(0.75)) : randomUnit(random);
            double cosine = minCosine + (maxCosine - minCosine) * random.nextDouble();
            double noise2 = 1 / cosine - 1;
            for (int c = 0; c < sizes[id]; c++, row++) {
                double sigma = Math.sqrt(noise2 * (0.8 + 0.4 * random.nextDouble()) / dim);
                for (int x = 0; x < dim; x++) v[x] = (float) (centre[x] + sigma * random.nextGaussian());
                Vectors.normalize(v);
                if (random.nextDouble() < lowQualityShare) {
                    float q = (float) (0.05 + 0.25 * random.nextDouble());
                    double pull = 0.6 + 0.8 * (0.3 - q) / 0.25;
                    float[] toward = junk[random.nextInt(3)];
                    for (int x = 0; x < dim; x++) v[x] = (float) (v[x] + pull * toward[x]);
                    Vectors.normalize(v);
                    quality[row] = q;
                } else {
                    quality[row] = (float) (0.4 + 0.6 * random.nextDouble());
                }
                System.arraycopy(v, 0, vectors, row * dim, dim);
                identity[row] = id;
            }
            previous = sizes[id] > 1 ? centre : previous;
        }
        return new LabelledSet(n, dim, vectors, identity, quality);
    }

    private float[] randomUnit(SplittableRandom random) {
        float[] v = new float[dim];
        for (int x = 0; x < dim; x++) v[x] = (float) random.nextGaussian();
        Vectors.normalize(v);
        return v;
    }

    private static float[] mix(float[] a, float[] b, double wa, double wb) {
        float[] v = new float[a.length];
        for (int x = 0; x < a.length; x++) v[x] = (float) (wa * a[x] + wb * b[x]);
        Vectors.normalize(v);
        return v;
    }

    /** Identity sizes, for reports. */
    static int[] sizes(int[] identity) {
        int max = Arrays.stream(identity).max().orElse(-1);
        int[] s = new int[max + 1];
        for (int id : identity) s[id]++;
        return s;
    }
}
