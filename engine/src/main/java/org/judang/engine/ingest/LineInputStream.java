package org.judang.engine.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Presents one line of a JSON Lines file at a time as a stream that ends at the line's {@code '\n'}. A parser reads
 * the line straight from the file, within its own limits, without the line ever being held whole in memory; after a
 * broken line {@link #nextLine()} skips what is left of it, so one bad line costs only itself.
 */
final class LineInputStream extends InputStream {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean endOfLine = true;
    private boolean endOfFile;

    LineInputStream(InputStream in) {
        this.in = in;
    }

    /** Skips the rest of the current line; true when another line follows. */
    boolean nextLine() throws IOException {
        skipRestOfLine();
        if (pos == len && !fill()) return false;
        endOfLine = false;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (endOfLine) return -1;
        if (pos == len && !fill()) {
            endOfLine = true;
            return -1;
        }
        byte b = buffer[pos++];
        if (b == '\n') {
            endOfLine = true;
            return -1;
        }
        return b & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) return 0;
        if (endOfLine) return -1;
        if (pos == len && !fill()) {
            endOfLine = true;
            return -1;
        }
        int max = Math.min(n, len - pos);
        int i = 0;
        while (i < max && buffer[pos + i] != '\n') i++;
        System.arraycopy(buffer, pos, b, off, i);
        if (i < max) { // stopped at the newline: consume it, end the line
            pos += i + 1;
            endOfLine = true;
            return i == 0 ? -1 : i;
        }
        pos += i;
        return i;
    }

    private void skipRestOfLine() throws IOException {
        while (!endOfLine) {
            if (pos == len && !fill()) {
                endOfLine = true;
                return;
            }
            for (int i = pos; i < len; i++) {
                if (buffer[i] == '\n') {
                    pos = i + 1;
                    endOfLine = true;
                    return;
                }
            }
            pos = len;
        }
    }

    private boolean fill() throws IOException {
        while (!endOfFile) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                endOfFile = true;
            } else if (n > 0) {
                pos = 0;
                len = n;
                return true;
            }
        }
        return false;
    }

    /** The parser of a line closes its reader; the file stays open for the next line. */
    @Override
    public void close() {
        // the caller closes the underlying file
    }
}
