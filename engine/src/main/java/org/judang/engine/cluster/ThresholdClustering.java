package org.judang.engine.cluster;

/**
 * The baseline clustering: connected components of the kNN graph after dropping edges below a similarity
 * threshold. Simple and exact, but it chains through bridges; the graph clusterers replace it at scale.
 */
public final class ThresholdClustering {
    private ThresholdClustering() {}

    /** Returns a component label per node (the smallest node index of its component). */
    public static UnionFind components(KnnGraph g, double threshold) {
        UnionFind uf = new UnionFind(g.size());
        for (int i = 0; i < g.size(); i++) {
            for (int r = 0; r < g.k(); r++) {
                int j = g.neighbor(i, r);
                if (j < 0 || g.similarity(i, r) < threshold) break;
                uf.union(i, j);
            }
        }
        return uf;
    }
}
