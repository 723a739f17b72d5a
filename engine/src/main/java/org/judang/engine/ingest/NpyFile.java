package org.judang.engine.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NumPy {@code .npy} file of float32 rows, read a row at a time from disk.
 * <p>Format versions 1.0, 2.0 (and 3.0, which only allows a UTF-8 header): the magic {@code \x93NUMPY}, the version,
 * the header length (2 bytes in 1.0, 4 after), and a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (1000, 512), }}. Only {@code <f4}, C order and a
 * two-dimensional shape {@code (N, d)} are read.
 */
final class NpyFile implements AutoCloseable {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private final FileChannel channel;
    private final long dataOffset;
    private final long rows;
    private final int columns;

    private NpyFile(FileChannel channel, long dataOffset, long rows, int columns) {
        this.channel = channel;
        this.dataOffset = dataOffset;
        this.rows = rows;
        this.columns = columns;
    }

    /** @throws IOException with a message saying what is wrong when the file is not such an {@code .npy} */
    static NpyFile open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return read(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static NpyFile read(FileChannel ch) throws IOException {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        int got = readFully(ch, pre, 0);
        if (got < 10) throw new IOException("it is too short to be a NumPy .npy file");
        for (int i = 0; i < MAGIC.length; i++) {
            if (pre.get(i) != MAGIC[i]) throw new IOException("it is not a NumPy .npy file (no \\x93NUMPY signature)");
        }
        int major = pre.get(6) & 0xff;
        long headerLength;
        int preamble;
        if (major == 1) {
            headerLength = pre.getShort(8) & 0xffff;
            preamble = 10;
        } else if (major == 2 || major == 3) {
            if (got < 12) throw new IOException("its header is cut off");
            headerLength = pre.getInt(8) & 0xffffffffL;
            preamble = 12;
        } else {
            throw new IOException("it has .npy format version " + major + "." + (pre.get(7) & 0xff) + "; versions 1.0 and 2.0 are read");
        }
        if (headerLength > 1 << 20) throw new IOException("its header claims " + headerLength + " bytes, which no real .npy header has");
        ByteBuffer h = ByteBuffer.allocate((int) headerLength);
        if (readFully(ch, h, preamble) < headerLength) throw new IOException("its header is cut off");
        String header = new String(h.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);

        Matcher descr = DESCR.matcher(header);
        if (!descr.find()) throw new IOException("its header names no dtype ('descr')");
        if (!descr.group(1).equals("<f4")) {
            throw new IOException("its dtype is '" + descr.group(1) + "'; only little-endian float32 ('<f4') is read. Save it with .astype('<f4')");
        }
        Matcher fortran = FORTRAN.matcher(header);
        if (fortran.find() && fortran.group(1).equals("True")) {
            throw new IOException("it is in Fortran (column-major) order; save it in C order (np.ascontiguousarray)");
        }
        Matcher shape = SHAPE.matcher(header);
        if (!shape.find()) throw new IOException("its header has no shape");
        String[] dims = shape.group(1).split(",");
        long[] values = new long[2];
        int n = 0;
        for (String d : dims) {
            if (d.isBlank()) continue;
            if (n == 2) throw new IOException("its shape is (" + shape.group(1) + "); a feature file is two-dimensional (rows, dimension)");
            try {
                values[n++] = Long.parseLong(d.trim());
            } catch (NumberFormatException e) {
                throw new IOException("its shape (" + shape.group(1) + ") is not a pair of whole numbers");
            }
        }
        if (n != 2) throw new IOException("its shape is (" + shape.group(1) + "); a feature file is two-dimensional (rows, dimension)");
        if (values[1] < 1 || values[1] > 1 << 16) throw new IOException("its rows have " + values[1] + " values, not a feature dimension");
        long offset = preamble + headerLength;
        long needed = offset + values[0] * values[1] * 4;
        if (ch.size() < needed) {
            throw new IOException("it is cut off: its shape (" + values[0] + ", " + values[1] + ") needs " + needed + " bytes, the file has " + ch.size());
        }
        return new NpyFile(ch, offset, values[0], (int) values[1]);
    }

    long rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** Row {@code row} as little-endian float32 bytes, exactly as stored. */
    byte[] rowBytes(long row) throws IOException {
        if (row < 0 || row >= rows) throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        ByteBuffer b = ByteBuffer.allocate(columns * 4);
        if (readFully(channel, b, dataOffset + row * columns * 4L) < b.capacity()) throw new IOException("row " + row + " is cut off");
        return b.array();
    }

    private static int readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int n = ch.read(b, position + total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
