package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Pieces of one identity join; look-alikes and clusters no kNN edge links stay apart. */
class PieceJoinTest {
    static final int D = 64;
    final Random random = new Random(11);

    float[] unit(float[] around, double noise) {
        float[] v = new float[D];
        for (int d = 0; d < D; d++) v[d] = (float) ((around == null ? 0 : around[d]) + random.nextGaussian() * noise);
        Vectors.normalize(v);
        return v;
    }

    @Test
    void piecesOfOneIdentityJoinButLookAlikesDoNot() {
        float[] person = unit(null, 1), lookAlike = unit(person, 0.09); // centre cosine about 0.8
        assertTrue(Vectors.dot(person, lookAlike) > 0.6 && Vectors.dot(person, lookAlike) < 0.9, "a look-alike: " + Vectors.dot(person, lookAlike));
        // nodes 0-9 and 10-19: two pieces of the person (tracks); 20-29 the look-alike; labels as a clusterer gives them
        float[] track1 = unit(person, 0.025), track2 = unit(person, 0.025);
        float[][] v = new float[30][];
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            v[i] = unit(i < 10 ? track1 : i < 20 ? track2 : lookAlike, 0.008);
            labels[i] = i < 10 ? 0 : i < 20 ? 10 : 20;
        }
        float[] data = new float[30 * D];
        for (int i = 0; i < 30; i++) System.arraycopy(v[i], 0, data, i * D, D);
        KnnGraph knn = ExactKnn.build(data, 30, D, 12, 1, ProgressListener.NONE, CancellationToken.none());
        double bar = PieceJoin.bar(0.5);
        assertEquals(0.9, bar, 1e-9);

        int[] joined = PieceJoin.join(labels, knn, bar, i -> v[i]);
        for (int i = 0; i < 20; i++) assertEquals(0, joined[i], "the person's pieces are one cluster");
        for (int i = 20; i < 30; i++) assertEquals(20, joined[i], "the look-alike stays apart");
        assertEquals(10, labels[10], "the input is left as it was");

        // with k = 5 no edge leaves a piece (each has 9 closer nodes of its own): nothing is compared, nothing joins
        KnnGraph narrow = ExactKnn.build(data, 30, D, 5, 1, ProgressListener.NONE, CancellationToken.none());
        assertArrayEquals(labels, PieceJoin.join(labels, narrow, bar, i -> v[i]));
    }
}
