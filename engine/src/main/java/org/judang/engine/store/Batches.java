package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code batches} table: one row per imported batch, with its report. */
public final class Batches {
    private Batches() {}

    /** A stored batch; {@code report} is the import report as JSON, null while (or if) the import did not finish. */
    public record StoredBatch(long seq, String batchId, String fingerprint, String kind, String source, String path, long importedAt, String report) {}

    public static long insert(Connection c, String batchId, String fingerprint, String kind, String source, String path, long importedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO batches(batch_id, fingerprint, kind, source, path, imported_at) VALUES (?,?,?,?,?,?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, batchId);
            ps.setString(2, fingerprint);
            ps.setString(3, kind);
            ps.setString(4, source);
            ps.setString(5, path);
            ps.setLong(6, importedAt);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void setReport(Connection c, long seq, String reportJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE batches SET report=? WHERE seq=?")) {
            ps.setString(1, reportJson);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    /** Deletes a batch row whose records and gallery entries are already gone: undoes a cancelled import. */
    public static void delete(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM batches WHERE seq=?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    public static boolean fingerprintSeen(Connection c, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM batches WHERE fingerprint=? LIMIT 1")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A stored report without its {@code issues} array, and that array's length. */
    public record ReportSummary(long seq, String reportWithoutIssues, long issues) {}

    /** The finished batches' reports, oldest first, each with its list of issues left out by SQLite. */
    public static List<ReportSummary> summaries(Connection c) throws SQLException {
        List<ReportSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, json_remove(report, '$.issues'), coalesce(json_array_length(report, '$.issues'), 0) "
                + "FROM batches WHERE report IS NOT NULL ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new ReportSummary(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
        return out;
    }

    /** The report of one batch, as stored. */
    public static java.util.Optional<String> report(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report FROM batches WHERE seq=? AND report IS NOT NULL")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    public static List<StoredBatch> all(Connection c) throws SQLException {
        List<StoredBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, batch_id, fingerprint, kind, source, path, imported_at, report FROM batches ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8)));
            }
        }
        return out;
    }
}
