package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MapEquationTest {
    /** Two triangles 0-1-2 and 3-4-5 joined by the edge 2-3, all weights 1. */
    private static SimilarityGraph twoTriangles() {
        return SimilarityGraph.fromEdges(6, new int[]{0, 0, 1, 3, 3, 4, 2}, new int[]{1, 2, 2, 4, 5, 5, 3}, ones(7));
    }

    private static float[] ones(int n) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, 1f);
        return w;
    }

    private static double plog2p(double x) { return x * Math.log(x) / Math.log(2); }

    @Test
    void codeLengthOfTwoTrianglesMatchesTheHandCalculation() {
        // 2W = 14; visit rates 2/14 for the four outer nodes, 3/14 for the two joined ones. Each triangle exits
        // with q = 1/14 and has flow 7/14; q↷ = 2/14.
        double nodes = 4 * plog2p(2 / 14.0) + 2 * plog2p(3 / 14.0);
        double expected = plog2p(2 / 14.0) - 2 * 2 * plog2p(1 / 14.0) - nodes + 2 * plog2p(8 / 14.0);
        assertEquals(expected, MapEquation.codelength(twoTriangles(), new int[]{0, 0, 0, 3, 3, 3}), 1e-12);
        assertEquals(2.3207, expected, 1e-4);
    }

    @Test
    void oneModuleCostsTheEntropyOfTheVisitRates() {
        double entropy = -(4 * plog2p(2 / 14.0) + 2 * plog2p(3 / 14.0));
        assertEquals(entropy, MapEquation.codelength(twoTriangles(), new int[6]), 1e-12);
        assertTrue(MapEquation.codelength(twoTriangles(), new int[]{0, 0, 0, 3, 3, 3}) < entropy,
                "the two triangles compress better apart");
    }

    @Test
    void findsTheTwoCliquesJoinedByOneEdge() {
        int[] from = new int[2 * 15 + 1], to = new int[from.length];
        int e = 0;
        for (int base : new int[]{0, 6}) {
            for (int i = 0; i < 6; i++) for (int j = i + 1; j < 6; j++) {
                from[e] = base + i;
                to[e++] = base + j;
            }
        }
        from[e] = 5;
        to[e] = 6;
        SimilarityGraph g = SimilarityGraph.fromEdges(12, from, to, ones(from.length));
        MapEquationOptimizer.Result r = new MapEquationOptimizer(1).optimize(g, 3, ProgressListener.NONE, CancellationToken.none());
        assertArrayEquals(new int[]{0, 0, 0, 0, 0, 0, 6, 6, 6, 6, 6, 6}, ClusterLabels.canonical(r.modules()));
        assertEquals(MapEquation.codelength(g, r.modules()), r.codelength(), 1e-9, "tracked and recomputed code lengths agree");
    }

    @Test
    void keepsASingleCliqueWhole() {
        int[] from = new int[28], to = new int[28];
        int e = 0;
        for (int i = 0; i < 8; i++) for (int j = i + 1; j < 8; j++) {
            from[e] = i;
            to[e++] = j;
        }
        MapEquationOptimizer.Result r = new MapEquationOptimizer(2).optimize(SimilarityGraph.fromEdges(8, from, to, ones(28)), 5,
                ProgressListener.NONE, CancellationToken.none());
        assertArrayEquals(new int[8], ClusterLabels.canonical(r.modules()));
    }

    @Test
    void nodesWithoutEdgesStayAlone() {
        SimilarityGraph g = SimilarityGraph.fromEdges(4, new int[]{0}, new int[]{1}, new float[]{1f});
        int[] labels = ClusterLabels.canonical(new MapEquationOptimizer(1).optimize(g, 1, ProgressListener.NONE, CancellationToken.none()).modules());
        assertArrayEquals(new int[]{0, 0, 2, 3}, labels);
    }
}
