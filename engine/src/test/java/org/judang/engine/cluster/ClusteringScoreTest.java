package org.judang.engine.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ClusteringScoreTest {
    @Test
    void aPerfectClusteringScoresOne() {
        ClusteringScore s = ClusteringScore.of(new int[]{0, 0, 1, 2}, new int[]{5, 5, 2, 3});
        assertEquals(1, s.pairwiseF(), 1e-12);
        assertEquals(1, s.bcubedF(), 1e-12);
    }

    @Test
    void oneClusterForTwoPeopleHasTheExpectedPrecision() {
        // Truth {0,1,2} {3}; all in one cluster: 3 of 6 pairs right; BCubed precision (3·3/4 + 1/4) / 4 = 10/16.
        ClusteringScore s = ClusteringScore.of(new int[]{0, 0, 0, 1}, new int[]{0, 0, 0, 0});
        assertEquals(0.5, s.pairwisePrecision(), 1e-12);
        assertEquals(1, s.pairwiseRecall(), 1e-12);
        assertEquals(10 / 16.0, s.bcubedPrecision(), 1e-12);
        assertEquals(1, s.bcubedRecall(), 1e-12);
    }

    @Test
    void splittingAPersonCostsRecall() {
        // Truth {0,1,2,3}; predicted {0,1} {2,3}: 2 of 6 pairs found; BCubed recall 2/4 for everyone.
        ClusteringScore s = ClusteringScore.of(new int[]{0, 0, 0, 0}, new int[]{0, 0, 2, 2});
        assertEquals(1 / 3.0, s.pairwiseRecall(), 1e-12);
        assertEquals(0.5, s.bcubedRecall(), 1e-12);
        assertEquals(1, s.bcubedPrecision(), 1e-12);
    }
}
