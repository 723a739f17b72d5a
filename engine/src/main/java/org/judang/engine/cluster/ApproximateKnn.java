package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.vector.MappedVectors;
import org.judang.engine.vector.Neighbor;
import org.judang.engine.vector.SpaceIndex;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/**
 * A kNN graph from the space's jvector index: every node searches the on-disk graph for its neighbours, restricted
 * to the nodes being clustered. The space's vectors are copied onto the heap for the pass when they fit (see
 * {@link SpaceIndex#pass}), else read from the index files.
 */
public final class ApproximateKnn {
    /**
     * Candidates kept per search, as the peer baseline's FAISS HNSW {@code efSearch}: on 33,404 generated faces with
     * k=30, recall 0.963 of all 30 neighbours and 0.991 of those with cosine at least 0.45 (the ones clustering keeps);
     * a beam of 100 gave 0.971 and 0.992 for 44% more time.
     */
    public static final int DEFAULT_BEAM = 64;

    private ApproximateKnn() {}

    /**
     * @param ordinals the nodes: node {@code i} is vector {@code ordinals[i]}
     */
    public static KnnGraph build(SpaceIndex index, MappedVectors vectors, long[] ordinals, int k, int beam, ForkJoinPool pool,
                                 ProgressListener progress, CancellationToken cancel) {
        int n = ordinals.length;
        int kk = Math.max(1, Math.min(k, n - 1));
        int[] nb = new int[n * kk];
        float[] sim = new float[n * kk];
        Arrays.fill(nb, -1);
        Arrays.fill(sim, Float.NEGATIVE_INFINITY);
        if (n <= 1) return new KnnGraph(n, kk, nb, sim);

        int[] localOf = new int[Math.toIntExact(vectors.count())];
        Arrays.fill(localOf, -1);
        for (int i = 0; i < n; i++) localOf[(int) ordinals[i]] = i;
        LongPredicate accept = null;
        if (n < vectors.count()) {
            BitSet members = new BitSet();
            for (long o : ordinals) members.set((int) o);
            accept = o -> members.get((int) o);
        }
        LongPredicate filter = accept;

        SpaceIndex.Pass pass = index.pass(vectors);
        progress.stage(TaskPhrase.APPROXIMATE_NEIGHBOURS.with(), n);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                if (cancel.isCancelled()) return;
                List<Neighbor> hits = pass.search(vectors.get(ordinals[i]), kk + 1, beam, filter);
                int r = 0;
                for (Neighbor h : hits) {
                    int j = localOf[(int) h.ordinal()];
                    if (j == i || j < 0) continue;
                    if (r == kk) break;
                    nb[i * kk + r] = j;
                    sim[i * kk + r] = h.similarity();
                    r++;
                }
                progress.advance(1);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Nearest-neighbour search failed: " + e.getCause(), e.getCause());
        }
        cancel.throwIfCancelled();
        return new KnnGraph(n, kk, nb, sim);
    }
}
