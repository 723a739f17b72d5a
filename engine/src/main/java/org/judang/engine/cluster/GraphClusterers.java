package org.judang.engine.cluster;

import java.util.List;

/**
 * The graph clusterers by name, for settings, the command line and the comparison harness:
 * <ul>
 *   <li>{@code snn} ({@link SharedNeighborClusterer}): shared-neighbour re-weighting, a per-node cut, then flow
 *       clustering. The default;</li>
 *   <li>{@code infomap} ({@link InfomapClusterer}): the two-level map equation on the similarity graph;</li>
 *   <li>{@code leiden} ({@link LeidenClusterer}): CWTS Leiden with CPM at γ = 0.02 · threshold;</li>
 *   <li>{@code components} ({@link ComponentsClusterer}): mutual-neighbour components, the floor.</li>
 * </ul>
 * All four share the poor-capture and hub guard ({@link ChainingGuard}).
 * <p><b>Why {@code snn} is the default</b> (measured with {@link ClusteringComparison} on the synthetic set with
 * poor-capture quality given, exact kNN with k = 20; BCubed F at the best threshold / at the automatic threshold /
 * at threshold 0.35, below the valley):
 * <pre>
 *              20,000 captures          100,000 captures
 *   snn        0.956 / 0.948 / 0.942    0.945 / 0.931 / 0.906
 *   infomap    0.950 / 0.947 / 0.915    0.942 / 0.931 / 0.860
 *   leiden     0.939 / 0.936 / 0.893    0.934 / 0.923 / 0.827
 *   components 0.930 / 0.931 / 0.829    0.911 / 0.910 / 0.441
 * </pre>
 * {@code snn} is as good as {@code infomap} at a well-chosen threshold and degrades least when the threshold is
 * set too low, which matters because thresholds are estimated per feature space; it also keeps closer look-alike
 * pairs apart. On a fabricated graph of 1,000,000 nodes (k = 20, two shared cores) it took 36 s and 1.2 GB of heap
 * at most, {@code infomap} (two trials) 53 s and 0.8 GB, {@code leiden} 44–88 s and 1.7 GB, {@code components} 0.5 s.
 */
public final class GraphClusterers {
    /** The method used when none is chosen. */
    public static final String DEFAULT = "snn";

    private static final List<String> NAMES = List.of("infomap", "leiden", "snn", "components");

    private GraphClusterers() {}

    /** @throws IllegalArgumentException for an unknown name, listing the known ones */
    public static GraphClusterer byName(String name) {
        return switch (name) {
            case "infomap" -> new InfomapClusterer();
            case "leiden" -> new LeidenClusterer();
            case "snn" -> new SharedNeighborClusterer();
            case "components" -> new ComponentsClusterer();
            default -> throw new IllegalArgumentException("unknown clustering method '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /** The names of all methods. */
    public static List<String> names() { return NAMES; }
}
