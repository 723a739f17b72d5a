package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.TaskText;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Exact k-nearest neighbours by inner product (cosine on normalised vectors), by brute force in blocks.
 * <p>The data are transposed into tiles of {@value #TILE} columns so that the innermost loop is an axpy over a
 * contiguous array — a loop the JIT turns into SIMD instructions — and each tile row is reused by
 * {@value #QUERIES} queries at once while it is in the cache.
 */
public final class ExactKnn {
    static final int TILE = 512;
    static final int QUERIES = 4;

    private ExactKnn() {}

    /**
     * @param data row-major {@code n x d} normalised vectors
     * @param k    neighbours per node (excluding the node itself); clipped to {@code n-1}
     */
    public static KnnGraph build(float[] data, int n, int d, int k, int threads, ProgressListener progress, CancellationToken cancel) {
        return search(data, n, data, n, d, Math.min(k, n - 1), true, threads, TaskPhrase.EXACT_NEIGHBOURS.with(), progress, cancel);
    }

    /**
     * The {@code k} nearest rows of {@code base} to each of {@code m} queries (all normalised): node {@code i} of the
     * result is query {@code i}, its neighbours index {@code base}. A query equal to a base row finds that row too.
     *
     * @param stage what the progress shows while it runs
     */
    public static KnnGraph query(float[] queries, int m, float[] base, int n, int d, int k, int threads, TaskText stage,
                                 ProgressListener progress, CancellationToken cancel) {
        return search(queries, m, base, n, d, Math.min(k, n), false, threads, stage, progress, cancel);
    }

    private static KnnGraph search(float[] queries, int m, float[] base, int n, int d, int k, boolean self, int threads, TaskText stage,
                                   ProgressListener progress, CancellationToken cancel) {
        int kk = Math.max(0, k);
        int[] nb = new int[m * Math.max(kk, 1)];
        float[] sim = new float[m * Math.max(kk, 1)];
        java.util.Arrays.fill(nb, -1);
        java.util.Arrays.fill(sim, Float.NEGATIVE_INFINITY);
        if (kk == 0) return new KnnGraph(m, Math.max(kk, 1), nb, sim);

        int tiles = (n + TILE - 1) / TILE;
        float[][] tilesT = new float[tiles][];
        for (int t = 0; t < tiles; t++) tilesT[t] = transposeTile(base, n, d, t * TILE);

        progress.stage(stage, m);
        int groups = (m + QUERIES - 1) / QUERIES;
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            Future<?> f = pool.submit(() -> IntStream.range(0, groups).parallel().forEach(g -> {
                if (cancel.isCancelled()) return;
                int q0 = g * QUERIES;
                int qn = Math.min(QUERIES, m - q0);
                searchGroup(queries, d, q0, qn, tilesT, n, kk, self, nb, sim);
                progress.advance(qn);
            }));
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("nearest-neighbour search failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        cancel.throwIfCancelled();
        return new KnnGraph(m, kk, nb, sim);
    }

    private static float[] transposeTile(float[] data, int n, int d, int j0) {
        float[] t = new float[d * TILE];
        int w = Math.min(TILE, n - j0);
        for (int j = 0; j < w; j++) {
            int src = (j0 + j) * d;
            for (int c = 0; c < d; c++) t[c * TILE + j] = data[src + c];
        }
        return t;
    }

    private static void searchGroup(float[] data, int d, int q0, int qn, float[][] tilesT, int n, int k, boolean self, int[] nb, float[] sim) {
        float[][] acc = new float[QUERIES][TILE];
        float[] q = new float[QUERIES * d];
        System.arraycopy(data, q0 * d, q, 0, qn * d);
        float[] a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3];
        for (int t = 0; t < tilesT.length; t++) {
            float[] xt = tilesT[t];
            for (float[] a : acc) java.util.Arrays.fill(a, 0f);
            for (int c = 0; c < d; c++) {
                float v0 = q[c], v1 = q[d + c], v2 = q[2 * d + c], v3 = q[3 * d + c];
                int off = c * TILE;
                for (int j = 0; j < TILE; j++) {
                    float x = xt[off + j];
                    a0[j] += v0 * x;
                    a1[j] += v1 * x;
                    a2[j] += v2 * x;
                    a3[j] += v3 * x;
                }
            }
            int j0 = t * TILE;
            int w = Math.min(TILE, n - j0);
            for (int r = 0; r < qn; r++) {
                int i = q0 + r;
                float[] a = acc[r];
                int base = i * k;
                float worst = sim[base + k - 1];
                for (int j = 0; j < w; j++) {
                    float s = a[j];
                    if (s > worst && (!self || j0 + j != i)) {
                        insert(nb, sim, base, k, j0 + j, s);
                        worst = sim[base + k - 1];
                    }
                }
            }
        }
    }

    /** Inserts into a descending list, ties broken by the smaller index so results are deterministic. */
    private static void insert(int[] nb, float[] sim, int base, int k, int node, float s) {
        int pos = base + k - 1;
        while (pos > base && (sim[pos - 1] < s || (sim[pos - 1] == s && nb[pos - 1] > node))) {
            sim[pos] = sim[pos - 1];
            nb[pos] = nb[pos - 1];
            pos--;
        }
        sim[pos] = s;
        nb[pos] = node;
    }
}
