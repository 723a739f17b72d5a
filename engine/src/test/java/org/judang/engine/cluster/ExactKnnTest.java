package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ExactKnnTest {
    static float[] randomUnit(int n, int d, long seed) {
        Random r = new Random(seed);
        float[] data = new float[n * d];
        float[] v = new float[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) v[c] = (float) r.nextGaussian();
            Vectors.normalize(v);
            System.arraycopy(v, 0, data, i * d, d);
        }
        return data;
    }

    @Test
    void findsTheSameNeighboursAsANaiveSearch() {
        int n = 1300, d = 37, k = 7; // sizes that leave partial tiles and query groups
        float[] data = randomUnit(n, d, 1);
        KnnGraph g = ExactKnn.build(data, n, d, k, 2, ProgressListener.NONE, CancellationToken.none());
        for (int i = 0; i < n; i += 97) {
            float[] q = new float[d];
            System.arraycopy(data, i * d, q, 0, d);
            float[] sims = new float[n];
            for (int j = 0; j < n; j++) sims[j] = j == i ? Float.NEGATIVE_INFINITY : Vectors.dot(q, data, j);
            for (int r = 0; r < k; r++) {
                int best = 0;
                for (int j = 1; j < n; j++) if (sims[j] > sims[best]) best = j;
                assertEquals(sims[best], g.similarity(i, r), 1e-4, "rank " + r + " of node " + i);
                sims[best] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    @Test
    void neverListsANodeAsItsOwnNeighbourAndClipsK() {
        float[] data = randomUnit(3, 4, 2);
        KnnGraph g = ExactKnn.build(data, 3, 4, 10, 1, ProgressListener.NONE, CancellationToken.none());
        assertEquals(2, g.k());
        for (int i = 0; i < 3; i++) for (int r = 0; r < 2; r++) assertNotEquals(i, g.neighbor(i, r));
    }

    @Test
    void stopsWhenCancelled() {
        float[] data = randomUnit(2000, 16, 3);
        CancellationToken t = new CancellationToken();
        t.cancel();
        assertThrows(CancelledException.class, () -> ExactKnn.build(data, 2000, 16, 5, 2, ProgressListener.NONE, t));
    }

    @Test
    void thresholdComponentsLinkOnlyCloseVectors() {
        float[] data = {1, 0, 0.99f, 0.141f, 0, 1, 0.1f, 0.995f};
        for (int i = 0; i < 4; i++) {
            float[] v = {data[2 * i], data[2 * i + 1]};
            Vectors.normalize(v);
            data[2 * i] = v[0];
            data[2 * i + 1] = v[1];
        }
        KnnGraph g = ExactKnn.build(data, 4, 2, 3, 1, ProgressListener.NONE, CancellationToken.none());
        int[] labels = ThresholdClustering.components(g, 0.9).labels();
        assertArrayEquals(new int[]{0, 0, 2, 2}, labels);
    }
}
