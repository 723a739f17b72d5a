package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

/**
 * A training-free clustering of a nearest-neighbour graph into groups of captures of one person or vehicle.
 * Implementations are selected by {@link #name()} through {@link GraphClusterers}.
 */
public interface GraphClusterer {

    /** The name users and settings select it by, e.g. {@code "infomap"}. */
    String name();

    /**
     * Clusters the graph.
     *
     * @return one label per node: the smallest node index in the node's cluster, so that equal inputs give equal
     *         arrays whatever the internal numbering of clusters
     * @throws org.judang.engine.task.CancelledException when {@code cancel} is set while running
     */
    int[] cluster(KnnGraph graph, ClusteringInput input, ProgressListener progress, CancellationToken cancel);
}
