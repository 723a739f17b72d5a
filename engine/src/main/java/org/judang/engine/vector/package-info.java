/**
 * Vector storage and search: append-only float32 files per feature space, memory-mapped reads, exact and
 * approximate (jvector) nearest-neighbour search. Depends on the JDK and jvector only.
 */
package org.judang.engine.vector;
