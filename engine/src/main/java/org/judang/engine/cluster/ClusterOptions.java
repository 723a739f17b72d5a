package org.judang.engine.cluster;

/**
 * Settings of a clustering run.
 *
 * @param threshold cosine similarity at or above which two captures are linked; null uses the space's remembered
 *                  threshold, else {@link #DEFAULT_THRESHOLD}
 * @param k         neighbours per record in the kNN graph
 * @param threads   worker threads
 * @param exactBelow spaces with fewer records to cluster use exact search; larger ones the jvector index
 */
public record ClusterOptions(Double threshold, int k, int threads, int exactBelow) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_K = 20;
    /** Below this many records a brute-force kNN graph is faster than building and searching a jvector index. */
    public static final int DEFAULT_EXACT_BELOW = 30_000;

    public static ClusterOptions defaults() {
        return new ClusterOptions(null, DEFAULT_K, Runtime.getRuntime().availableProcessors(), DEFAULT_EXACT_BELOW);
    }

    public ClusterOptions withThreshold(Double t) { return new ClusterOptions(t, k, threads, exactBelow); }

    public ClusterOptions withK(int newK) { return new ClusterOptions(threshold, newK, threads, exactBelow); }

    public ClusterOptions withExactBelow(int n) { return new ClusterOptions(threshold, k, threads, n); }
}
