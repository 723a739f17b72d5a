package org.judang.engine.store;

import org.judang.engine.model.ArchiveKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code exports} and {@code export_archives} tables: the case's named exports and, for each, what every archive
 * it held looked like, so that a delta export can tell what changed since.
 */
public final class Exports {
    private static final String COLUMNS = "seq, name, kind, since, created, path, state, archives";
    private static final String WRITING = "WRITING", DONE = "DONE";

    private Exports() {}

    /**
     * One export.
     *
     * @param kind  {@code FULL} or {@code DELTA}
     * @param since for a delta, the name of the export it is relative to
     * @param done  whether it finished; one that did not is never a baseline
     */
    public record Row(long seq, String name, String kind, String since, long created, String path, boolean done, long archives) {}

    /** What one archive looked like in an export: hashes of its body and of its member list. */
    public record ArchiveState(String archiveId, ArchiveKind kind, String bodyHash, String membersHash) {}

    /**
     * Starts recording an export; its archives are added as it goes and it counts only once {@link #finish finished}.
     * An unfinished export of the same name (left by a crash) is replaced.
     */
    public static long begin(Connection c, String name, String kind, String since, long created, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM exports WHERE name=? AND state=?")) {
            ps.setString(1, name);
            ps.setString(2, WRITING);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exports(name, kind, since, created, path, state) VALUES (?,?,?,?,?,?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, kind);
            ps.setString(3, since);
            ps.setLong(4, created);
            ps.setString(5, path);
            ps.setString(6, WRITING);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** Adds archives to an export being recorded. */
    public static void putArchives(Connection c, long seq, List<ArchiveState> archives) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_archives(export_seq, archive_id, kind, body_hash, members_hash) VALUES (?,?,?,?,?)")) {
            for (ArchiveState a : archives) {
                ps.setLong(1, seq);
                ps.setString(2, a.archiveId());
                ps.setString(3, a.kind().name());
                ps.setString(4, a.bodyHash());
                ps.setString(5, a.membersHash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Marks the export finished, holding {@code archives} archives: from now on it is a baseline for deltas. */
    public static void finish(Connection c, long seq, long archives) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE exports SET state=?, archives=? WHERE seq=?")) {
            ps.setString(1, DONE);
            ps.setLong(2, archives);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    /** Forgets an export and its archives. */
    public static void delete(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM exports WHERE seq=?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    /** The export of that name, finished or not. */
    public static Optional<Row> byName(Connection c, String name) throws SQLException {
        List<Row> rows = list(c, "WHERE name=?", name);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Finished exports, newest first. */
    public static List<Row> finished(Connection c) throws SQLException {
        return list(c, "WHERE state=? ORDER BY seq DESC", DONE);
    }

    /** How an archive looked in an export, if the export held it. */
    public static Optional<ArchiveState> archive(Connection c, long seq, String archiveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT archive_id, kind, body_hash, members_hash FROM export_archives WHERE export_seq=? AND archive_id=?")) {
            ps.setLong(1, seq);
            ps.setString(2, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(state(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Archives an export held that the case no longer exports, in ID order after {@code afterId}: those deleted, and
     * those no longer meeting {@code exportedCondition} (a condition on the {@code archives} table's columns).
     */
    public static List<ArchiveState> gone(Connection c, long seq, String exportedCondition, String afterId, int limit) throws SQLException {
        List<ArchiveState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.archive_id, e.kind, e.body_hash, e.members_hash FROM export_archives e "
                + "WHERE e.export_seq=? AND e.archive_id > ? AND NOT EXISTS (SELECT 1 FROM archives WHERE archives.id = e.archive_id AND "
                + exportedCondition + ") ORDER BY e.archive_id LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setString(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(state(rs));
            }
        }
        return out;
    }

    private static List<Row> list(Connection c, String tail, String param) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exports " + tail)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                            DONE.equals(rs.getString(7)), rs.getLong(8)));
                }
            }
        }
        return out;
    }

    private static ArchiveState state(ResultSet rs) throws SQLException {
        return new ArchiveState(rs.getString(1), ArchiveKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4));
    }
}
