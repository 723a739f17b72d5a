/**
 * Clustering quality figures (GA/T 2350.5 7.1, our formulas until its Appendix C is in hand): pairwise and BCubed
 * precision/recall/F, split rate (一人多档率), merge rate (多人一档率), purity and the archive-to-identity ratio,
 * computed from ground-truth labels. The figures are exactly those of the independent scorer
 * {@code shared/bench/evaluate.py}, so numbers in the app and in benchmarks agree. Depends on nothing but the JDK.
 */
package org.judang.engine.metrics;
