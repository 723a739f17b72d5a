package org.judang.engine.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SimilarityGraphTest {
    /** Node 0 lists 1 (0.9) and 2 (0.5); node 1 lists 0 (0.8, an approximate search's asymmetry) and 3 (0.7). */
    private static KnnGraph small() {
        int[] nb = {1, 2, 0, 3, 3, -1, 1, 2};
        float[] sim = {0.9f, 0.5f, 0.8f, 0.7f, 0.6f, Float.NEGATIVE_INFINITY, 0.7f, 0.6f};
        return new KnnGraph(4, 2, nb, sim);
    }

    @Test
    void keepsEdgesAtTheThresholdSymmetrisedByTheLargerSimilarity() {
        SimilarityGraph g = SimilarityGraph.fromKnn(small(), 0.6);
        assertEquals(0.9f, g.weightBetween(0, 1));
        assertEquals(0.9f, g.weightBetween(1, 0));
        assertEquals(0f, g.weightBetween(0, 2), "0.5 is below the threshold");
        assertEquals(0.7f, g.weightBetween(1, 3));
        assertEquals(0.6f, g.weightBetween(2, 3), "listed by both 2 and 3, stored once per row");
        assertEquals(3, g.edgeCount());
    }

    @Test
    void rowsAreSortedByNeighbourAndHoldNoDuplicates() {
        SimilarityGraph g = SimilarityGraph.fromKnn(small(), 0.0);
        for (int i = 0; i < g.size(); i++) {
            for (int r = 1; r < g.degree(i); r++) assertTrue(g.neighbor(i, r - 1) < g.neighbor(i, r));
        }
        assertEquals(4, g.edgeCount());
        assertEquals(0.9 + 0.7, g.strength(1), 1e-6);
    }

    @Test
    void aNodeListedTwiceKeepsItsBestSimilarity() {
        SimilarityGraph g = SimilarityGraph.fromEdges(3, new int[]{0, 1, 0}, new int[]{1, 0, 2}, new float[]{0.5f, 0.7f, 0.4f});
        assertEquals(1, g.degree(1));
        assertEquals(0.7f, g.weightBetween(0, 1));
        assertEquals(2, g.edgeCount());
    }

    @Test
    void reweightingDropsEntriesWithoutWeight() {
        SimilarityGraph g = SimilarityGraph.fromKnn(small(), 0.6);
        float[] w = new float[(int) g.edgeCount() * 2];
        for (int i = 0, p = 0; i < g.size(); i++) {
            for (int r = 0; r < g.degree(i); r++, p++) w[p] = (i == 2 || g.neighbor(i, r) == 2) ? 0f : 1f;
        }
        SimilarityGraph h = g.reweighted(w);
        assertEquals(0, h.degree(2));
        assertEquals(2, h.edgeCount());
        assertEquals(1f, h.weightBetween(0, 1));
    }
}
