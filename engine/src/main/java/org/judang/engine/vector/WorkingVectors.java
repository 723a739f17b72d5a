package org.judang.engine.vector;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;

/**
 * jvector's view of a contiguous range of a space's vectors for one index build or one pass of searches, copied once
 * onto the heap when they fit {@link #budgetBytes()}; otherwise a view that copies each row out of the memory-mapped
 * file when it is read.
 * <p>
 * jvector reads a vector for every similarity it computes (thousands per inserted node), and its vectors must be on
 * the heap: copying a row per read made the build and the kNN pass about twice as slow as with one copy made up
 * front. The copy lives only while the build or pass runs; the case's vectors otherwise stay mapped, off the heap.
 */
final class WorkingVectors {
    private static final VectorTypeSupport TYPES = VectorizationProvider.getInstance().getVectorTypeSupport();
    /** Share of the maximum heap a working copy may take. */
    static final double HEAP_SHARE = 0.25;

    private WorkingVectors() {}

    /** Bytes a working copy may take: a quarter of the maximum heap. */
    static long budgetBytes() {
        return (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    }

    /** Whether {@code size} rows of {@code dimension} floats fit the budget. */
    static boolean fits(long size, int dimension) {
        return size * (dimension * 4L + 64) <= budgetBytes();
    }

    /** Ordinals {@code [first, first+size)} as jvector vectors: node {@code i} is ordinal {@code first + i}. */
    static RandomAccessVectorValues of(MappedVectors vectors, long first, int size) {
        if (!fits(size, vectors.dimension())) return new MappedVectorValues(vectors, first, size);
        VectorFloat<?>[] rows = new VectorFloat<?>[size];
        for (int i = 0; i < size; i++) rows[i] = TYPES.createFloatVector(vectors.get(first + i));
        return new OnHeap(rows, vectors.dimension());
    }

    /** Rows already on the heap; {@link #getVector} returns the row itself, never a copy. */
    private record OnHeap(VectorFloat<?>[] rows, int dimension) implements RandomAccessVectorValues {
        @Override public int size() { return rows.length; }

        @Override public VectorFloat<?> getVector(int node) { return rows[node]; }

        @Override public boolean isValueShared() { return false; }

        @Override public RandomAccessVectorValues copy() { return this; }
    }
}
