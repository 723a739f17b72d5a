package org.judang.engine.export;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.CaseTime;
import org.judang.engine.store.CaseDatabase;
import org.judang.engine.store.Exports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The case's memory of one export while it is written: what each archive it holds looked like, stored in batches as
 * the export goes, and counted as a named export only once the export is in place. An export that fails or is
 * cancelled is forgotten.
 */
final class ExportRecord {
    private static final int BATCH = 1000;

    private final CaseDatabase db;
    private final long seq;
    private final List<Exports.ArchiveState> pending = new ArrayList<>();
    private long archives;

    private ExportRecord(CaseDatabase db, long seq) {
        this.db = db;
        this.seq = seq;
    }

    /**
     * Starts recording an export named {@code name} ({@code since} for a delta).
     *
     * @throws ExportException when a finished export already has that name
     */
    static ExportRecord begin(CaseDatabase db, String name, String since, Path target) {
        long seq = db.inTransaction(c -> {
            if (taken(c, name)) throw taken(name);
            return Exports.begin(c, name, since == null ? "FULL" : "DELTA", since, CaseTime.now(), target.toString());
        });
        return new ExportRecord(db, seq);
    }

    /**
     * Returns {@code name} when no finished export has it.
     *
     * @throws ExportException when one has
     */
    static String requireFree(CaseDatabase db, String name) {
        if (db.read(c -> taken(c, name))) throw taken(name);
        return name;
    }

    private static boolean taken(Connection c, String name) throws SQLException {
        return Exports.byName(c, name).filter(Exports.Row::done).isPresent();
    }

    private static ExportException taken(String name) {
        return new ExportException(FailurePhrase.EXPORT_NAME_TAKEN, name);
    }

    /**
     * The name given when none was: {@code export-yyyyMMddHHmmss}, with {@code -2}, {@code -3}… when taken by an export
     * finished or still being written (so that two exports started in one second keep apart).
     */
    static String defaultName(CaseDatabase db, long now) {
        String base = "export-" + CaseTime.format(now);
        return db.read(c -> {
            String name = base;
            for (int n = 2; Exports.byName(c, name).isPresent(); n++) name = base + "-" + n;
            return name;
        });
    }

    /** Remembers how an archive written (or, in a delta, left unchanged) looks now. */
    void add(Exports.ArchiveState state) {
        pending.add(state);
        archives++;
        if (pending.size() >= BATCH) flush();
    }

    /** The export is in place: it becomes a named export a delta can be made relative to. */
    void finish() {
        flush();
        db.inTransaction(c -> {
            Exports.finish(c, seq, archives);
            return null;
        });
    }

    /** The export failed or was cancelled: nothing of it is remembered. */
    void discard() {
        pending.clear();
        db.inTransaction(c -> {
            Exports.delete(c, seq);
            return null;
        });
    }

    private void flush() {
        if (pending.isEmpty()) return;
        List<Exports.ArchiveState> batch = List.copyOf(pending);
        pending.clear();
        db.inTransaction(c -> {
            Exports.putArchives(c, seq, batch);
            return null;
        });
    }
}
