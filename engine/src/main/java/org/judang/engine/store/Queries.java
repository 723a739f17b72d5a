package org.judang.engine.store;

import org.judang.engine.model.ObjectType;
import org.judang.engine.model.TrajectoryPoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only questions about where and with whom archives were seen. */
public final class Queries {
    private Queries() {}

    /** An archive's captures in time order with their camera and place; captures without a time come last. */
    public static List<TrajectoryPoint> trajectory(Connection c, String archiveId) throws SQLException {
        List<TrajectoryPoint> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.object_type, r.shot_time, r.device_id, cam.name, cam.longitude, cam.latitude "
                + "FROM records r LEFT JOIN cameras cam ON cam.ape_id = r.device_id WHERE r.archive_id = ? "
                + "ORDER BY r.shot_time IS NULL, r.shot_time, r.id")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long t = rs.getLong(3);
                    Long time = rs.wasNull() ? null : t;
                    double lon = rs.getDouble(6);
                    if (rs.wasNull()) lon = Double.NaN;
                    double lat = rs.getDouble(7);
                    if (rs.wasNull()) lat = Double.NaN;
                    out.add(new TrajectoryPoint(rs.getString(1), ObjectType.valueOf(rs.getString(2)), time, rs.getString(4), rs.getString(5), lon, lat));
                }
            }
        }
        return out;
    }

    /** A co-appearing archive: how many of the first archive's captures it was seen near, and when. */
    public record CompanionRow(String archiveId, int together, long first, long last) {}

    /**
     * Archives with captures at the same camera within {@code window} seconds of the archive's captures, ranked by how
     * many of its sightings (camera and time; a face and its body are one sighting) they accompany. Captures linked to
     * the archive's own do not count.
     */
    public static List<CompanionRow> companions(Connection c, String archiveId, long window, int limit) throws SQLException {
        List<CompanionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r2.archive_id, count(DISTINCT r1.device_id || '@' || r1.shot_time) AS n, min(r1.shot_time), max(r1.shot_time) "
                + "FROM records r1 JOIN records r2 ON r2.device_id = r1.device_id AND r2.shot_time BETWEEN r1.shot_time - ? AND r1.shot_time + ? "
                + "WHERE r1.archive_id = ? AND r1.shot_time IS NOT NULL AND r2.archive_id IS NOT NULL AND r2.archive_id <> ? "
                + "AND NOT EXISTS (SELECT 1 FROM relations rel WHERE rel.record_id = r1.id AND rel.related_id = r2.id) "
                + "AND NOT EXISTS (SELECT 1 FROM relations rel WHERE rel.record_id = r2.id AND rel.related_id = r1.id) "
                + "GROUP BY r2.archive_id ORDER BY n DESC, r2.archive_id LIMIT ?")) {
            ps.setLong(1, window);
            ps.setLong(2, window);
            ps.setString(3, archiveId);
            ps.setString(4, archiveId);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new CompanionRow(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /**
     * Actions of the audit log that only annotate an archive (its name, notes, tags, cover, real-name link): they move
     * no record and no centre.
     */
    static final List<String> ANNOTATIONS = List.of("NAME", "NOTES", "TAGS", "COVER", "REALNAME", "REALNAME_REJECT");

    /**
     * The newest entry of the audit log that may have moved records between archives or changed a centre (corrections,
     * their undoing and clustering runs log there); annotations do not count, so that a search by image does not read
     * every record's archive again after someone writes a note.
     */
    public static long membershipMark(Connection c) throws SQLException {
        String notAnnotation = String.join(",", java.util.Collections.nCopies(ANNOTATIONS.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit WHERE action NOT IN (" + notAnnotation + ") ORDER BY seq DESC LIMIT 1")) {
            for (int i = 0; i < ANNOTATIONS.size(); i++) ps.setString(i + 1, ANNOTATIONS.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
