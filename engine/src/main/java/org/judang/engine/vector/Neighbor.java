package org.judang.engine.vector;

/** A search hit: a vector's ordinal in its space and its cosine similarity to the query. */
public record Neighbor(long ordinal, float similarity) {}
