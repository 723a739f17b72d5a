package org.judang.engine.cluster;

/**
 * Settings of a clustering run.
 *
 * @param threshold cosine similarity at or above which two captures are linked; null uses the space's remembered
 *                  threshold, else {@link #DEFAULT_THRESHOLD}
 * @param k         neighbours per record in the kNN graph
 * @param threads   worker threads
 */
public record ClusterOptions(Double threshold, int k, int threads) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_K = 20;

    public static ClusterOptions defaults() {
        return new ClusterOptions(null, DEFAULT_K, Runtime.getRuntime().availableProcessors());
    }

    public ClusterOptions withThreshold(Double t) { return new ClusterOptions(t, k, threads); }
}
