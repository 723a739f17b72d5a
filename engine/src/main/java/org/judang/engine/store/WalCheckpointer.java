package org.judang.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the write-ahead log back into the database file on a thread and connection of its own, after commits. The
 * writer's automatic checkpoint is off: with it on, the commit that took the log past 1,000 pages copied the whole log
 * and synced the file before it returned, so a person's merge of a large archive waited for the disk. A passive
 * checkpoint waits for no one: what a reader still needs stays in the log for the next one.
 */
final class WalCheckpointer implements AutoCloseable {
    /** At most one checkpoint started in this long: a busy import commits far more often. */
    private static final long SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Path file;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "judang-wal-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong lastStart = new AtomicLong(System.nanoTime() - SPACING_NANOS);
    /** Used only on {@link #thread}. */
    private Connection connection;

    WalCheckpointer(Path file) {
        this.file = file;
    }

    /** A transaction has committed: start a checkpoint unless one is waiting or started a moment ago. */
    void committed() {
        if (System.nanoTime() - lastStart.get() < SPACING_NANOS || !queued.compareAndSet(false, true)) return;
        try {
            thread.execute(this::checkpoint);
        } catch (RejectedExecutionException closing) {
            queued.set(false);
        }
    }

    private void checkpoint() {
        queued.set(false);
        lastStart.set(System.nanoTime());
        try {
            if (connection == null) connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // nothing is lost: the log keeps the pages, the next commit tries again and closing the case checkpoints
        }
    }

    /** Waits for a running checkpoint and closes the connection. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) thread.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the thread has ended (or never will touch it again): the connection is ours now
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it only ever copied committed pages
            }
        }
    }
}
