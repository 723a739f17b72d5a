package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code case_info} key-value table: name, library code, creation time, counters. */
public final class CaseInfo {
    public static final String NAME = "name";
    public static final String LIBRARY_ID = "library_id";
    public static final String CREATED = "created";
    public static final String ARCHIVE_SEQUENCE = "archive_sequence";

    private CaseInfo() {}

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM case_info WHERE key=?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_info(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Takes the next {@code n} numbers of a counter, returning the first. */
    public static long nextSequence(Connection c, String key, long n) throws SQLException {
        long current = get(c, key).map(Long::parseLong).orElse(0L);
        put(c, key, Long.toString(current + n));
        return current + 1;
    }
}
