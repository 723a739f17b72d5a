package org.judang.engine.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Answers of costly reads (counts over the whole case: a scan of an index of every archive, 30–60 ms at a million
 * records) kept until the case changes. A change is any commit to the database file, by this program or another one:
 * SQLite's {@code PRAGMA data_version}, asked on a connection of this cache's own that never writes, differs after
 * each. The version is read before the answer is computed, so an answer is never kept under a version older than
 * what it saw: at worst a fresh answer is dropped at the next change.
 */
final class ReadCache implements AutoCloseable {
    /**
     * What the answers kept may weigh in all, in units of about a kilobyte (a count weighs one); the least recently
     * used go first.
     */
    static final long CAPACITY = 32 * 1024;

    /** What an answer is of: a named query and its parameters (immutable values with equals). */
    record Key(String query, List<Object> params) {}

    private record Kept(Object answer, int weight) {}

    private final Path file;
    /** Guarded by {@code this}. */
    private Connection probe;
    /** Guarded by {@code this}. */
    private long version = Long.MIN_VALUE;
    /** Guarded by {@code this}; in order of use, least recent first. */
    private final LinkedHashMap<Key, Kept> answers = new LinkedHashMap<>(64, 0.75f, true);
    /** Guarded by {@code this}. */
    private long weight;
    /** Answers being computed at {@link #version}, so that threads asking for the same one wait for it. Guarded by {@code this}. */
    private final java.util.Map<Key, java.util.concurrent.CompletableFuture<Object>> computing = new java.util.HashMap<>();
    /** Guarded by {@code this}. */
    private boolean closed;

    ReadCache(Path file) {
        this.file = file;
    }

    /** The version the case is at now; it changes whenever a transaction commits. */
    synchronized long version() throws SQLException {
        if (closed) throw new StoreException("The case database " + file + " is closed.");
        if (probe == null) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10000);
            probe = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        }
        try (Statement s = probe.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The answer kept for {@code key} at {@code version}, or null. A newer version forgets every answer kept; an older
     * one (a thread that read the version before another thread saw the change) finds nothing. The version only grows.
     */
    synchronized Object get(Key key, long version) {
        if (version > this.version) {
            answers.clear();
            computing.clear();
            weight = 0;
            this.version = version;
        }
        Kept k = version == this.version ? answers.get(key) : null;
        return k == null ? null : k.answer();
    }

    /**
     * Claims the computing of {@code key} at {@code version} for {@code mine}: null when the calling thread is to
     * compute it (and then {@link #done}), else the computation another thread is running, to wait for.
     */
    synchronized java.util.concurrent.CompletableFuture<Object> claim(Key key, long version, java.util.concurrent.CompletableFuture<Object> mine) {
        if (version != this.version || closed) return null;
        java.util.concurrent.CompletableFuture<Object> running = computing.putIfAbsent(key, mine);
        return running == mine ? null : running;
    }

    /** The computation {@code mine} of {@code key} has ended (its future is complete). */
    synchronized void done(Key key, java.util.concurrent.CompletableFuture<Object> mine) {
        computing.remove(key, mine);
    }

    /**
     * Keeps an answer computed at {@code version} (after the version was read), unless the case has moved on or it
     * alone weighs more than a tenth of what may be kept.
     */
    synchronized void put(Key key, long version, Object answer, int weight) {
        if (version != this.version || closed || weight > CAPACITY / 10) return;
        Kept old = answers.put(key, new Kept(answer, Math.max(1, weight)));
        this.weight += Math.max(1, weight) - (old == null ? 0 : old.weight());
        for (var it = answers.values().iterator(); this.weight > CAPACITY && it.hasNext(); ) {
            this.weight -= it.next().weight();
            it.remove();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        answers.clear();
        computing.clear();
        weight = 0;
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // it only ever read the version
            }
            probe = null;
        }
    }
}
