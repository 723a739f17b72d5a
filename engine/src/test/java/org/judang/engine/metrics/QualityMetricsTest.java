package org.judang.engine.metrics;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityMetricsTest {
    private static final double EXACT = 0;

    @Test
    void aPerfectClusteringScoresOneEverywhere() {
        QualityReport r = QualityMetrics.compute(
                ordered("a1", "X", "a2", "X", "b1", "Y"),
                ordered("a1", "A", "a2", "A", "b1", "B"));

        assertEquals(new QualityReport(3, 2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1), r);
    }

    @Test
    void everythingInOneArchiveKeepsRecallAndLosesPrecision() {
        QualityReport r = QualityMetrics.compute(
                ordered("a1", "X", "a2", "X", "b1", "Y", "b2", "Y"),
                ordered("a1", "A", "a2", "A", "b1", "A", "b2", "A"));

        assertEquals(1.0 / 3, r.pairwisePrecision(), EXACT, "2 true pairs of 6");
        assertEquals(1.0, r.pairwiseRecall(), EXACT);
        assertEquals(0.5, r.pairwiseF(), EXACT);
        assertEquals(0.5, r.bcubedPrecision(), EXACT);
        assertEquals(1.0, r.bcubedRecall(), EXACT);
        assertEquals(0.0, r.splitRate(), EXACT);
        assertEquals(1.0, r.mergeRate(), EXACT);
        assertEquals(0.5, r.purity(), EXACT);
        assertEquals(0.5, r.archiveIdentityRatio(), EXACT);
        assertEquals("{\"objects\": 4, \"identities\": 2, \"archives\": 1, \"pairwise_precision\": 0.3333, \"pairwise_recall\": 1.0, "
                + "\"pairwise_f\": 0.5, \"bcubed_precision\": 0.5, \"bcubed_recall\": 1.0, \"bcubed_f\": 0.6667, \"split_rate\": 0.0, "
                + "\"merge_rate\": 1.0, \"purity\": 0.5, \"archive_identity_ratio\": 0.5}", r.toJson());
    }

    @Test
    void everyObjectAloneHasNoPairsToGetWrong() {
        QualityReport r = QualityMetrics.compute(ordered("a1", "X", "a2", "X", "a3", "X"), Map.of());

        assertEquals(new QualityReport(3, 1, 3, 1.0, 0.0, 0.0, 1.0, 1.0 / 3, 0.5, 1.0, 0.0, 1.0, 3.0), r);
    }

    @Test
    void aMixedClusteringIsScoredAsTheScriptDoes() {
        // c1 is in no archive (a singleton); z9 is not labelled (ignored).
        QualityReport r = QualityMetrics.compute(
                ordered("a1", "X", "a2", "X", "a3", "X", "b1", "Y", "b2", "Y", "c1", "Z"),
                ordered("a1", "A", "a2", "A", "a3", "B", "b1", "B", "b2", "C", "z9", "A"));

        assertEquals(6, r.objects());
        assertEquals(3, r.identities());
        assertEquals(4, r.archives());
        assertEquals(0.5, r.pairwisePrecision(), EXACT, "1 true pair of 2 predicted");
        assertEquals(0.25, r.pairwiseRecall(), EXACT, "1 of 4 labelled pairs");
        assertEquals(5.0 / 6, r.bcubedPrecision(), 1e-15);
        assertEquals(11.0 / 18, r.bcubedRecall(), 1e-15);
        assertEquals(2.0 / 3, r.splitRate(), EXACT, "X and Y are split, Z is not");
        assertEquals(0.25, r.mergeRate(), EXACT, "only B holds two identities");
        assertEquals(5.0 / 6, r.purity(), EXACT);
        assertEquals(4.0 / 3, r.archiveIdentityRatio(), EXACT);
        assertEquals("{\"objects\": 6, \"identities\": 3, \"archives\": 4, \"pairwise_precision\": 0.5, \"pairwise_recall\": 0.25, "
                + "\"pairwise_f\": 0.3333, \"bcubed_precision\": 0.8333, \"bcubed_recall\": 0.6111, \"bcubed_f\": 0.7051, "
                + "\"split_rate\": 0.6667, \"merge_rate\": 0.25, \"purity\": 0.8333, \"archive_identity_ratio\": 1.3333}", r.toJson());
    }

    @Test
    void pairCountsBeyondTwoBillionAreCounted() {
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> archiveOf = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            truth.put("o" + i, i < 70_000 ? "X" : "Y");
            archiveOf.put("o" + i, "A");
        }

        QualityReport r = QualityMetrics.compute(truth, archiveOf);

        assertEquals((double) (2_449_965_000L + 449_985_000L) / 4_999_950_000L, r.pairwisePrecision(), EXACT);
        assertEquals(1.0, r.pairwiseRecall(), EXACT);
    }

    @Test
    void roundingIsHalfEvenOnTheExactValueAndPrintedAsPythonDoes() {
        assertEquals("0.0001", QualityReport.rounded(0.0001));
        assertEquals("0.0", QualityReport.rounded(0.00004));
        assertEquals("1.0", QualityReport.rounded(0.99996));
        assertEquals("12.5", QualityReport.rounded(12.5));
        assertEquals("0.1235", QualityReport.rounded(0.12345), "0.12345 is stored just above the half");
        assertEquals("0.3", QualityReport.rounded(0.30005), "0.30005 is stored just below the half");
        assertEquals("1.0312", QualityReport.rounded(1.03125), "an exact tie goes to the even digit");
        assertEquals("1.0938", QualityReport.rounded(1.09375), "an exact tie goes to the even digit");
    }

    @Test
    void nothingLabelledIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> QualityMetrics.compute(Map.of(), Map.of("a", "A")));

        assertTrue(e.getMessage().contains("labels no object"), e.getMessage());
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }
}
