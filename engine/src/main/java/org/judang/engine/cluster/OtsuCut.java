package org.judang.engine.cluster;

/**
 * The cut between the two modes of a score distribution by Otsu's method (1979): the histogram threshold that
 * maximises the between-class variance. It needs no parameter but the range and finds the valley of a bimodal
 * distribution, e.g. similarities of same-identity pairs against those of strangers.
 */
final class OtsuCut {
    static final int BINS = 512;

    private OtsuCut() {}

    /**
     * @param values the scores; NaN values are ignored
     * @param from   lower end of the range (values below count in the first bin)
     * @param to     upper end of the range (values above count in the last bin)
     * @return the cut, or NaN when fewer than two distinct bins are occupied
     */
    static double of(float[] values, int count, double from, double to) {
        long[] histogram = new long[BINS];
        double width = (to - from) / BINS;
        long total = 0;
        for (int i = 0; i < count; i++) {
            float v = values[i];
            if (Float.isNaN(v)) continue;
            int b = (int) ((v - from) / width);
            histogram[Math.max(0, Math.min(BINS - 1, b))]++;
            total++;
        }
        if (total == 0) return Double.NaN;
        double sumAll = 0;
        for (int b = 0; b < BINS; b++) sumAll += b * (double) histogram[b];
        double sumBelow = 0, bestVariance = -1;
        long below = 0;
        int bestBin = -1;
        for (int b = 0; b < BINS - 1; b++) {
            below += histogram[b];
            sumBelow += b * (double) histogram[b];
            long above = total - below;
            if (below == 0 || above == 0) continue;
            double meanBelow = sumBelow / below, meanAbove = (sumAll - sumBelow) / above;
            double variance = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) {
                bestVariance = variance;
                bestBin = b;
            }
        }
        return bestBin < 0 ? Double.NaN : from + (bestBin + 1) * width;
    }
}
