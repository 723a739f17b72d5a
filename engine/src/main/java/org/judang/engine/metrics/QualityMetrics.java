package org.judang.engine.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores a clustering against ground truth, with exactly the semantics of {@code shared/bench/evaluate.py}:
 * <ul>
 *   <li>only objects in the truth are scored; objects only in {@code archiveOf} are ignored;</li>
 *   <li>a labelled object missing from {@code archiveOf} is an archive of its own (a singleton);</li>
 *   <li>pairwise precision and recall are 1 when there are no pairs to get wrong; F is 0 when both are 0.</li>
 * </ul>
 * Sums run in the truth map's order, as the script's do in its file order, so the unrounded figures agree to the
 * bit with a Python that sums floats left to right (and the rounded ones with any). Pair counts are {@code long}:
 * an archive of 100,000 objects already holds 5·10⁹ pairs.
 */
public final class QualityMetrics {
    /** Names the singleton archive of an object in no archive; the script's own prefix, so that counts agree. */
    private static final String SINGLETON_PREFIX = "__single__";

    private QualityMetrics() {}

    /**
     * @param truth     object ID to identity label, in the order the objects were read (see {@link TruthFile#read})
     * @param archiveOf object ID to archive ID, for the objects that are in an archive
     * @throws IllegalArgumentException when the truth labels no object, as there is then nothing to score
     */
    public static QualityReport compute(Map<String, String> truth, Map<String, String> archiveOf) {
        if (truth.isEmpty()) {
            throw new IllegalArgumentException("The ground truth labels no object, so there is nothing to score. Check the truth file.");
        }
        Map<Cell, Long> joint = new LinkedHashMap<>();
        Map<String, Long> identitySize = new HashMap<>();
        Map<String, Long> archiveSize = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String identity = e.getValue();
            String archive = archiveOf.get(e.getKey());
            if (archive == null) archive = SINGLETON_PREFIX + e.getKey();
            joint.merge(new Cell(identity, archive), 1L, Long::sum);
            identitySize.merge(identity, 1L, Long::sum);
            archiveSize.merge(archive, 1L, Long::sum);
        }
        long n = truth.size();

        long truePairs = 0;
        for (long c : joint.values()) truePairs += pairs(c);
        long predictedPairs = sumOfPairs(archiveSize);
        long labelledPairs = sumOfPairs(identitySize);
        double precision = predictedPairs > 0 ? (double) truePairs / predictedPairs : 1.0;
        double recall = labelledPairs > 0 ? (double) truePairs / labelledPairs : 1.0;

        double bcubedPrecision = 0;
        double bcubedRecall = 0;
        Map<String, Integer> archivesOfIdentity = new HashMap<>();
        Map<String, Integer> identitiesOfArchive = new HashMap<>();
        Map<String, Long> largestShare = new HashMap<>();
        for (Map.Entry<Cell, Long> e : joint.entrySet()) {
            Cell cell = e.getKey();
            long c = e.getValue();
            bcubedPrecision += (double) (c * c) / archiveSize.get(cell.archive);
            bcubedRecall += (double) (c * c) / identitySize.get(cell.identity);
            archivesOfIdentity.merge(cell.identity, 1, Integer::sum);
            identitiesOfArchive.merge(cell.archive, 1, Integer::sum);
            largestShare.merge(cell.archive, c, Math::max);
        }
        bcubedPrecision /= n;
        bcubedRecall /= n;

        long splitIdentities = archivesOfIdentity.values().stream().filter(k -> k > 1).count();
        long mergedArchives = identitiesOfArchive.values().stream().filter(k -> k > 1).count();
        long majority = largestShare.values().stream().mapToLong(Long::longValue).sum();
        long identities = identitySize.size();
        long archives = archiveSize.size();

        return new QualityReport(n, identities, archives, precision, recall, f(precision, recall),
                bcubedPrecision, bcubedRecall, f(bcubedPrecision, bcubedRecall),
                (double) splitIdentities / identities, (double) mergedArchives / archives,
                (double) majority / n, (double) archives / identities);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static long sumOfPairs(Map<String, Long> sizes) {
        long sum = 0;
        for (long size : sizes.values()) sum += pairs(size);
        return sum;
    }

    /** Harmonic mean, evaluated in the script's order: {@code 2 * p * r / (p + r)}. */
    private static double f(double p, double r) {
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** Objects of one identity in one archive. */
    private record Cell(String identity, String archive) {}
}
