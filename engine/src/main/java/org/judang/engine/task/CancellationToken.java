package org.judang.engine.task;

/** Asks a running job to stop. Jobs check it between units of work and leave the case as it was before them. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public static CancellationToken none() { return new CancellationToken(); }

    public void cancel() { cancelled = true; }

    public boolean isCancelled() { return cancelled; }

    /** @throws CancelledException when cancellation was asked for */
    public void throwIfCancelled() {
        if (cancelled) throw new CancelledException();
    }
}
