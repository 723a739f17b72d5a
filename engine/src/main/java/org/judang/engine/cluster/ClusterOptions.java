package org.judang.engine.cluster;

/**
 * Settings of a clustering run.
 *
 * @param threshold cosine similarity at or above which two captures are linked; null uses the space's remembered
 *                  threshold, else one estimated from the data
 * @param k         neighbours per record in the kNN graph
 * @param threads   worker threads
 * @param exactBelow spaces with fewer records to cluster use exact search; larger ones the jvector index
 * @param reestimate estimate the threshold from the data again instead of using the remembered one
 * @param method    the graph clustering method ({@link GraphClusterers})
 * @param everything re-cluster every record the machine placed (not only those not yet archived): archives keep
 *                   their IDs where their records mostly stay together; what a person decided is kept
 */
public record ClusterOptions(Double threshold, int k, int threads, int exactBelow, boolean reestimate, String method, boolean everything) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_K = 30;
    /**
     * Below this many records a brute-force kNN graph is faster than building and searching a jvector index: at 10,000
     * generated vehicles (256-d, two cores) exact took 3.3 s and jvector 2.8–4.3 s, at 20,000 11.4 s against 5.1–7.2 s
     * (Java 25, SIMD; on Java 17 13.8 s against 9.6–11.7 s).
     */
    public static final int DEFAULT_EXACT_BELOW = 12_000;

    public ClusterOptions(Double threshold, int k, int threads, int exactBelow, boolean reestimate, String method) {
        this(threshold, k, threads, exactBelow, reestimate, method, false);
    }

    public static ClusterOptions defaults() {
        return new ClusterOptions(null, DEFAULT_K, Runtime.getRuntime().availableProcessors(), DEFAULT_EXACT_BELOW, false, GraphClusterers.DEFAULT);
    }

    public ClusterOptions withEverything(boolean e) { return new ClusterOptions(threshold, k, threads, exactBelow, reestimate, method, e); }

    public ClusterOptions withThreshold(Double t) { return new ClusterOptions(t, k, threads, exactBelow, reestimate, method, everything); }

    public ClusterOptions withK(int newK) { return new ClusterOptions(threshold, newK, threads, exactBelow, reestimate, method, everything); }

    public ClusterOptions withExactBelow(int n) { return new ClusterOptions(threshold, k, threads, n, reestimate, method, everything); }

    public ClusterOptions withReestimate(boolean r) { return new ClusterOptions(threshold, k, threads, exactBelow, r, method, everything); }

    /** The graph clustering method by name (see {@link GraphClusterers#names()}). */
    public ClusterOptions withMethod(String m) {
        GraphClusterers.byName(m);
        return new ClusterOptions(threshold, k, threads, exactBelow, reestimate, m, everything);
    }
}
