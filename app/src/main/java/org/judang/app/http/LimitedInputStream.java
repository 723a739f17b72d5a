package org.judang.app.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body and stops with {@link TooLarge} at the first byte past the limit, without reading further. */
final class LimitedInputStream extends FilterInputStream {
    /** The body is larger than the interface takes. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The body is larger than " + limit + " bytes.");
        }
    }

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, (int) Math.min(len, limit - read + 1));
        if (n > 0) count(n);
        return n;
    }

    /** Leaves the request body open: the router reads what is left of a refused body after answering. */
    @Override
    public void close() {
        // not the stream's owner
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) throw new TooLarge(limit);
    }
}
