package org.judang.engine.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The case's SQLite database: one writer connection, WAL, foreign keys on, schema versioned in {@code user_version}
 * and brought up to date by the migration scripts beside this class. Beside the writer, up to {@link #READERS}
 * read-only connections, opened when first needed, answer {@link #snapshot} reads at the same time as each other and
 * as the writer (WAL lets readers and one writer work at once).
 */
public final class CaseDatabase implements AutoCloseable {
    /** Migration scripts in order; script i brings the schema from version i to i+1. */
    static final List<String> MIGRATIONS = List.of("V1__initial.sql", "V2__settings_and_indexes.sql", "V3__corrections.sql",
            "V4__named_exports.sql", "V5__query_indexes.sql", "V6__companion_index.sql",
            "V7__relation_lookup.sql", "V8__interface_queries.sql", "V9__open_suggestions.sql", "V10__archive_kind_counts.sql",
            "V11__centre_log.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    /** Read-only connections at most: as many as the local interface answers requests at once. */
    static final int READERS = 8;

    private final Path file;
    private final Connection connection;
    private final WalCheckpointer checkpointer;
    private final ReadCache cache;
    private final ReentrantLock lock = new ReentrantLock();
    /** Actions waiting for the running transaction to commit; touched only by the thread holding {@link #lock}. */
    private final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
    /** A permit per reader connection that may be in use; {@link #idleReaders} holds those opened and not in use. */
    private final Semaphore readerPermits = new Semaphore(READERS);
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private CaseDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.checkpointer = new WalCheckpointer(file);
        this.cache = new ReadCache(file);
    }

    /** Opens (and migrates) the database; refuses a schema newer than this version knows. */
    static CaseDatabase open(Path file) {
        return open(file, SCHEMA_VERSION);
    }

    /** Opens and migrates up to {@code targetVersion} only: used by tests that build an old case. */
    static CaseDatabase open(Path file, int targetVersion) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
                // 64 MiB of pages instead of 2: a correction of a large archive touches thousands of rows and index pages
                s.execute("PRAGMA cache_size=-65536");
                // checkpoints run beside the writer, not in its commits (WalCheckpointer)
                s.execute("PRAGMA wal_autocheckpoint=0");
            }
            CaseDatabase db = new CaseDatabase(file, c);
            db.migrate(file, targetVersion);
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the case database " + file + ": " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the case schema version: " + e.getMessage(), e);
        }
    }

    private void migrate(Path file, int target) throws SQLException {
        int version = schemaVersion();
        if (version > SCHEMA_VERSION) {
            connection.close();
            throw new CaseFormatException("This case (" + file.getParent() + ") was written by a newer Judang Workstation: "
                    + "its format is version " + version + ", this program reads up to version " + SCHEMA_VERSION
                    + ". Open it with a newer version; it has not been changed.");
        }
        for (int v = version; v < target; v++) {
            String script = readScript(MIGRATIONS.get(v));
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String stmt : splitStatements(script)) s.execute(stmt);
                s.execute("PRAGMA user_version=" + (v + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new StoreException("Cannot upgrade the case from format " + v + " to " + (v + 1) + ": " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    private static String readScript(String name) {
        try (InputStream in = CaseDatabase.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    static List<String> splitStatements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            int c = line.indexOf("--");
            clean.append(c >= 0 ? line.substring(0, c) : line).append('\n');
        }
        // a trigger's body holds statements of its own: its pieces are joined again up to the END that closes it
        List<String> out = new java.util.ArrayList<>();
        StringBuilder trigger = null;
        for (String piece : clean.toString().split(";")) {
            String s = piece.trim();
            if (trigger != null) {
                trigger.append(";\n").append(s);
                if (s.equalsIgnoreCase("END")) {
                    out.add(trigger.toString());
                    trigger = null;
                }
            } else if (s.regionMatches(true, 0, "CREATE TRIGGER", 0, 14)) {
                trigger = new StringBuilder(s);
            } else if (!s.isEmpty()) {
                out.add(s);
            }
        }
        if (trigger != null) throw new IllegalStateException("a trigger without its END: " + trigger);
        return out;
    }

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, serialised with every other writer of this case. */
    public <T> T inTransaction(Work<T> work) {
        List<Runnable> committed = new java.util.ArrayList<>();
        lock.lock();
        try {
            afterCommit.clear();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                checkpointer.committed();
                committed.addAll(afterCommit);
                return result;
            } catch (SQLException | RuntimeException e) {
                try { connection.rollback(); } catch (SQLException suppressed) { e.addSuppressed(suppressed); }
                if (e instanceof RuntimeException re) throw re;
                throw new StoreException("Case database error: " + e.getMessage(), e);
            } finally {
                afterCommit.clear();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Case database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
            // outside the lock, so that what runs may read the case
            for (Runnable r : committed) r.run();
        }
    }

    /**
     * Runs {@code action} once the transaction the calling thread is running has committed, after it lets go of the
     * database; never if it rolls back. Call it from inside {@link #inTransaction}.
     */
    public void afterCommit(Runnable action) {
        if (!lock.isHeldByCurrentThread()) throw new IllegalStateException("afterCommit outside a transaction");
        afterCommit.add(action);
    }

    /**
     * Runs a read on the writer connection (no transaction of its own; serialised with writers). For a read that
     * touches this connection's own state (a {@code TEMP} table) or writes; other reads should use {@link #snapshot}.
     */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Case database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a read-only unit of work on a reader connection, in a read transaction of its own: it sees what was
     * committed when it starts, all of it from that one moment, and neither waits for the writer nor holds it up. Up to
     * {@link #READERS} run at once; more wait for a reader. A write fails ({@code SQLITE_READONLY}), and a temporary
     * table of the writer connection is not there. Called inside a transaction (or a {@link #read}) of this thread, it
     * runs on the writer connection, so that it sees what that transaction has changed.
     */
    public <T> T snapshot(Work<T> work) {
        if (lock.isHeldByCurrentThread()) return read(work);
        readerPermits.acquireUninterruptibly();
        Connection reader = null;
        boolean healthy = false;
        try {
            if (closed) throw new StoreException("The case database " + file + " is closed.");
            reader = idleReaders.poll();
            if (reader == null) reader = openReader();
            try {
                T result = work.run(reader);
                reader.commit();
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    reader.rollback();
                    healthy = true;
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof RuntimeException re) throw re;
                throw new StoreException("Case database error: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open a reader of the case database " + file + ": " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                if (healthy) idleReaders.add(reader); else closeQuietly(reader);
            }
            readerPermits.release();
        }
    }

    /**
     * Like {@link #snapshot}, for a costly read whose answer is kept until the case changes (any commit, by this
     * program or another): {@code query} and {@code params} name the answer, which must be immutable. Inside a
     * transaction of this thread the read is not kept, as it sees changes that may yet roll back.
     */
    public <T> T cachedSnapshot(String query, List<Object> params, Work<T> work) {
        return cached(query, params, answer -> 1, () -> snapshot(work));
    }

    /**
     * An answer computed from the case by {@code compute} (which reads it in snapshots), kept until the case changes,
     * as {@link #cachedSnapshot}; {@code weight} says how much it weighs, in kilobytes or so, as the answers kept are
     * limited by their weight. Inside a transaction of this thread nothing is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(String query, List<Object> params, java.util.function.ToIntFunction<T> weight, java.util.function.Supplier<T> compute) {
        if (lock.isHeldByCurrentThread()) return compute.get();
        ReadCache.Key key = new ReadCache.Key(query, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params)));
        long version;
        try {
            version = cache.version();
        } catch (SQLException e) {
            throw new StoreException("Cannot read the case database's version " + file + ": " + e.getMessage(), e);
        }
        Object kept = cache.get(key, version);
        if (kept != null) return (T) kept;
        // several clients asking for the same answer at once (the first page after a change) compute it once
        java.util.concurrent.CompletableFuture<Object> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Object> running = cache.claim(key, version, mine);
        if (running != null) {
            try {
                Object answer = running.join();
                if (answer != null) return (T) answer;
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // the other thread failed: this one tries for itself, and meets the failure if it is the case's
            }
            return compute.get();
        }
        try {
            T answer = compute.get();
            if (answer != null) cache.put(key, version, answer, weight.applyAsInt(answer));
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            cache.done(key, mine);
        }
    }

    /**
     * A read-only connection that stays in a deferred transaction: each {@code commit} ends one snapshot and begins the
     * next, which takes its moment from its first read.
     */
    private Connection openReader() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10000);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a reader that cannot close has nothing to lose: it never wrote
        }
    }

    /** Closes the readers (waiting for those in use) and then the writer; a snapshot asked for afterwards fails. */
    @Override
    public void close() {
        closed = true;
        cache.close();
        checkpointer.close();
        readerPermits.acquireUninterruptibly(READERS);
        try {
            for (Connection r; (r = idleReaders.poll()) != null; ) closeQuietly(r);
        } finally {
            readerPermits.release(READERS);
        }
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the case database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
