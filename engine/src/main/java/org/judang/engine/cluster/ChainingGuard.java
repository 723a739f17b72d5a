package org.judang.engine.cluster;

import org.judang.engine.task.ProgressListener;

/**
 * Keeps nodes that are untrustworthy links from joining groups that their neighbours would not join by themselves.
 * Two kinds of node are guarded:
 * <ul>
 *   <li><b>Poor captures</b> ({@code quality < }{@value #LOW_QUALITY}): blur, darkness and occlusion pull features
 *       of different people toward the same few directions, so poor captures are close to each other whoever they
 *       show. Edges between two poor captures are dropped, and a poor capture keeps only its single strongest edge
 *       to a good capture: it becomes a leaf that joins one group and cannot carry flow or connectivity between
 *       groups. When more than half of the nodes would count as poor, the quality scale is not the one assumed
 *       and this guard is skipped with a message.</li>
 *   <li><b>Hubs</b>: nodes that appear in the neighbour lists (at or above the threshold) of more than
 *       {@value #HUB_FACTOR}·k nodes. High-dimensional neighbour graphs grow such hubs, close to many groups at
 *       once. Each edge at a hub is scaled by √(limit / in-degree) per hub endpoint, so a hub's total pull stays
 *       near that of an ordinary node; hubs otherwise keep their edges (their own group still holds them).</li>
 * </ul>
 */
final class ChainingGuard {
    static final float LOW_QUALITY = 0.3f;
    static final int HUB_FACTOR = 4;

    private final boolean[] poor;
    private final int[] inDegree;
    private final int hubLimit;

    private ChainingGuard(boolean[] poor, int[] inDegree, int hubLimit) {
        this.poor = poor;
        this.inDegree = inDegree;
        this.hubLimit = hubLimit;
    }

    /** A guard that guards nothing, to measure what the guard is worth. */
    static ChainingGuard off(int n) { return new ChainingGuard(new boolean[n], new int[n], Integer.MAX_VALUE); }

    static ChainingGuard of(KnnGraph knn, ClusteringInput input, ProgressListener progress) {
        int n = knn.size(), k = knn.k();
        boolean[] poor = new boolean[n];
        float[] quality = input.quality();
        if (quality != null) {
            if (quality.length != n) throw new IllegalArgumentException(quality.length + " quality values for " + n + " nodes");
            int count = 0;
            for (int i = 0; i < n; i++) if (quality[i] < LOW_QUALITY) {
                poor[i] = true;
                count++;
            }
            if (count > n / 2) {
                progress.message(count + " of " + n + " captures have quality below " + LOW_QUALITY
                        + "; the quality scale looks different from 0..1, so poor captures are not guarded");
                poor = new boolean[n];
            }
        }
        int[] inDegree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = knn.neighbor(i, r);
                if (j < 0 || !(knn.similarity(i, r) >= input.threshold())) break;
                inDegree[j]++;
            }
        }
        return new ChainingGuard(poor, inDegree, HUB_FACTOR * k);
    }

    boolean isPoor(int node) { return poor[node]; }

    boolean isHub(int node) { return inDegree[node] > hubLimit; }

    /** The guarded graph for the flow methods (see the class comment). */
    SimilarityGraph apply(SimilarityGraph g) {
        int n = g.size();
        int[] off = g.offsets(), tgt = g.targets();
        float[] w = g.weights();
        int[] anchor = new int[n];
        java.util.Arrays.fill(anchor, -1);
        for (int i = 0; i < n; i++) {
            if (!poor[i]) continue;
            float best = Float.NEGATIVE_INFINITY;
            for (int p = off[i]; p < off[i + 1]; p++) {
                if (!poor[tgt[p]] && w[p] > best) {
                    best = w[p];
                    anchor[i] = tgt[p];
                }
            }
        }
        float[] guarded = new float[w.length];
        for (int i = 0; i < n; i++) {
            for (int p = off[i]; p < off[i + 1]; p++) {
                int j = tgt[p];
                boolean keep = poor[i] ? anchor[i] == j : !poor[j] || anchor[j] == i;
                guarded[p] = keep ? (float) (w[p] * hubScale(i) * hubScale(j)) : 0f;
            }
        }
        return g.reweighted(guarded);
    }

    private double hubScale(int node) {
        return inDegree[node] > hubLimit ? Math.sqrt((double) hubLimit / inDegree[node]) : 1.0;
    }
}
