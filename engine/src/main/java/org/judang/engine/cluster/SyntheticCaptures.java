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
        int[] sizes = sizes(n, random);
        int identities = sizes.length;
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

    /** Identity sizes summing to n, long-tailed as the class comment says. */
    private int[] sizes(int n, SplittableRandom random) {
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
        return Arrays.copyOf(sizes, identities);
    }

    /** A neighbour graph with labels, made without vectors. */
    record LabelledGraph(KnnGraph knn, int[] identity, float[] quality) {}

    /**
     * The neighbour lists that such captures would roughly have, drawn directly, for timing the clusterers at sizes
     * where exact search is out of reach (a million captures): a good capture lists up to k − 3 captures of its own
     * identity at the identity's cosine ± 0.05 and fills the rest with strangers at 0.15–0.42; a poor capture lists
     * three of its own at 0.35–0.5 and otherwise poor captures of anyone at 0.45–0.65. Quality figures on such a
     * graph say little; its size, degrees and chaining traps are what matter.
     */
    LabelledGraph fabricate(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] sizes = sizes(n, random);
        int[] identity = new int[n];
        int[] first = new int[n];
        float[] cosine = new float[sizes.length];
        float[] quality = new float[n];
        int[] poorNodes = new int[n];
        int poorCount = 0;
        for (int id = 0, row = 0; id < sizes.length; id++) {
            cosine[id] = (float) (minCosine + (maxCosine - minCosine) * random.nextDouble());
            for (int c = 0; c < sizes[id]; c++, row++) {
                identity[row] = id;
                first[row] = row - c;
                boolean poor = random.nextDouble() < lowQualityShare;
                quality[row] = (float) (poor ? 0.05 + 0.25 * random.nextDouble() : 0.4 + 0.6 * random.nextDouble());
                if (poor) poorNodes[poorCount++] = row;
            }
        }
        int[] nb = new int[n * k];
        float[] sim = new float[n * k];
        for (int i = 0; i < n; i++) {
            int size = sizes[identity[i]], base = i * k, filled = 0;
            boolean poor = quality[i] < 0.3f;
            int own = Math.min(size - 1, poor ? 3 : k - 3);
            for (int tries = 0; filled < own && tries < 4 * k; tries++) {
                int j = first[i] + random.nextInt(size);
                if (j == i || contains(nb, base, filled, j)) continue;
                nb[base + filled] = j;
                sim[base + filled++] = (float) (poor ? 0.35 + 0.15 * random.nextDouble() : cosine[identity[i]] + 0.05 * random.nextGaussian());
            }
            while (filled < k) {
                int j = poor && poorCount > 1 ? poorNodes[random.nextInt(poorCount)] : random.nextInt(n);
                if (j == i || contains(nb, base, filled, j)) continue;
                nb[base + filled] = j;
                sim[base + filled++] = (float) (poor ? 0.45 + 0.2 * random.nextDouble() : 0.15 + 0.27 * random.nextDouble());
            }
            sortDescending(nb, sim, base, k);
        }
        return new LabelledGraph(new KnnGraph(n, k, nb, sim), identity, quality);
    }

    private static boolean contains(int[] nb, int base, int count, int j) {
        for (int r = 0; r < count; r++) if (nb[base + r] == j) return true;
        return false;
    }

    private static void sortDescending(int[] nb, float[] sim, int base, int k) {
        for (int p = base + 1; p < base + k; p++) {
            int j = nb[p];
            float s = sim[p];
            int q = p - 1;
            while (q >= base && (sim[q] < s || (sim[q] == s && nb[q] > j))) {
                nb[q + 1] = nb[q];
                sim[q + 1] = sim[q];
                q--;
            }
            nb[q + 1] = j;
            sim[q + 1] = s;
        }
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
    static int[] identitySizes(int[] identity) {
        int max = Arrays.stream(identity).max().orElse(-1);
        int[] s = new int[max + 1];
        for (int id : identity) s[id]++;
        return s;
    }
}
