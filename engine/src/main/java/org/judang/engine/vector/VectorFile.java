package org.judang.engine.vector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only file of float32 vectors of one feature space.
 * <p>Format (version 1, little-endian): a 16-byte header {@code "JDVF"}, int version, int dimension, int reserved;
 * then one row of {@code dimension} floats per vector. Row {@code i} is the vector with ordinal {@code i}.
 * <p>The case database holds the committed count; rows past it are the leftovers of an interrupted import and are
 * cut off when the file is opened. Appends go to a buffer and reach the disk (forced) on {@link #flush()}, which the
 * importer calls before it commits the rows that refer to them.
 */
public final class VectorFile implements AutoCloseable {
    static final int MAGIC = 0x4656444A; // "JDVF" little-endian
    static final int VERSION = 1;
    public static final int HEADER_BYTES = 16;

    private final Path path;
    private final int dimension;
    private final FileChannel channel;
    private final ByteBuffer writeBuffer;
    private long count;
    /** The last mapping made, reused while no row is added or dropped: its pages stay mapped between operations. */
    private MappedVectors mapped;

    private VectorFile(Path path, int dimension, FileChannel channel, long count) {
        this.path = path;
        this.dimension = dimension;
        this.channel = channel;
        this.count = count;
        int rowsPerBuffer = Math.max(1, (1 << 20) / (dimension * 4));
        this.writeBuffer = ByteBuffer.allocate(rowsPerBuffer * dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Opens or creates the file, keeping exactly {@code committedCount} rows.
     *
     * @throws VectorFileException when the file is not a vector file, has another dimension, or is shorter than committed
     */
    public static VectorFile open(Path path, int dimension, long committedCount) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                if (ch.size() == 0) {
                    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    h.putInt(MAGIC).putInt(VERSION).putInt(dimension).putInt(0).flip();
                    while (h.hasRemaining()) ch.write(h, h.position());
                    ch.force(true);
                } else {
                    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    if (ch.read(h, 0) < HEADER_BYTES) throw new VectorFileException(path + " is not a vector file (too short).");
                    h.flip();
                    if (h.getInt() != MAGIC) throw new VectorFileException(path + " is not a vector file (bad magic).");
                    int version = h.getInt();
                    if (version > VERSION) throw new VectorFileException(path + " has vector format " + version + "; this program reads up to " + VERSION + ".");
                    int dim = h.getInt();
                    if (dim != dimension) throw new VectorFileException(path + " holds " + dim + "-d vectors, expected " + dimension + ".");
                }
                long needed = HEADER_BYTES + committedCount * dimension * 4L;
                if (ch.size() < needed) {
                    throw new VectorFileException(path + " holds fewer vectors than the case records (" + (ch.size() - HEADER_BYTES) / (dimension * 4L)
                            + " < " + committedCount + "); the case's vectors are damaged.");
                }
                if (ch.size() > needed) {
                    ch.truncate(needed); // rows of an interrupted import that never committed
                    ch.force(true);
                }
                return new VectorFile(path, dimension, ch, committedCount);
            } catch (RuntimeException | IOException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open vector file " + path + ": " + e.getMessage(), e);
        }
    }

    public int dimension() { return dimension; }

    public Path path() { return path; }

    /** Rows appended so far, flushed or not. */
    public synchronized long count() { return count; }

    /** Appends one vector (already validated and normalised) and returns its ordinal. */
    public synchronized long append(float[] v) {
        if (v.length != dimension) throw new IllegalArgumentException("vector of " + v.length + " values, expected " + dimension);
        if (writeBuffer.remaining() < dimension * 4) writeBuffered();
        for (float f : v) writeBuffer.putFloat(f);
        return count++;
    }

    /** Writes buffered rows and forces them to the disk. */
    public synchronized void flush() {
        writeBuffered();
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write vector file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops rows past {@code keep}: used when a transaction that appended them rolled back.
     */
    public synchronized void truncate(long keep) {
        writeBuffer.clear();
        try {
            mapped = null;
            channel.truncate(HEADER_BYTES + keep * dimension * 4L);
            count = keep;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot truncate vector file " + path + ": " + e.getMessage(), e);
        }
    }

    private void writeBuffered() {
        writeBuffer.flip();
        try {
            long pos = HEADER_BYTES + (count - writeBuffer.remaining() / (dimension * 4L)) * dimension * 4L;
            while (writeBuffer.hasRemaining()) pos += channel.write(writeBuffer, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write vector file " + path + ": " + e.getMessage(), e);
        } finally {
            writeBuffer.clear();
        }
    }

    /** A memory-mapped, read-only view of the first {@code count} rows, as flushed. */
    public synchronized MappedVectors map() {
        writeBuffered();
        // a fresh mapping faults every page in again on first touch: reading a large archive's vectors through a new
        // one per operation cost more than the reading
        if (mapped == null || mapped.count() != count) mapped = MappedVectors.map(path, dimension, count);
        return mapped;
    }

    @Override
    public synchronized void close() {
        try {
            writeBuffered();
            mapped = null;
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close vector file " + path + ": " + e.getMessage(), e);
        }
    }
}
