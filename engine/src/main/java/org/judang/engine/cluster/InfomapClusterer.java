package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

/**
 * Flow clustering by the two-level map equation (Infomap's objective; see {@link MapEquation} and
 * {@link MapEquationOptimizer}) on the guarded similarity graph: edges at or above the threshold, weighted by
 * cosine similarity, with poor captures made leaves and hubs damped by {@link ChainingGuard}. A random walk stays
 * long inside a group of mutually similar captures and rarely crosses the few edges between two look-alike
 * groups, so those groups compress better as separate modules: the method splits them without a second
 * threshold.
 */
final class InfomapClusterer implements GraphClusterer {
    static final int DEFAULT_TRIALS = 2;

    private final MapEquationOptimizer optimizer;
    private final boolean guarded;

    InfomapClusterer() { this(DEFAULT_TRIALS, true); }

    InfomapClusterer(int trials, boolean guarded) {
        this.optimizer = new MapEquationOptimizer(trials);
        this.guarded = guarded;
    }

    @Override public String name() { return "infomap"; }

    @Override
    public int[] cluster(KnnGraph graph, ClusteringInput input, ProgressListener progress, CancellationToken cancel) {
        cancel.throwIfCancelled();
        progress.stage(TaskPhrase.SIMILARITY_GRAPH.with(), 0);
        SimilarityGraph g = SimilarityGraph.fromKnn(graph, input.threshold());
        if (guarded) g = ChainingGuard.of(graph, input, progress).apply(g);
        cancel.throwIfCancelled();
        return ClusterLabels.canonical(optimizer.optimize(g, input.seed(), progress, cancel).modules());
    }
}
