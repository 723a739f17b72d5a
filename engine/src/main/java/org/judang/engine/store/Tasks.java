package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code tasks} table: every long job of the case and how it ended. */
public final class Tasks {
    private Tasks() {}

    public record Row(long id, String kind, String name, String params, String state, double progress, String stage, String message, long created,
                      long updated) {}

    public static long insert(Connection c, String kind, String name, String params, String state, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tasks(kind, name, params, state, created, updated) VALUES (?,?,?,?,?,?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, name);
            ps.setString(3, params);
            ps.setString(4, state);
            ps.setLong(5, now);
            ps.setLong(6, now);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    public static void update(Connection c, long id, String state, double progress, String stage, String message, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tasks SET state=?, progress=?, stage=?, message=?, updated=? WHERE id=?")) {
            ps.setString(1, state);
            ps.setDouble(2, progress);
            ps.setString(3, stage);
            ps.setString(4, message);
            ps.setLong(5, now);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /** Marks tasks left RUNNING or WAITING by a process that died as INTERRUPTED; returns how many. */
    public static int markInterrupted(Connection c, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tasks SET state='INTERRUPTED', updated=? WHERE state IN ('RUNNING','WAITING')")) {
            ps.setLong(1, now);
            return ps.executeUpdate();
        }
    }

    public static Optional<Row> byId(Connection c, long id) throws SQLException {
        List<Row> r = list(c, "WHERE id=?", List.of(id));
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    public static List<Row> recent(Connection c, int limit) throws SQLException {
        return list(c, "ORDER BY id DESC LIMIT ?", List.of(limit));
    }

    private static List<Row> list(Connection c, String tail, List<Object> params) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, params, state, progress, stage, message, created, updated FROM tasks " + tail)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7),
                            rs.getString(8), rs.getLong(9), rs.getLong(10)));
                }
            }
        }
        return out;
    }
}
