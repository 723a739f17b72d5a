package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

/**
 * The floor: connected components over pruned neighbour links, with a union-find. Node i is linked to its
 * neighbour j (similarity at or above the threshold) only when
 * <ul>
 *   <li>the two are mutual neighbours (each in the other's list), which stops a node from pulling a look-alike
 *       group in through one one-sided link and makes hubs harmless (a hub lists only k nodes itself), or</li>
 *   <li>j is among i's {@value #TOP_M} nearest and j is not a hub, so that a capture whose near neighbours are
 *       all taken by a dense group still joins its best match.</li>
 * </ul>
 * Poor captures ({@link ChainingGuard}) take no part in the union: each afterwards joins the component of its most
 * similar good neighbour at or above the threshold, so it can never connect two components.
 */
final class ComponentsClusterer implements GraphClusterer {
    static final int TOP_M = 1;

    private final boolean guarded;
    private final int topM;

    ComponentsClusterer() { this(true, TOP_M); }

    /** @param guarded false turns off mutual-neighbour pruning and the poor-capture guard, for comparison */
    ComponentsClusterer(boolean guarded, int topM) {
        this.guarded = guarded;
        this.topM = topM;
    }

    @Override public String name() { return "components"; }

    @Override
    public int[] cluster(KnnGraph g, ClusteringInput input, ProgressListener progress, CancellationToken cancel) {
        cancel.throwIfCancelled();
        int n = g.size(), k = g.k();
        double threshold = input.threshold();
        if (!guarded) return ThresholdClustering.components(g, threshold).labels();
        ChainingGuard guard = ChainingGuard.of(g, input, progress);
        int[] nb = g.neighbors();
        float[] sim = g.similarities();
        progress.stage(TaskPhrase.LINKING_NEIGHBOURS.with(), n);
        UnionFind uf = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            if ((i & 8191) == 0) {
                cancel.throwIfCancelled();
                progress.advance(Math.min(8192, n - i));
            }
            if (guard.isPoor(i)) continue;
            for (int r = 0; r < k; r++) {
                int j = nb[i * k + r];
                if (j < 0 || !(sim[i * k + r] >= threshold)) break;
                if (guard.isPoor(j)) continue;
                if ((r < topM && !guard.isHub(j)) || lists(nb, j * k, k, i)) uf.union(i, j);
            }
        }
        int[] labels = uf.labels();
        int[] out = labels.clone();
        for (int i = 0; i < n; i++) {
            if (!guard.isPoor(i)) continue;
            for (int r = 0; r < k; r++) {
                int j = nb[i * k + r];
                if (j < 0 || !(sim[i * k + r] >= threshold)) break;
                if (!guard.isPoor(j)) {
                    out[i] = labels[j];
                    break;
                }
            }
        }
        return ClusterLabels.canonical(out);
    }

    private static boolean lists(int[] nb, int base, int k, int node) {
        for (int r = 0; r < k; r++) {
            if (nb[base + r] == node) return true;
            if (nb[base + r] < 0) return false;
        }
        return false;
    }
}
