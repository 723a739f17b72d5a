package org.judang.engine.ingest;

import org.judang.engine.task.ProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells a progress listener how many bytes of a file have been consumed, so a progress bar can follow a read. */
final class ProgressInputStream extends FilterInputStream {
    private final ProgressListener progress;

    ProgressInputStream(InputStream in, ProgressListener progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) progress.advance(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) progress.advance(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) progress.advance(s);
        return s;
    }
}
