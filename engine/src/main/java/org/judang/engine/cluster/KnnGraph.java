package org.judang.engine.cluster;

/**
 * A k-nearest-neighbour graph over nodes {@code 0..size-1}: for node i, slots {@code i*k .. i*k+k-1} hold its
 * neighbours in descending similarity; unused slots hold -1.
 */
public record KnnGraph(int size, int k, int[] neighbors, float[] similarities) {

    public int neighbor(int node, int rank) { return neighbors[node * k + rank]; }

    public float similarity(int node, int rank) { return similarities[node * k + rank]; }

    /** Similarity of each node to its nearest neighbour (NaN when it has none). */
    public float[] nearestSimilarities() {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) out[i] = neighbors[i * k] >= 0 ? similarities[i * k] : Float.NaN;
        return out;
    }
}
