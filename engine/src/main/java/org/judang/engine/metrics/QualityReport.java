package org.judang.engine.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The quality of one clustering against ground truth. Rates are unrounded; {@link #toJson()} rounds them.
 *
 * @param objects              labelled objects scored
 * @param identities           distinct identities among them
 * @param archives             distinct archives holding them (an object in no archive counts as an archive of its own)
 * @param splitRate            一人多档率: share of identities spread over more than one archive
 * @param mergeRate            多人一档率: share of archives holding more than one identity
 * @param purity               share of objects in their archive's majority identity
 * @param archiveIdentityRatio archives per identity; 1 is ideal, above 1 means splitting, below means merging
 */
public record QualityReport(long objects, long identities, long archives, double pairwisePrecision, double pairwiseRecall, double pairwiseF,
                            double bcubedPrecision, double bcubedRecall, double bcubedF, double splitRate, double mergeRate, double purity,
                            double archiveIdentityRatio) {

    /**
     * One JSON object, character for character as {@code evaluate.py} prints it: snake_case keys in its order, values
     * rounded to 4 decimals (half-even on the exact binary value, as Python's {@code round}) and written as Python
     * writes floats.
     */
    public String toJson() {
        return "{\"objects\": " + objects + ", \"identities\": " + identities + ", \"archives\": " + archives
                + ", \"pairwise_precision\": " + rounded(pairwisePrecision) + ", \"pairwise_recall\": " + rounded(pairwiseRecall)
                + ", \"pairwise_f\": " + rounded(pairwiseF)
                + ", \"bcubed_precision\": " + rounded(bcubedPrecision) + ", \"bcubed_recall\": " + rounded(bcubedRecall)
                + ", \"bcubed_f\": " + rounded(bcubedF)
                + ", \"split_rate\": " + rounded(splitRate) + ", \"merge_rate\": " + rounded(mergeRate)
                + ", \"purity\": " + rounded(purity) + ", \"archive_identity_ratio\": " + rounded(archiveIdentityRatio) + "}";
    }

    /**
     * Python's {@code repr(round(x, 4))}: the rounded value is the double nearest a decimal of at most 4 places, and
     * the shortest text naming that double is that decimal without trailing zeros (keeping one, as in {@code 1.0}).
     */
    static String rounded(double x) {
        String s = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
