package org.judang.engine.cluster;

import java.util.Arrays;

/**
 * Pairwise and BCubed precision, recall and F1 of a clustering against true labels: the minimum the comparison
 * harness and the tests need. The project's {@code metrics} package is the full implementation for users.
 * <p>Pairwise: over all pairs of items, a pair is predicted together and/or truly together. BCubed (Bagga and
 * Baldwin 1998): per item, precision is the share of its predicted cluster that shares its true label, recall the
 * share of its true group that shares its predicted cluster; both averaged over items.
 */
record ClusteringScore(double pairwisePrecision, double pairwiseRecall, double bcubedPrecision, double bcubedRecall) {

    double pairwiseF() { return f(pairwisePrecision, pairwiseRecall); }

    double bcubedF() { return f(bcubedPrecision, bcubedRecall); }

    /** @param truth and predicted: one non-negative label per item; equal labels mean the same group */
    static ClusteringScore of(int[] truth, int[] predicted) {
        int n = truth.length;
        if (predicted.length != n) throw new IllegalArgumentException(n + " true labels but " + predicted.length + " predicted");
        long[] truthSize = counts(truth), predictedSize = counts(predicted);
        long[] pairs = new long[n];
        for (int i = 0; i < n; i++) pairs[i] = ((long) truth[i] << 32) | predicted[i];
        Arrays.sort(pairs);
        double together = 0, bPrecision = 0, bRecall = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && pairs[j] == pairs[i]) j++;
            long overlap = j - i;
            int t = (int) (pairs[i] >>> 32), p = (int) pairs[i];
            together += overlap * (overlap - 1) / 2.0;
            bPrecision += (double) overlap * overlap / predictedSize[p];
            bRecall += (double) overlap * overlap / truthSize[t];
            i = j;
        }
        double predictedPairs = 0, truePairs = 0;
        for (long s : predictedSize) predictedPairs += s * (s - 1) / 2.0;
        for (long s : truthSize) truePairs += s * (s - 1) / 2.0;
        return new ClusteringScore(predictedPairs == 0 ? 1 : together / predictedPairs, truePairs == 0 ? 1 : together / truePairs,
                bPrecision / n, bRecall / n);
    }

    private static long[] counts(int[] labels) {
        int max = 0;
        for (int l : labels) {
            if (l < 0) throw new IllegalArgumentException("negative label " + l);
            max = Math.max(max, l);
        }
        long[] c = new long[max + 1];
        for (int l : labels) c[l]++;
        return c;
    }

    private static double f(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
