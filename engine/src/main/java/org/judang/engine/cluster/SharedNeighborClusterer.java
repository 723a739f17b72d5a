package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

/**
 * Shared-neighbour re-weighting with a cut that adapts to each node, in the spirit of FaceMap (Yu et al. 2022),
 * which also adjusts a kNN graph node by node before a map-equation clustering. What runs by default:
 * <ol>
 *   <li><b>Candidates</b>: the similarity graph at the threshold, which here is only a floor.</li>
 *   <li><b>Re-weighting</b>: each edge scored by the weighted Jaccard overlap J of the two closed neighbour lists
 *       ({@link SharedNeighborScores}), from about 0.01 (nothing shared but the pair itself) to 1.</li>
 *   <li><b>Per-node cut</b> ({@link Cut#NODE_GAP}): each good capture sorts the scores of its edges to other good
 *       captures and cuts at the largest ratio between consecutive scores, if that ratio is at least
 *       {@value #GAP_FACTOR}; below the cut lie the chance neighbours, above it the node's own group, wherever its
 *       level (dense groups overlap at 0.3–0.9, pairs of captures at 0.3–0.6, chance at 0.01–0.1). An edge is kept
 *       only if both endpoints keep it, so a group member sheds its chance edge into a stranger even though the
 *       stranger, having nothing better, keeps everything. Edges at poor captures are exempt: their overlap is low
 *       by nature and {@link ChainingGuard} deals with them next.</li>
 *   <li><b>Guard</b>: {@link ChainingGuard} on the kept edges (poor captures become leaves, hubs are damped).</li>
 *   <li><b>Finish</b> ({@link Finish#FLOW}): the map-equation clustering ({@link MapEquationOptimizer}, one trial) on
 *       the kept edges weighted by similarity × J, so the walk follows shared neighbourhoods.</li>
 * </ol>
 * The other {@link Cut} and {@link Finish} values are the alternatives measured against it with
 * {@link ClusteringComparison}: one global cut for all edges (Otsu or minimum-error on log J, with each node
 * keeping its best edge) falls inside the broad same-identity mode when few chance edges survive the floor and
 * halved the pairwise recall (0.47 against 0.88 at threshold 0.45 on 20,000 synthetic captures); no cut with J weights is close but less robust at low thresholds; components
 * instead of flow chain once the floor is low.
 */
final class SharedNeighborClusterer implements GraphClusterer {
    enum Finish { FLOW, COMPONENTS }

    enum Cut { NONE, OTSU_LOG, MINIMUM_ERROR_LOG, NODE_GAP }

    private final Finish finish;
    private final Cut cutRule;
    private final boolean overlapWeights;

    SharedNeighborClusterer() { this(Finish.FLOW, Cut.NODE_GAP, true); }

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
        progress.stage(TaskPhrase.SIMILARITY_GRAPH.with(), 0);
        SimilarityGraph candidates = SimilarityGraph.fromKnn(graph, input.threshold());
        cancel.throwIfCancelled();
        progress.stage(TaskPhrase.SHARED_NEIGHBOUR_SCORES.with(), 0);
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

    /**
     * A drop of the sorted scores by this factor or more separates a node's own group from chance neighbours; it
     * sits between the spread inside a group (consecutive scores rarely differ by 2) and the step from the weakest
     * group member (about 0.1) to chance (about 0.03).
     */
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
