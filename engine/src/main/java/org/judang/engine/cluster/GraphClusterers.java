package org.judang.engine.cluster;

import java.util.List;

/** The graph clusterers by name, for settings, the command line and the comparison harness. */
public final class GraphClusterers {
    /** The method used when none is chosen; see the package documentation for the measurements behind it. */
    public static final String DEFAULT = "infomap";

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

    public static List<String> names() { return NAMES; }
}
