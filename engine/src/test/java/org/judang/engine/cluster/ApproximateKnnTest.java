package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.MappedVectors;
import org.judang.engine.vector.SpaceIndex;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.*;

class ApproximateKnnTest {
    @TempDir Path tmp;
    static final int DIM = 64;

    /** Face-like data: identities of a few captures each (cos ≈ 0.6 within), written to a vector file. */
    static VectorFile faceLike(Path file, int n, long seed) {
        Random r = new Random(seed);
        VectorFile f = VectorFile.open(file, DIM, 0);
        float[] centre = new float[DIM];
        for (int i = 0; i < n; i++) {
            if (i % 5 == 0) for (int d = 0; d < DIM; d++) centre[d] = (float) r.nextGaussian();
            float[] v = new float[DIM];
            for (int d = 0; d < DIM; d++) v[d] = centre[d] + (float) (r.nextGaussian() * 0.8);
            Vectors.normalize(v);
            f.append(v);
        }
        f.flush();
        return f;
    }

    @Test
    void theApproximateGraphFindsNearlyAllTrueNeighbours() {
        int n = 4000, k = 10;
        ForkJoinPool pool = new ForkJoinPool(2);
        try (VectorFile f = faceLike(tmp.resolve("v.f32"), n, 1); SpaceIndex idx = SpaceIndex.open(tmp, 1, DIM)) {
            MappedVectors m = f.map();
            idx.extend(m, pool, ProgressListener.NONE, CancellationToken.none());
            long[] ords = new long[n];
            for (int i = 0; i < n; i++) ords[i] = i;
            KnnGraph approx = ApproximateKnn.build(idx, m, ords, k, ApproximateKnn.DEFAULT_BEAM, pool, ProgressListener.NONE, CancellationToken.none());

            float[] data = new float[n * DIM];
            for (int i = 0; i < n; i++) System.arraycopy(m.get(i), 0, data, i * DIM, DIM);
            KnnGraph exact = ExactKnn.build(data, n, DIM, k, 2, ProgressListener.NONE, CancellationToken.none());

            long hit = 0;
            for (int i = 0; i < n; i++) {
                Set<Integer> truth = new HashSet<>();
                for (int r = 0; r < k; r++) truth.add(exact.neighbor(i, r));
                for (int r = 0; r < k; r++) if (truth.contains(approx.neighbor(i, r))) hit++;
            }
            double recall = (double) hit / ((long) n * k);
            assertTrue(recall > 0.95, "recall@" + k + " = " + recall); // measured 0.99+
            for (int i = 0; i < n; i += 313) assertEquals(exact.similarity(i, 0), approx.similarity(i, 0), 1e-3, "cosines, not jvector scores");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anIndexReopensWithoutRebuildingAndGrowsByASegment() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        Path file = tmp.resolve("v.f32");
        try {
            try (VectorFile f = faceLike(file, 600, 2); SpaceIndex idx = SpaceIndex.open(tmp, 7, DIM)) {
                idx.extend(f.map(), pool, ProgressListener.NONE, CancellationToken.none());
            }
            Path seg = tmp.resolve("space-7.seg0-0-600.jvx");
            long built = Files.getLastModifiedTime(seg).toMillis();
            try (VectorFile f = VectorFile.open(file, DIM, 600); SpaceIndex idx = SpaceIndex.open(tmp, 7, DIM)) {
                assertEquals(600, idx.covered());
                assertEquals(1, idx.segmentCount());
                // a second import adds vectors: they get a segment of their own
                Random r = new Random(3);
                float[] probe = null;
                for (int i = 0; i < 100; i++) {
                    float[] v = new float[DIM];
                    for (int d = 0; d < DIM; d++) v[d] = (float) r.nextGaussian();
                    Vectors.normalize(v);
                    f.append(v);
                    if (i == 42) probe = v;
                }
                f.flush();
                idx.extend(f.map(), pool, ProgressListener.NONE, CancellationToken.none());
                assertEquals(700, idx.covered());
                assertEquals(2, idx.segmentCount());
                assertEquals(642, idx.search(probe, 1, 50, null).get(0).ordinal());
                assertEquals(1.0, idx.search(probe, 1, 50, null).get(0).similarity(), 1e-4);
                // a pass scores from a heap copy of both segments and finds the same neighbours as the index files
                SpaceIndex.Pass pass = idx.pass(f.map());
                assertTrue(pass.onHeap());
                for (long o = 0; o < 700; o += 37) {
                    float[] q = f.map().get(o);
                    assertEquals(idx.search(q, 10, 50, null), pass.search(q, 10, 50, null), "ordinal " + o);
                }
            }
            assertEquals(built, Files.getLastModifiedTime(seg).toMillis(), "the first segment was not rebuilt");
            try (SpaceIndex idx = SpaceIndex.open(tmp, 7, DIM)) {
                assertEquals(700, idx.covered());
            }
        } finally {
            pool.shutdown();
        }
    }
}
