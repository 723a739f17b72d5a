package org.judang.engine.cluster;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An undirected weighted graph in compressed sparse rows, made from a {@link KnnGraph}: the edge i–j exists when j
 * is among i's neighbours or i among j's with a similarity at or above the threshold; its weight is the larger of
 * the two directions' similarities (exact search gives equal values, approximate search may not). Each edge is
 * stored once in each endpoint's row; rows are sorted by neighbour index, so the layout depends only on the
 * input. Self links and duplicate entries are removed.
 * <p>Memory is three primitive arrays: {@code 4(n+1)} bytes of row offsets and 8 bytes per stored entry.
 */
public final class SimilarityGraph {
    private final int size;
    private final int[] offsets;
    private final int[] targets;
    private final float[] weights;

    SimilarityGraph(int size, int[] offsets, int[] targets, float[] weights) {
        if (offsets.length != size + 1 || targets.length != weights.length || offsets[size] != targets.length) {
            throw new IllegalArgumentException("inconsistent compressed rows: " + size + " nodes, " + targets.length + " entries");
        }
        this.size = size;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    /** Builds the thresholded, symmetrised graph. */
    public static SimilarityGraph fromKnn(KnnGraph knn, double threshold) {
        int n = knn.size(), k = knn.k();
        int[] nb = knn.neighbors();
        float[] kept = keptWeights(knn, threshold);
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                if (Float.isNaN(kept[i * k + r])) continue;
                degree[i]++;
                degree[nb[i * k + r]]++;
            }
        }
        int[] offsets = prefixSums(degree);
        int[] targets = new int[offsets[n]];
        float[] weights = new float[offsets[n]];
        int[] cursor = Arrays.copyOf(offsets, n);
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                float w = kept[i * k + r];
                if (Float.isNaN(w)) continue;
                int j = nb[i * k + r];
                targets[cursor[i]] = j;
                weights[cursor[i]++] = w;
                targets[cursor[j]] = i;
                weights[cursor[j]++] = w;
            }
        }
        return sortedAndDeduplicated(n, offsets, targets, weights);
    }

    /**
     * Decides, in parallel, for each slot of the neighbour lists whether it contributes an undirected edge, and with
     * which weight (NaN when not). A pair listed in both directions contributes once, from its smaller endpoint,
     * with the larger similarity; a pair listed in one direction only contributes from the node that lists it.
     */
    private static float[] keptWeights(KnnGraph knn, double threshold) {
        int n = knn.size(), k = knn.k();
        int[] nb = knn.neighbors();
        float[] sim = knn.similarities();
        float[] kept = new float[n * k];
        IntStream.range(0, n).parallel().forEach(i -> {
            int base = i * k;
            for (int r = 0; r < k; r++) {
                kept[base + r] = Float.NaN;
                int j = nb[base + r];
                if (j < 0 || j == i) continue;
                float w = sim[base + r];
                int back = rankOf(nb, j * k, k, i);
                if (back >= 0) {
                    if (j < i) continue;
                    w = Math.max(w, sim[j * k + back]);
                }
                if (w >= threshold) kept[base + r] = w;
            }
        });
        return kept;
    }

    /** Builds a graph from an undirected edge list (each edge once, any order); for tests and small inputs. */
    static SimilarityGraph fromEdges(int n, int[] from, int[] to, float[] weight) {
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            if (from[e] == to[e]) continue;
            degree[from[e]]++;
            degree[to[e]]++;
        }
        int[] offsets = prefixSums(degree);
        int[] targets = new int[offsets[n]];
        float[] weights = new float[offsets[n]];
        int[] cursor = Arrays.copyOf(offsets, n);
        for (int e = 0; e < from.length; e++) {
            int i = from[e], j = to[e];
            if (i == j) continue;
            targets[cursor[i]] = j;
            weights[cursor[i]++] = weight[e];
            targets[cursor[j]] = i;
            weights[cursor[j]++] = weight[e];
        }
        return sortedAndDeduplicated(n, offsets, targets, weights);
    }

    public int size() { return size; }

    /** Number of undirected edges. */
    public long edgeCount() { return targets.length / 2; }

    public int degree(int node) { return offsets[node + 1] - offsets[node]; }

    /** The {@code rank}-th neighbour of {@code node} in increasing index order. */
    public int neighbor(int node, int rank) { return targets[offsets[node] + rank]; }

    public float weight(int node, int rank) { return weights[offsets[node] + rank]; }

    /** Weight of the edge between two nodes, or 0 when there is none. */
    public float weightBetween(int a, int b) {
        int pos = Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b);
        return pos >= 0 ? weights[pos] : 0f;
    }

    /** Sum of the weights of the node's edges. */
    public double strength(int node) {
        double s = 0;
        for (int p = offsets[node]; p < offsets[node + 1]; p++) s += weights[p];
        return s;
    }

    /** The arrays themselves, for the algorithms of this package; callers must not modify them. */
    int[] offsets() { return offsets; }

    int[] targets() { return targets; }

    float[] weights() { return weights; }

    /**
     * The same graph with new weights per stored entry; entries whose new weight is not positive are dropped.
     * The caller keeps the weights symmetric (equal for i→j and j→i) so that the result stays undirected.
     */
    SimilarityGraph reweighted(float[] newWeights) {
        int[] degree = new int[size];
        for (int i = 0; i < size; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) if (newWeights[p] > 0) degree[i]++;
        }
        int[] newOffsets = prefixSums(degree);
        int[] newTargets = new int[newOffsets[size]];
        float[] kept = new float[newOffsets[size]];
        int q = 0;
        for (int i = 0; i < size; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (newWeights[p] > 0) {
                    newTargets[q] = targets[p];
                    kept[q++] = newWeights[p];
                }
            }
        }
        return new SimilarityGraph(size, newOffsets, newTargets, kept);
    }

    /** Position of {@code b} in the row of {@code a}, or a negative number when they are not linked. */
    int position(int a, int b) { return Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b); }

    private static int rankOf(int[] nb, int base, int k, int node) {
        for (int r = 0; r < k; r++) {
            int x = nb[base + r];
            if (x == node) return r;
            if (x < 0) return -1;
        }
        return -1;
    }

    private static int[] prefixSums(int[] degree) {
        int n = degree.length;
        int[] offsets = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += degree[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("similarity graph too large: more than " + Integer.MAX_VALUE + " entries; lower k or raise the threshold");
            }
            offsets[i + 1] = (int) total;
        }
        return offsets;
    }

    /** Sorts each row by neighbour index and merges duplicate entries (a list that named a node twice) by maximum. */
    private static SimilarityGraph sortedAndDeduplicated(int n, int[] offsets, int[] targets, float[] weights) {
        int[] length = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> length[i] = sortRow(targets, weights, offsets[i], offsets[i + 1]));
        boolean compact = true;
        for (int i = 0; i < n && compact; i++) compact = length[i] == offsets[i + 1] - offsets[i];
        if (compact) return new SimilarityGraph(n, offsets, targets, weights);
        int[] newOffsets = prefixSums(length);
        int[] newTargets = new int[newOffsets[n]];
        float[] newWeights = new float[newOffsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(targets, offsets[i], newTargets, newOffsets[i], length[i]);
            System.arraycopy(weights, offsets[i], newWeights, newOffsets[i], length[i]);
        }
        return new SimilarityGraph(n, newOffsets, newTargets, newWeights);
    }

    /** Sorts one row in place and returns its length after merging duplicates (kept at the row's start). */
    private static int sortRow(int[] targets, float[] weights, int from, int to) {
        if (to - from <= 48) {
            for (int p = from + 1; p < to; p++) {
                int t = targets[p];
                float w = weights[p];
                int q = p - 1;
                while (q >= from && targets[q] > t) {
                    targets[q + 1] = targets[q];
                    weights[q + 1] = weights[q];
                    q--;
                }
                targets[q + 1] = t;
                weights[q + 1] = w;
            }
        } else {
            // A hub's row can hold thousands of entries: sort (target, weight) pairs packed in longs.
            long[] packed = new long[to - from];
            for (int p = from; p < to; p++) packed[p - from] = ((long) targets[p] << 32) | (Float.floatToRawIntBits(weights[p]) & 0xffffffffL);
            Arrays.sort(packed);
            for (int p = from; p < to; p++) {
                targets[p] = (int) (packed[p - from] >>> 32);
                weights[p] = Float.intBitsToFloat((int) packed[p - from]);
            }
        }
        int out = from;
        for (int p = from; p < to; p++) {
            if (out > from && targets[out - 1] == targets[p]) {
                weights[out - 1] = Math.max(weights[out - 1], weights[p]);
            } else {
                targets[out] = targets[p];
                weights[out++] = weights[p];
            }
        }
        return out - from;
    }
}
