package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code gallery} table: known persons (实名) that archives are matched against; never clustered. */
public final class Gallery {
    private Gallery() {}

    /** A known person. {@code vector} is little-endian float32, L2-normalised, or null when none was given. */
    public record GalleryEntry(String id, String name, String idType, String idNumber, int spaceId, byte[] vector, String image,
                               String contentHash, String raw, long batchSeq) {}

    public static Optional<String> contentHash(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM gallery WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void insert(Connection c, GalleryEntry g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gallery(id, name, id_type, id_number, space_id, vector, image, content_hash, raw, batch_seq) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, g.id());
            ps.setString(2, g.name());
            ps.setString(3, g.idType());
            ps.setString(4, g.idNumber());
            if (g.spaceId() > 0) ps.setInt(5, g.spaceId()); else ps.setNull(5, Types.INTEGER);
            ps.setBytes(6, g.vector());
            ps.setString(7, g.image());
            ps.setString(8, g.contentHash());
            ps.setString(9, g.raw());
            ps.setLong(10, g.batchSeq());
            ps.executeUpdate();
        }
    }

    /** Deletes the gallery entries a batch stored: undoes a cancelled import. */
    public static int deleteByBatch(Connection c, long batchSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM gallery WHERE batch_seq=?")) {
            ps.setLong(1, batchSeq);
            return ps.executeUpdate();
        }
    }

    public static List<GalleryEntry> all(Connection c) throws SQLException {
        List<GalleryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, id_type, id_number, space_id, vector, image, content_hash, raw, batch_seq FROM gallery ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new GalleryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBytes(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10)));
            }
        }
        return out;
    }

    public static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM gallery"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
