package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code suggestions} table: pairs of archives that may be one identity, and what a person answered. */
public final class Suggestions {
    private Suggestions() {}

    public record Row(String a, String b, double similarity, String state) {}

    /** Forgets the open suggestions (answered ones stay: a "no" is never asked again). */
    public static void clearOpen(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM suggestions WHERE state='OPEN'")) {
            ps.executeUpdate();
        }
    }

    /** Forgets the open suggestions involving some archives. */
    public static void clearOpenInvolving(Connection c, java.util.Collection<String> archiveIds) throws SQLException {
        List<String> ids = new ArrayList<>(archiveIds);
        for (int from = 0; from < ids.size(); from += 400) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM suggestions WHERE state='OPEN' AND (a IN (" + marks + ") OR b IN (" + marks + "))")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                    ps.setString(chunk.size() + i + 1, chunk.get(i));
                }
                ps.executeUpdate();
            }
        }
    }

    /** Adds an open suggestion unless the pair was already answered. */
    public static void offer(Connection c, String a, String b, double similarity, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO suggestions(a, b, similarity, state, created) VALUES (?,?,?, 'OPEN', ?)")) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.setDouble(3, similarity);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    public static Optional<String> state(Connection c, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM suggestions WHERE a=? AND b=?")) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void setState(Connection c, String a, String b, String state, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE suggestions SET state=?, answered=? WHERE a=? AND b=?")) {
            ps.setString(1, state);
            ps.setLong(2, now);
            ps.setString(3, a);
            ps.setString(4, b);
            ps.executeUpdate();
        }
    }

    /** Open suggestions whose archives both still exist, most similar first. */
    public static List<Row> open(Connection c, int offset, int limit) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.a, s.b, s.similarity, s.state FROM suggestions s "
                + "WHERE s.state='OPEN' AND EXISTS (SELECT 1 FROM archives x WHERE x.id=s.a) AND EXISTS (SELECT 1 FROM archives y WHERE y.id=s.b) "
                + "ORDER BY s.similarity DESC, s.a, s.b LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Row(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
            }
        }
        return out;
    }

    public static long countOpen(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM suggestions s WHERE s.state='OPEN' "
                + "AND EXISTS (SELECT 1 FROM archives x WHERE x.id=s.a) AND EXISTS (SELECT 1 FROM archives y WHERE y.id=s.b)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
