package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Archive bodies read from an export package while it is imported, waiting for their details: a {@code TEMP} table of
 * the case's connection, so it is never part of the case (a crash drops it) and memory does not grow with the package.
 */
public final class StagedArchives {
    private StagedArchives() {}

    /** A body as read: which file and element it came from, its kind, the body as JSON, and whether details claimed it. */
    public record Staged(String archiveId, String kind, String file, long position, String body, boolean claimed) {}

    /** Starts an empty staging table (one left by an earlier import on this connection is dropped). */
    public static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.staged_archives");
            s.execute("CREATE TEMP TABLE staged_archives (archive_id TEXT PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, "
                    + "position INTEGER NOT NULL, body TEXT NOT NULL, claimed INTEGER NOT NULL DEFAULT 0)");
        }
    }

    public static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.staged_archives");
        }
    }

    /** Stages a body; false when one with this archive ID is already staged. */
    public static boolean put(Connection c, String archiveId, String kind, String file, long position, String body) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.staged_archives(archive_id, kind, file, position, body) VALUES (?,?,?,?,?) "
                + "ON CONFLICT(archive_id) DO NOTHING")) {
            ps.setString(1, archiveId);
            ps.setString(2, kind);
            ps.setString(3, file);
            ps.setLong(4, position);
            ps.setString(5, body);
            return ps.executeUpdate() == 1;
        }
    }

    public static Optional<Staged> get(Connection c, String archiveId) throws SQLException {
        List<Staged> out = list(c, "WHERE archive_id=?", archiveId, 1);
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    /** Marks a body as taken by its details. */
    public static void claim(Connection c, String archiveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE temp.staged_archives SET claimed=1 WHERE archive_id=?")) {
            ps.setString(1, archiveId);
            ps.executeUpdate();
        }
    }

    /** Bodies no details claimed, in ID order after {@code afterId}. */
    public static List<Staged> unclaimed(Connection c, String afterId, int limit) throws SQLException {
        return list(c, "WHERE claimed=0 AND archive_id > ? ORDER BY archive_id", afterId, limit);
    }

    private static List<Staged> list(Connection c, String where, String param, int limit) throws SQLException {
        List<Staged> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT archive_id, kind, file, position, body, claimed FROM temp.staged_archives "
                + where + " LIMIT ?")) {
            ps.setString(1, param);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Staged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6) != 0));
            }
        }
        return out;
    }
}
