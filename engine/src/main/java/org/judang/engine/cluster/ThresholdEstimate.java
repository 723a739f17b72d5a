package org.judang.engine.cluster;

/**
 * A similarity threshold estimated from the data.
 *
 * @param threshold   the cut: edges at or above it link two captures
 * @param separation  how cleanly the similarities split in two (between-class variance over total variance, 0..1);
 *                    below about 0.5 the estimate deserves a look in the preview
 * @param lowMean     mean similarity of the edges below the cut (strangers)
 * @param highMean    mean similarity of the edges above it (same identity)
 * @param edges       how many edges the estimate saw
 */
public record ThresholdEstimate(double threshold, double separation, double lowMean, double highMean, long edges) {
    /** Fewer edges than this, and the two populations cannot both be seen. */
    public static final long MIN_EDGES = 500;
    /** Below this separation the similarities do not split into two clear groups. */
    public static final double MIN_SEPARATION = 0.5;

    /** Enough data, cleanly split: fit to be used and remembered without a person looking first. */
    public boolean trustworthy() {
        return edges >= MIN_EDGES && separation >= MIN_SEPARATION;
    }
}
