package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

/**
 * Shared-neighbour re-weighting with a cut found in the data, in the spirit of FaceMap (Yu et al. 2022), which
 * also re-weights a kNN graph by neighbourhood evidence before a flow clustering. What runs:
 * <ol>
 *   <li>the similarity graph at the threshold, which here is only a floor for candidate edges;</li>
 *   <li>each edge scored by the weighted Jaccard overlap of the two closed neighbour lists
 *       ({@link SharedNeighborScores});</li>
 *   <li>the cut: Otsu's threshold ({@link OtsuCut}) on the histogram of the edge scores over [0, 1], which falls
 *       between the mode of edges inside a group (large overlap) and the mode of chance edges (small overlap);
 *       edges scoring below it are dropped. The score is relative to each pair's own neighbourhoods, so one cut
 *       serves dense and sparse regions alike;</li>
 *   <li>{@link ChainingGuard} on the kept edges (poor captures become leaves, hubs are damped);</li>
 *   <li>the finish: {@link Finish#FLOW} runs the map-equation clustering (one trial) on the kept edges weighted by
 *       similarity; {@link Finish#COMPONENTS} takes their connected components.</li>
 * </ol>
 */
final class SharedNeighborClusterer implements GraphClusterer {
    enum Finish { FLOW, COMPONENTS }

    enum Cut { NONE, OTSU_LOG, MINIMUM_ERROR_LOG, NODE_GAP }

    private final Finish finish;
    private final Cut cutRule;
    private final boolean overlapWeights;

    SharedNeighborClusterer() { this(Finish.FLOW, Cut.OTSU_LOG, false); }

    SharedNeighborClusterer(Finish finish, Cut cutRule, boolean overlapWeights) {
        this.finish = finish;
        this.cutRule = cutRule;
        this.overlapWeights = overlapWeights;
    }

    /** Scores below this count as this, to give the logarithm a floor (two neighbourhoods of 20 sharing nothing). */
    static final double MIN_SCORE = 1e-3;

    @Override public String name() { return "snn"; }

    @Override
    public int[] cluster(KnnGraph graph, ClusteringInput input, ProgressListener progress, CancellationToken cancel) {
        cancel.throwIfCancelled();
        progress.stage("Similarity graph", 0);
        SimilarityGraph candidates = SimilarityGraph.fromKnn(graph, input.threshold());
        cancel.throwIfCancelled();
        progress.stage("Shared-neighbour scores", 0);
        float[] score = SharedNeighborScores.compute(graph, candidates, input.threshold());
        float[] sim = candidates.weights();
        float[] kept = new float[score.length];
        ChainingGuard guard = ChainingGuard.of(graph, input, progress);
        if (cutRule == Cut.NODE_GAP) {
            float[] nodeCut = nodeCuts(candidates, score, guard);
            int[] off = candidates.offsets(), tgt = candidates.targets();
            for (int i = 0; i < candidates.size(); i++) {
                for (int p = off[i]; p < off[i + 1]; p++) {
                    int j = tgt[p];
                    boolean keep = guard.isPoor(i) || guard.isPoor(j) || (score[p] >= nodeCut[i] && score[p] >= nodeCut[j]);
                    kept[p] = keep ? (overlapWeights ? sim[p] * score[p] : sim[p]) : 0f;
                }
            }
        } else {
            double cut = cut(candidates, score, cutRule);
            boolean[] best = bestPerNode(candidates, score);
            for (int p = 0; p < kept.length; p++) kept[p] = score[p] >= cut || best[p] ? (overlapWeights ? sim[p] * score[p] : sim[p]) : 0f;
        }
        SimilarityGraph g = guard.apply(candidates.reweighted(kept));
        cancel.throwIfCancelled();
        if (finish == Finish.FLOW) {
            return ClusterLabels.canonical(new MapEquationOptimizer(1).optimize(g, input.seed(), progress, cancel).modules());
        }
        UnionFind uf = new UnionFind(g.size());
        int[] off = g.offsets(), tgt = g.targets();
        for (int i = 0; i < g.size(); i++) for (int p = off[i]; p < off[i + 1]; p++) uf.union(i, tgt[p]);
        return uf.labels();
    }

    /** A drop of the sorted scores by this factor or more separates a node's own group from chance neighbours. */
    static final double GAP_FACTOR = 3;

    /**
     * Per node, the lowest score it keeps: its scores sorted in descending order are cut at the largest ratio
     * between consecutive ones when that ratio is at least {@value #GAP_FACTOR}; otherwise the node keeps all.
     */
    static float[] nodeCuts(SimilarityGraph g, float[] score, ChainingGuard guard) {
        int n = g.size();
        int[] off = g.offsets(), tgt = g.targets();
        float[] cut = new float[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            if (guard.isPoor(i)) return;
            float[] s = new float[off[i + 1] - off[i]];
            int d = 0;
            for (int p = off[i]; p < off[i + 1]; p++) if (!guard.isPoor(tgt[p])) s[d++] = score[p];
            if (d < 2) return;
            java.util.Arrays.sort(s, 0, d);
            double bestRatio = GAP_FACTOR;
            float c = 0;
            for (int r = d - 1; r > 0; r--) {
                double ratio = s[r] / Math.max(s[r - 1], MIN_SCORE);
                if (ratio >= bestRatio) {
                    bestRatio = ratio;
                    c = s[r];
                }
            }
            cut[i] = c;
        });
        return cut;
    }

    /** Marks, for both directions, the edge with the highest score of each node (the first on ties). */
    static boolean[] bestPerNode(SimilarityGraph g, float[] score) {
        int[] off = g.offsets(), tgt = g.targets();
        boolean[] best = new boolean[score.length];
        for (int i = 0; i < g.size(); i++) {
            int top = -1;
            for (int p = off[i]; p < off[i + 1]; p++) if (top < 0 || score[p] > score[top]) top = p;
            if (top >= 0) {
                best[top] = true;
                best[g.position(tgt[top], i)] = true;
            }
        }
        return best;
    }

    /** Otsu's cut of the scores of the undirected edges (each counted once); 0 keeps everything when undefined. */
    static double cut(SimilarityGraph g, float[] score, Cut rule) {
        if (rule == Cut.NONE) return 0;
        int[] off = g.offsets(), tgt = g.targets();
        float[] once = new float[tgt.length / 2 + 1];
        int count = 0;
        for (int i = 0; i < g.size(); i++) for (int p = off[i]; p < off[i + 1]; p++) if (tgt[p] > i) once[count++] = (float) Math.log(Math.max(score[p], MIN_SCORE));
        double lo = Math.log(MIN_SCORE);
        double c = rule == Cut.OTSU_LOG ? HistogramCut.otsu(once, count, lo, 0) : HistogramCut.minimumError(once, count, lo, 0);
        return Double.isNaN(c) ? 0 : Math.exp(c);
    }
}
