package org.judang.engine.cluster;

/**
 * What a {@link GraphClusterer} needs besides the graph.
 *
 * @param threshold cosine similarity below which a neighbour is never linked (the feature space's threshold)
 * @param quality   capture quality per node in 0..1 as delivered upstream, or null when unknown; low values switch
 *                  on the chaining guard for those nodes (see {@link ChainingGuard})
 * @param seed      seed of every random choice, so that equal inputs give equal labels
 */
public record ClusteringInput(double threshold, float[] quality, long seed) {

    public ClusteringInput {
        if (!(threshold >= -1 && threshold <= 1)) throw new IllegalArgumentException("threshold must be a cosine in [-1, 1], not " + threshold);
    }

    public static ClusteringInput of(double threshold) { return new ClusteringInput(threshold, null, 1L); }
}
