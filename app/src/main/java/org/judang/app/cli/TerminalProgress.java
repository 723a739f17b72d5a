package org.judang.app.cli;

import org.judang.engine.task.ProgressListener;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second. Silent when the output is not a
 * terminal, so scripts and logs see only results.
 */
public final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private volatile String stage = "";
    private volatile long total;
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDraw;
    private volatile boolean drawn;

    public TerminalProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar when standard output and error are both a terminal; none otherwise. */
    public static TerminalProgress forConsole(PrintStream err) {
        return new TerminalProgress(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void stage(String name, long total) {
        if (drawn) draw(true);
        this.stage = name;
        this.total = total;
        this.done.set(0);
        draw(false);
    }

    @Override
    public void advance(long n) {
        done.addAndGet(n);
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) draw(false);
    }

    @Override
    public void message(String text) {
        if (!enabled) return;
        synchronized (this) {
            clear();
            err.println(text);
        }
    }

    /** Ends the bar's line. */
    public synchronized void finish() {
        if (drawn) draw(true);
    }

    private synchronized void draw(boolean last) {
        if (!enabled) return;
        lastDraw = System.nanoTime();
        long d = done.get(), t = total;
        StringBuilder sb = new StringBuilder("\r");
        if (t > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * d / t);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            sb.append(String.format("%3d%% ", Math.min(100, 100 * d / t)));
        }
        sb.append(stage);
        String line = sb.length() > 100 ? sb.substring(0, 100) : sb.toString();
        err.print(line + " ".repeat(Math.max(0, 101 - line.length())));
        if (last) {
            err.print("\r" + " ".repeat(101) + "\r");
            drawn = false;
        } else {
            drawn = true;
        }
        err.flush();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(101) + "\r");
            drawn = false;
        }
    }
}
