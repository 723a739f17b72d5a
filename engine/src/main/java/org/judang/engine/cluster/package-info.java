/**
 * Clustering of captures by feature similarity (目标聚类): nearest-neighbour graphs and the clusterers that cut
 * them into groups. Pure algorithms over arrays; no database. Depends on {@code vector} and {@code task}.
 */
package org.judang.engine.cluster;
