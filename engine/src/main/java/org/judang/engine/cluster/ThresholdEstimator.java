package org.judang.engine.cluster;

/**
 * Estimates a space's similarity threshold from its own kNN graph, because the upstream algorithm — and so the
 * scale of its similarities — is unknown: ArcFace-style features put the same person near 0.5 and strangers near
 * 0, dlib-style descriptors the same person near 0.95 and strangers near 0.90.
 * <p>The similarities of every node's k nearest neighbours mix two populations: neighbours of the same identity
 * (high) and the nearest strangers (low). Otsu's method finds the cut that maximises the variance between the two
 * groups — no assumption about where they sit on the scale. The histogram spans only the observed range, so a
 * narrow dlib-like band is resolved as finely as a wide ArcFace-like one. The cut is then nudged towards the high
 * side by {@link #PRECISION_BIAS} of the gap between the class means: a wrong merge costs an investigator more than a
 * split, which a merge suggestion later repairs.
 */
public final class ThresholdEstimator {
    static final int BINS = 2048;
    static final double PRECISION_BIAS = 0.1;

    private ThresholdEstimator() {}

    public static ThresholdEstimate estimate(KnnGraph g) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        long edges = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int r = 0; r < g.k(); r++) {
                if (g.neighbor(i, r) < 0) break;
                float s = g.similarity(i, r);
                if (s < min) min = s;
                if (s > max) max = s;
                edges++;
            }
        }
        if (edges < 2 || !(max > min)) {
            double t = edges == 0 ? ClusterOptions.DEFAULT_THRESHOLD : max;
            return new ThresholdEstimate(t, 0, t, t, edges);
        }
        long[] hist = new long[BINS];
        double width = (max - min) / BINS;
        double totalSum = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int r = 0; r < g.k(); r++) {
                if (g.neighbor(i, r) < 0) break;
                float s = g.similarity(i, r);
                hist[Math.min(BINS - 1, (int) ((s - min) / width))]++;
                totalSum += s;
            }
        }
        double totalMean = totalSum / edges;
        double totalVar = 0;
        for (int b = 0; b < BINS; b++) {
            double c = min + (b + 0.5) * width - totalMean;
            totalVar += hist[b] * c * c;
        }
        totalVar /= edges;

        long wLow = 0;
        double sumLow = 0, bestBetween = -1;
        int bestCut = BINS / 2;
        for (int b = 0; b < BINS - 1; b++) {
            wLow += hist[b];
            sumLow += hist[b] * (min + (b + 0.5) * width);
            long wHigh = edges - wLow;
            if (wLow == 0 || wHigh == 0) continue;
            double mLow = sumLow / wLow, mHigh = (totalSum - sumLow) / wHigh;
            double between = (double) wLow * wHigh * (mHigh - mLow) * (mHigh - mLow);
            if (between > bestBetween) {
                bestBetween = between;
                bestCut = b;
            }
        }
        long wl = 0;
        double sl = 0;
        for (int b = 0; b <= bestCut; b++) {
            wl += hist[b];
            sl += hist[b] * (min + (b + 0.5) * width);
        }
        double lowMean = sl / wl, highMean = (totalSum - sl) / (edges - wl);
        double cut = min + (bestCut + 1) * width;
        double threshold = cut + PRECISION_BIAS * (highMean - lowMean);
        double separation = totalVar > 0 ? (bestBetween / ((double) edges * edges)) / totalVar : 0;
        return new ThresholdEstimate(threshold, Math.min(1, separation), lowMean, highMean, edges);
    }
}
