package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ThresholdEstimatorTest {
    static final int DIM = 128, IDS = 150, PER_ID = 6;

    /** Vectors of {@code IDS} identities: {@code offset + spread * identity + noise * gaussian}, normalised. */
    static float[] generate(double offset, double spread, double noise, long seed, int[] labels) {
        Random r = new Random(seed);
        float[] common = new float[DIM];
        for (int d = 0; d < DIM; d++) common[d] = (float) r.nextGaussian();
        Vectors.normalize(common);
        float[] data = new float[IDS * PER_ID * DIM];
        for (int id = 0; id < IDS; id++) {
            float[] c = new float[DIM];
            for (int d = 0; d < DIM; d++) c[d] = (float) r.nextGaussian();
            Vectors.normalize(c);
            for (int j = 0; j < PER_ID; j++) {
                int i = id * PER_ID + j;
                labels[i] = id;
                float[] v = new float[DIM];
                for (int d = 0; d < DIM; d++) v[d] = (float) (offset * common[d] + spread * c[d] + noise * r.nextGaussian() / Math.sqrt(DIM));
                Vectors.normalize(v);
                System.arraycopy(v, 0, data, i * DIM, DIM);
            }
        }
        return data;
    }

    static double meanSimilarity(float[] data, int[] labels, boolean same) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < labels.length; i += 7) {
            for (int j = i + 1; j < labels.length; j += 3) {
                if ((labels[i] == labels[j]) != same) continue;
                float[] a = new float[DIM];
                System.arraycopy(data, i * DIM, a, 0, DIM);
                sum += Vectors.dot(a, data, j);
                n++;
            }
        }
        return sum / n;
    }

    /** Share of identities recovered as exactly one pure cluster. */
    static double exactRecovery(int[] clusters, int[] truth) {
        Map<Integer, Set<Integer>> byCluster = new HashMap<>(), byTruth = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            byCluster.computeIfAbsent(clusters[i], x -> new HashSet<>()).add(truth[i]);
            byTruth.computeIfAbsent(truth[i], x -> new HashSet<>()).add(clusters[i]);
        }
        long ok = byTruth.entrySet().stream().filter(e -> e.getValue().size() == 1 && byCluster.get(e.getValue().iterator().next()).size() == 1).count();
        return (double) ok / byTruth.size();
    }

    void checkScale(double offset, double spread, double noise, String name) {
        int[] labels = new int[IDS * PER_ID];
        float[] data = generate(offset, spread, noise, 11, labels);
        double same = meanSimilarity(data, labels, true), strangers = meanSimilarity(data, labels, false);
        KnnGraph g = ExactKnn.build(data, labels.length, DIM, 20, 2, ProgressListener.NONE, CancellationToken.none());
        ThresholdEstimate e = ThresholdEstimator.estimate(g);
        String msg = name + ": same " + same + ", strangers " + strangers + ", estimate " + e;
        assertTrue(e.threshold() > strangers && e.threshold() < same, msg);
        assertTrue(e.separation() > 0.5, msg);
        double recovered = exactRecovery(ThresholdClustering.components(g, e.threshold()).labels(), labels);
        assertTrue(recovered > 0.9, msg + ", recovered " + recovered);
    }

    @Test
    void findsTheCutOnArcFaceLikeFeatures() {
        // same identity near 0.6, strangers near 0
        checkScale(0.0, 1.0, 0.75, "arcface-like");
    }

    @Test
    void findsTheCutOnDlibLikeFeaturesInANarrowBand() {
        // a large shared component: strangers near 0.9, the same identity near 0.96
        checkScale(3.0, 1.0, 0.6, "dlib-like");
    }

    @Test
    void aGraphWithoutEdgesFallsBackToTheDefault() {
        KnnGraph empty = new KnnGraph(1, 1, new int[]{-1}, new float[]{Float.NEGATIVE_INFINITY});
        assertEquals(ClusterOptions.DEFAULT_THRESHOLD, ThresholdEstimator.estimate(empty).threshold());
    }
}
