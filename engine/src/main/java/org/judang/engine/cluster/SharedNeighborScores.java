package org.judang.engine.cluster;

import java.util.stream.IntStream;

/**
 * Re-weights the edges of a similarity graph by how much the two endpoints' neighbourhoods overlap: the weighted
 * Jaccard index of their closed neighbour lists,
 * <pre>
 *   J(i, j) = Σₓ min(wᵢ(x), wⱼ(x)) / Σₓ max(wᵢ(x), wⱼ(x))
 * </pre>
 * where wᵢ(x) is the cosine similarity of x to i when x is among i's k nearest at or above the floor, wᵢ(i) = 1,
 * and 0 otherwise. Two captures of one person share most of their neighbours; a stranger that happens to be close
 * (a look-alike, or any capture in a crowded region) shares few. Because J is a ratio over the two
 * neighbourhoods, it adapts to local density: a pair in a sparse region with two common neighbours scores as
 * high as a pair in a dense region with twenty.
 */
final class SharedNeighborScores {
    private SharedNeighborScores() {}

    /** @return the score of each stored entry of {@code graph} (equal for both directions of an edge) */
    static float[] compute(KnnGraph knn, SimilarityGraph graph, double floor) {
        int n = knn.size(), k = knn.k();
        int[] nb = knn.neighbors();
        float[] sim = knn.similarities();
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1;
            for (int r = 0; r < k; r++) {
                int j = nb[i * k + r];
                if (j < 0 || !(sim[i * k + r] >= floor)) break;
                if (j != i) s += sim[i * k + r];
            }
            mass[i] = s;
        }
        int[] off = graph.offsets(), tgt = graph.targets();
        float[] score = new float[tgt.length];
        int parts = Math.max(1, Math.min(n / 4096 + 1, 4 * Runtime.getRuntime().availableProcessors()));
        // Each part marks node i's neighbourhood in its own dense arrays, then reads each neighbour j's list
        // against the marks: O(k) per edge and no sorting.
        IntStream.range(0, parts).parallel().forEach(part -> {
            int[] mark = new int[n];
            float[] weight = new float[n];
            java.util.Arrays.fill(mark, -1);
            for (int i = part; i < n; i += parts) {
                mark[i] = i;
                weight[i] = 1f;
                for (int r = 0; r < k; r++) {
                    int x = nb[i * k + r];
                    if (x < 0 || !(sim[i * k + r] >= floor)) break;
                    if (x != i) {
                        mark[x] = i;
                        weight[x] = sim[i * k + r];
                    }
                }
                for (int p = off[i]; p < off[i + 1]; p++) {
                    int j = tgt[p];
                    if (j < i) continue;
                    double shared = mark[j] == i ? Math.min(weight[j], 1f) : 0;
                    for (int r = 0; r < k; r++) {
                        int x = nb[j * k + r];
                        if (x < 0 || !(sim[j * k + r] >= floor)) break;
                        if (x != j && mark[x] == i) shared += Math.min(weight[x], sim[j * k + r]);
                    }
                    score[p] = (float) (shared / (mass[i] + mass[j] - shared));
                }
            }
        });
        for (int i = 0; i < n; i++) {
            for (int p = off[i]; p < off[i + 1]; p++) {
                int j = tgt[p];
                if (j < i) score[p] = score[graph.position(j, i)];
            }
        }
        return score;
    }
}
