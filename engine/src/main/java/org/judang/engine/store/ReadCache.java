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
import java.util.Map;

/**
 * Answers of costly reads (counts over the whole case: a scan of an index of every archive, 30–60 ms at a million
 * records) kept until the case changes. A change is any commit to the database file, by this program or another one:
 * SQLite's {@code PRAGMA data_version}, asked on a connection of this cache's own that never writes, differs after
 * each. The version is read before the answer is computed, so an answer is never kept under a version older than
 * what it saw: at worst a fresh answer is dropped at the next change.
 */
final class ReadCache implements AutoCloseable {
    /** Answers kept at most; the least recently used goes first. */
    static final int CAPACITY = 256;

    /** What an answer is of: a named query and its parameters (immutable values with equals). */
    record Key(String query, List<Object> params) {}

    private final Path file;
    /** Guarded by {@code this}. */
    private Connection probe;
    /** Guarded by {@code this}. */
    private long version = Long.MIN_VALUE;
    /** Guarded by {@code this}. */
    private final Map<Key, Object> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    };
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
            this.version = version;
        }
        return version == this.version ? answers.get(key) : null;
    }

    /** Keeps an answer computed at {@code version} (after the version was read), unless the case has moved on. */
    synchronized void put(Key key, long version, Object answer) {
        if (version == this.version && !closed) answers.put(key, answer);
    }

    @Override
    public synchronized void close() {
        closed = true;
        answers.clear();
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
