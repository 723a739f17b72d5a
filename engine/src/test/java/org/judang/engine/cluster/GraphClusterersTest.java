package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GraphClusterersTest {
    static final double THRESHOLD = 0.5;
    static Scenario.Built captures;

    @BeforeAll
    static void mixedCaptures() {
        // 1,500 captures in d=64: long-tailed identities, 30% seen once, look-alike pairs, 10% poor captures.
        captures = Scenario.synthetic(1500, 64, 20, 11);
    }

    static List<String> names() { return GraphClusterers.names(); }

    @Test
    void offersEveryMethodByNameWithTheDefaultAmongThem() {
        assertEquals(List.of("infomap", "leiden", "snn", "components"), GraphClusterers.names());
        for (String name : GraphClusterers.names()) assertEquals(name, GraphClusterers.byName(name).name());
        assertTrue(GraphClusterers.names().contains(GraphClusterers.DEFAULT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphClusterers.byName("kmeans"));
        assertTrue(e.getMessage().contains("infomap"), "the message lists the known methods");
    }

    /** Measured BCubed F at threshold 0.5 (seed 11): infomap 0.953, leiden 0.950, snn 0.954, components 0.942. */
    @ParameterizedTest
    @CsvSource({"infomap, 0.93", "leiden, 0.93", "snn, 0.93", "components, 0.92"})
    void clustersMixedCapturesWell(String name, double minimum) {
        int[] labels = captures.cluster(GraphClusterers.byName(name), THRESHOLD, true);
        double f = captures.bcubedF(labels);
        assertTrue(f >= minimum, name + " BCubed F " + f + " < " + minimum);
    }

    @ParameterizedTest
    @MethodSource("names")
    void givesTheSameLabelsForTheSameSeed(String name) {
        int[] first = captures.cluster(GraphClusterers.byName(name), THRESHOLD, true);
        int[] second = captures.cluster(GraphClusterers.byName(name), THRESHOLD, true);
        assertArrayEquals(first, second);
    }

    @ParameterizedTest
    @MethodSource("names")
    void labelsEachNodeWithTheSmallestIndexOfItsCluster(String name) {
        int[] labels = captures.cluster(GraphClusterers.byName(name), THRESHOLD, true);
        int[] smallest = new int[labels.length];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) smallest[labels[i]] = Math.min(smallest[labels[i]], i);
        for (int i = 0; i < labels.length; i++) assertEquals(smallest[labels[i]], labels[i], "label of node " + i);
    }

    @ParameterizedTest
    @MethodSource("names")
    void stopsWhenCancelledWhileRunning(String name) {
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelAtFirstStage = new ProgressListener() {
            @Override public void stage(String stage, long total) { cancel.cancel(); }
            @Override public void advance(long done) {}
        };
        assertThrows(CancelledException.class, () -> GraphClusterers.byName(name)
                .cluster(captures.knn(), new ClusteringInput(THRESHOLD, captures.quality(), 1), cancelAtFirstStage, cancel));
    }

    @ParameterizedTest
    @MethodSource("names")
    void givesEveryNodeItsOwnClusterWhenNothingIsSimilarEnough(String name) {
        int[] labels = captures.cluster(GraphClusterers.byName(name), 0.999, false);
        for (int i = 0; i < labels.length; i++) assertEquals(i, labels[i]);
    }
}
