package org.judang.engine.cluster;

/**
 * A simple automatic threshold from the data: the Otsu cut ({@link HistogramCut#otsu}) of the similarities in all
 * neighbour lists. Those similarities mix two populations, the same identity (for everyone seen more than once)
 * and the nearest strangers, and the cut falls in the valley between them whatever the scale of the upstream
 * algorithm. It is the reference point of the comparison harness; the calibration of the product refines it.
 */
final class NeighborSimilarityCut {
    private NeighborSimilarityCut() {}

    static double estimate(KnnGraph g) {
        float[] sims = g.similarities();
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        int[] nb = g.neighbors();
        for (int p = 0; p < sims.length; p++) {
            if (nb[p] < 0) continue;
            lo = Math.min(lo, sims[p]);
            hi = Math.max(hi, sims[p]);
        }
        if (!(hi > lo)) return hi;
        float[] valid = new float[sims.length];
        int count = 0;
        for (int p = 0; p < sims.length; p++) if (nb[p] >= 0) valid[count++] = sims[p];
        return HistogramCut.otsu(valid, count, lo, hi);
    }
}
