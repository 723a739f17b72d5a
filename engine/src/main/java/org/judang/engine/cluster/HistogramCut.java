package org.judang.engine.cluster;

/**
 * Cuts between the two modes of a score distribution, from its histogram over a fixed range, without parameters:
 * <ul>
 *   <li>{@link #otsu}: Otsu (1979), the cut that maximises the between-class variance. Robust, but it drifts into
 *       the wider mode when the two modes differ much in spread or size;</li>
 *   <li>{@link #minimumError}: Kittler and Illingworth (1986), the cut where two Gaussians fitted to the two sides
 *       (each with its own weight, mean and variance) best explain the histogram, i.e. the valley of a
 *       2-component mixture. It suits a narrow pile of chance scores next to a broad spread of true ones.</li>
 * </ul>
 * Both return the upper edge of the last bin of the lower class, or NaN when fewer than two bins are occupied.
 */
final class HistogramCut {
    static final int BINS = 256;

    private HistogramCut() {}

    static double otsu(float[] values, int count, double from, double to) {
        return otsuWithSeparability(values, count, from, to)[0];
    }

    /**
     * Otsu's cut and its separability η = between-class variance / total variance (Otsu's own measure of how well
     * two classes explain the histogram): near 1 for two distinct modes, about 2/π ≈ 0.64 for one Gaussian mode cut at
     * its mean.
     *
     * @return {cut, η}
     */
    static double[] otsuWithSeparability(float[] values, int count, double from, double to) {
        Histogram h = new Histogram(values, count, from, to);
        double bestVariance = -1;
        int bestBin = -1;
        double below = 0, sumBelow = 0;
        for (int b = 0; b < BINS - 1; b++) {
            below += h.counts[b];
            sumBelow += b * h.counts[b];
            double above = h.total - below;
            if (below == 0 || above == 0) continue;
            double d = sumBelow / below - (h.sum - sumBelow) / above;
            double variance = below * above * d * d;
            if (variance > bestVariance) {
                bestVariance = variance;
                bestBin = b;
            }
        }
        double totalVariance = h.sumSquares / h.total - (h.sum / h.total) * (h.sum / h.total);
        double separability = totalVariance > 0 ? bestVariance / (h.total * h.total) / totalVariance : 0;
        return new double[]{h.edge(bestBin), separability};
    }

    static double minimumError(float[] values, int count, double from, double to) {
        Histogram h = new Histogram(values, count, from, to);
        double best = Double.POSITIVE_INFINITY;
        int bestBin = -1;
        double n1 = 0, s1 = 0, q1 = 0;
        for (int b = 0; b < BINS - 1; b++) {
            double c = h.counts[b];
            n1 += c;
            s1 += b * c;
            q1 += (double) b * b * c;
            double n2 = h.total - n1;
            if (n1 < 2 || n2 < 2) continue;
            double m1 = s1 / n1, m2 = (h.sum - s1) / n2;
            // A variance floor of a quarter bin keeps a class that sits in one bin from winning by zero variance.
            double v1 = Math.max(q1 / n1 - m1 * m1, 0.25), v2 = Math.max((h.sumSquares - q1) / n2 - m2 * m2, 0.25);
            double p1 = n1 / h.total, p2 = n2 / h.total;
            double criterion = p1 * Math.log(v1) + p2 * Math.log(v2) - 2 * (p1 * Math.log(p1) + p2 * Math.log(p2));
            if (criterion < best) {
                best = criterion;
                bestBin = b;
            }
        }
        return h.edge(bestBin);
    }

    private static final class Histogram {
        final double[] counts = new double[BINS];
        final double from, width;
        double total, sum, sumSquares;

        Histogram(float[] values, int count, double from, double to) {
            this.from = from;
            this.width = (to - from) / BINS;
            for (int i = 0; i < count; i++) {
                float v = values[i];
                if (Float.isNaN(v)) continue;
                int b = Math.max(0, Math.min(BINS - 1, (int) ((v - from) / width)));
                counts[b]++;
            }
            for (int b = 0; b < BINS; b++) {
                total += counts[b];
                sum += b * counts[b];
                sumSquares += (double) b * b * counts[b];
            }
        }

        double edge(int bin) { return bin < 0 ? Double.NaN : from + (bin + 1) * width; }
    }
}
