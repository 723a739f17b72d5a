package org.judang.engine.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a NumPy {@code .npy} file (format version 1.0) of float32 rows, {@code <f4}, C order, shape (rows, dimension),
 * streaming: the row count is declared up front and checked on close.
 */
final class NpyWriter implements Closeable {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private final Path path;
    private final long rows;
    private final int dimension;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private long written;

    NpyWriter(Path path, long rows, int dimension) throws IOException {
        this.path = path;
        this.rows = rows;
        this.dimension = dimension;
        channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        buffer = ByteBuffer.allocate(Math.max(dimension * 4, 1 << 20)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(header(rows, dimension));
    }

    /**
     * The magic, version and header length, then the header dictionary padded with spaces and a newline so that the
     * data starts at a multiple of 64 bytes, as NumPy writes it.
     */
    static byte[] header(long rows, int dimension) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + dimension + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        String padded = dict + " ".repeat(total - unpadded) + "\n";
        ByteBuffer header = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putShort((short) padded.length()).put(padded.getBytes(StandardCharsets.US_ASCII));
        return header.array();
    }

    void write(float[] row) throws IOException {
        if (row.length != dimension) throw new IllegalArgumentException("row of " + row.length + " values in a " + dimension + "-d file");
        if (written == rows) throw new IllegalStateException(path + " was declared with " + rows + " rows");
        if (buffer.remaining() < row.length * 4) flush();
        buffer.asFloatBuffer().put(row);
        buffer.position(buffer.position() + row.length * 4);
        written++;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            flush();
            if (written != rows) throw new IllegalStateException(path + " has " + written + " rows, declared " + rows);
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }
}
