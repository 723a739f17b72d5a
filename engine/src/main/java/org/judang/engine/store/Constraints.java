package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code constraints} table: must-link and cannot-link decisions between records and archives. */
public final class Constraints {
    private Constraints() {}

    /** A stored constraint, sides as written ({@code RECORD} or {@code ARCHIVE}). */
    public record Row(String kind, String aKind, String a, String bKind, String b) {}

    public static void add(Connection c, Row r, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO constraints(kind, a_kind, a, b_kind, b, created) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, r.kind());
            ps.setString(2, r.aKind());
            ps.setString(3, r.a());
            ps.setString(4, r.bKind());
            ps.setString(5, r.b());
            ps.setLong(6, now);
            ps.executeUpdate();
        }
    }

    public static void remove(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM constraints WHERE kind=? AND a_kind=? AND a=? AND b_kind=? AND b=?")) {
            ps.setString(1, r.kind());
            ps.setString(2, r.aKind());
            ps.setString(3, r.a());
            ps.setString(4, r.bKind());
            ps.setString(5, r.b());
            ps.executeUpdate();
        }
    }

    /** Every constraint that names {@code id} on either side. */
    public static List<Row> involving(Connection c, String id) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, a_kind, a, b_kind, b FROM constraints WHERE a=? OR b=? ORDER BY id")) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    public static List<Row> all(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, a_kind, a, b_kind, b FROM constraints ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
        return out;
    }
}
