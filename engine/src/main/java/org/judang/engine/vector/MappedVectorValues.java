package org.judang.engine.vector;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;

/**
 * jvector's view of a contiguous range of a memory-mapped vector file: node {@code i} is ordinal {@code first + i}.
 * Each call copies the row into a fresh vector, so one instance serves every thread.
 */
final class MappedVectorValues implements RandomAccessVectorValues {
    private static final VectorTypeSupport TYPES = VectorizationProvider.getInstance().getVectorTypeSupport();

    private final MappedVectors vectors;
    private final long first;
    private final int size;

    MappedVectorValues(MappedVectors vectors, long first, int size) {
        this.vectors = vectors;
        this.first = first;
        this.size = size;
    }

    @Override public int size() { return size; }

    @Override public int dimension() { return vectors.dimension(); }

    @Override
    public VectorFloat<?> getVector(int node) {
        return TYPES.createFloatVector(vectors.get(first + node));
    }

    @Override public boolean isValueShared() { return false; }

    @Override public RandomAccessVectorValues copy() { return this; }

    static VectorFloat<?> wrap(float[] v) {
        return TYPES.createFloatVector(v);
    }
}
