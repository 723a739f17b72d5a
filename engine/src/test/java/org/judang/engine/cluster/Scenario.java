package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small labelled set of captures and its kNN graph, built in a few lines: identities around chosen centres,
 * captures of a given spread, and poor captures placed where a test wants them.
 */
final class Scenario {
    final int dim;
    private final SplittableRandom random;
    private final List<float[]> vectors = new ArrayList<>();
    private final List<Integer> identity = new ArrayList<>();
    private final List<Float> quality = new ArrayList<>();
    private int identities;

    private Scenario(int dim, long seed) {
        this.dim = dim;
        this.random = new SplittableRandom(seed);
    }

    static Scenario in(int dim, long seed) { return new Scenario(dim, seed); }

    /** The generator's mixed set: long tail, look-alikes, poor captures (see {@link SyntheticCaptures}). */
    static Built synthetic(int n, int dim, int k, long seed) {
        SyntheticCaptures.LabelledSet s = new SyntheticCaptures(dim).generate(n, seed);
        KnnGraph g = ExactKnn.build(s.vectors(), n, dim, k, 2, ProgressListener.NONE, CancellationToken.none());
        return new Built(g, s.identity(), s.quality());
    }

    float[] randomCentre() {
        float[] v = new float[dim];
        for (int x = 0; x < dim; x++) v[x] = (float) random.nextGaussian();
        Vectors.normalize(v);
        return v;
    }

    /** A unit vector at cosine {@code cosine} to {@code centre}. */
    float[] centreNear(float[] centre, double cosine) {
        float[] other = randomCentre();
        double along = Vectors.dot(other, centre);
        float[] v = new float[dim];
        for (int x = 0; x < dim; x++) v[x] = (float) (other[x] - along * centre[x]);
        Vectors.normalize(v);
        for (int x = 0; x < dim; x++) v[x] = (float) (cosine * centre[x] + Math.sqrt(1 - cosine * cosine) * v[x]);
        return v;
    }

    /**
     * Adds a new identity of {@code count} good captures around {@code centre}, two of which meet at cosine about
     * {@code sameCosine}.
     *
     * @return the identity's label
     */
    int identity(float[] centre, int count, double sameCosine) {
        int id = identities++;
        double sigma = Math.sqrt((1 / sameCosine - 1) / dim);
        for (int c = 0; c < count; c++) {
            float[] v = new float[dim];
            for (int x = 0; x < dim; x++) v[x] = (float) (centre[x] + sigma * random.nextGaussian());
            add(v, id, 0.9f);
        }
        return id;
    }

    /** Adds one capture of identity {@code id} at {@code direction} (normalised), with the given quality. */
    void capture(float[] direction, int id, float captureQuality) { add(direction.clone(), id, captureQuality); }

    private void add(float[] v, int id, float q) {
        Vectors.normalize(v);
        vectors.add(v);
        identity.add(id);
        quality.add(q);
    }

    Built build(int k) {
        int n = vectors.size();
        float[] data = new float[n * dim];
        int[] truth = new int[n];
        float[] q = new float[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(vectors.get(i), 0, data, i * dim, dim);
            truth[i] = identity.get(i);
            q[i] = quality.get(i);
        }
        return new Built(ExactKnn.build(data, n, dim, k, 1, ProgressListener.NONE, CancellationToken.none()), truth, q);
    }

    /** The built scenario: the graph, the true identity and the quality of each capture. */
    record Built(KnnGraph knn, int[] truth, float[] quality) {
        int[] cluster(GraphClusterer clusterer, double threshold, boolean withQuality) {
            return clusterer.cluster(knn, new ClusteringInput(threshold, withQuality ? quality : null, 7L), ProgressListener.NONE, CancellationToken.none());
        }

        double bcubedF(int[] labels) { return ClusteringScore.of(truth, labels).bcubedF(); }

        /** Whether every capture of identity {@code id} with quality at least {@code minQuality} got one label. */
        boolean together(int[] labels, int id) {
            int label = -1;
            for (int i = 0; i < truth.length; i++) {
                if (truth[i] != id || quality[i] < ChainingGuard.LOW_QUALITY) continue;
                if (label < 0) label = labels[i];
                else if (labels[i] != label) return false;
            }
            return true;
        }

        int labelOf(int[] labels, int id) {
            for (int i = 0; i < truth.length; i++) if (truth[i] == id && quality[i] >= ChainingGuard.LOW_QUALITY) return labels[i];
            return -1;
        }
    }
}
