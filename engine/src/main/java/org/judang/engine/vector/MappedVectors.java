package org.judang.engine.vector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Read-only, memory-mapped rows of a {@link VectorFile}: the vectors stay off the Java heap. The file is mapped in
 * segments of whole rows (a mapping is limited to 2 GB).
 */
public final class MappedVectors {
    private static final long SEGMENT_BYTES = 1L << 30;

    private final int dimension;
    private final long count;
    private final int rowsPerSegment;
    private final FloatBuffer[] segments;

    private MappedVectors(int dimension, long count, int rowsPerSegment, FloatBuffer[] segments) {
        this.dimension = dimension;
        this.count = count;
        this.rowsPerSegment = rowsPerSegment;
        this.segments = segments;
    }

    static MappedVectors map(Path path, int dimension, long count) {
        int rowBytes = dimension * 4;
        int rowsPerSegment = (int) Math.max(1, SEGMENT_BYTES / rowBytes);
        int n = (int) ((count + rowsPerSegment - 1) / rowsPerSegment);
        FloatBuffer[] segs = new FloatBuffer[n];
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            for (int s = 0; s < n; s++) {
                long first = (long) s * rowsPerSegment;
                long rows = Math.min(rowsPerSegment, count - first);
                MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, VectorFile.HEADER_BYTES + first * rowBytes, rows * rowBytes);
                segs[s] = mb.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot map vector file " + path + ": " + e.getMessage(), e);
        }
        return new MappedVectors(dimension, count, rowsPerSegment, segs);
    }

    public int dimension() { return dimension; }

    public long count() { return count; }

    /** Copies row {@code ordinal} into {@code out}. */
    public void get(long ordinal, float[] out) {
        if (ordinal < 0 || ordinal >= count) throw new IndexOutOfBoundsException("vector " + ordinal + " of " + count);
        FloatBuffer seg = segments[(int) (ordinal / rowsPerSegment)];
        seg.get((int) (ordinal % rowsPerSegment) * dimension, out, 0, dimension);
    }

    public float[] get(long ordinal) {
        float[] v = new float[dimension];
        get(ordinal, v);
        return v;
    }
}
