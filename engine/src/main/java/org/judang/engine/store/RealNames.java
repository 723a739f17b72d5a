package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code realname} table: archives matched to known persons of the gallery, with the evidence. */
public final class RealNames {
    private RealNames() {}

    /** A match with the gallery entry's identity. */
    public record Row(String archiveId, String galleryId, double similarity, String state, String name, String idType, String idNumber) {}

    private static final String SELECT = "SELECT r.archive_id, r.gallery_id, r.similarity, r.state, g.name, g.id_type, g.id_number "
            + "FROM realname r JOIN gallery g ON g.id = r.gallery_id ";

    /** Forgets the machine's proposals (a person's confirmations and rejections stay). */
    public static void clearProposed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM realname WHERE state='PROPOSED'")) {
            ps.executeUpdate();
        }
    }

    public static void propose(Connection c, String archiveId, String galleryId, double similarity, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO realname(archive_id, gallery_id, similarity, state, updated) VALUES (?,?,?,'PROPOSED',?)")) {
            ps.setString(1, archiveId);
            ps.setString(2, galleryId);
            ps.setDouble(3, similarity);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    public static Optional<String> state(Connection c, String archiveId, String galleryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM realname WHERE archive_id=? AND gallery_id=?")) {
            ps.setString(1, archiveId);
            ps.setString(2, galleryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void setState(Connection c, String archiveId, String galleryId, String state, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE realname SET state=?, updated=? WHERE archive_id=? AND gallery_id=?")) {
            ps.setString(1, state);
            ps.setLong(2, now);
            ps.setString(3, archiveId);
            ps.setString(4, galleryId);
            ps.executeUpdate();
        }
    }

    /** Every match of an archive (rejected ones included), best first. */
    public static List<Row> ofArchive(Connection c, String archiveId) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.archive_id=? ORDER BY r.similarity DESC")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Row(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    /** Gallery entries a person has already tied to an archive (confirmed): they are not proposed elsewhere. */
    public static List<String> confirmedGallery(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT gallery_id FROM realname WHERE state='CONFIRMED'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
