package org.judang.engine.cluster;

/**
 * The public form of a clustering: each node labelled with the smallest node index of its cluster. Algorithms
 * number their clusters arbitrarily; this form makes results comparable and deterministic.
 */
final class ClusterLabels {
    private ClusterLabels() {}

    /** Converts any membership array (equal values = same cluster, values in {@code 0..n-1}) to the public form. */
    static int[] canonical(int[] membership) {
        int n = membership.length;
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, -1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int m = membership[i];
            if (smallest[m] < 0) smallest[m] = i;
            out[i] = smallest[m];
        }
        return out;
    }

    static int count(int[] labels) {
        int c = 0;
        for (int i = 0; i < labels.length; i++) if (labels[i] == i) c++;
        return c;
    }
}
