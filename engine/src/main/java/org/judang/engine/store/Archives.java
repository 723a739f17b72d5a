package org.judang.engine.store;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.PlateKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code archives} and {@code archive_centers} tables: archives' basic information (基础信息). */
public final class Archives {
    private static final String COLUMNS = "id, kind, primary_type, cover_record, record_count, first_time, last_time, first_device, last_device, "
            + "similarity_degree, confidence, status, plate, name, create_time, update_time";

    private Archives() {}

    /** Inserts a new archive or replaces the basic info of an existing one (keeping name and status). */
    public static void upsert(Connection c, Archive a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO archives(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, primary_type=excluded.primary_type, cover_record=excluded.cover_record, "
                + "record_count=excluded.record_count, first_time=excluded.first_time, last_time=excluded.last_time, "
                + "first_device=excluded.first_device, last_device=excluded.last_device, similarity_degree=excluded.similarity_degree, "
                + "confidence=excluded.confidence, plate=excluded.plate, update_time=excluded.update_time")) {
            ps.setString(1, a.id());
            ps.setString(2, a.kind().name());
            ps.setString(3, a.primaryType().name());
            ps.setString(4, a.coverRecordId());
            ps.setInt(5, a.recordCount());
            setLong(ps, 6, a.firstTime());
            setLong(ps, 7, a.lastTime());
            ps.setString(8, a.firstDevice());
            ps.setString(9, a.lastDevice());
            ps.setDouble(10, a.similarityDegree());
            ps.setDouble(11, a.confidence());
            ps.setString(12, a.status().name());
            ps.setString(13, a.plate());
            ps.setString(14, a.name());
            ps.setLong(15, a.createTime());
            ps.setLong(16, a.updateTime());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE archives SET plate_key=? WHERE id=?")) {
            ps.setString(1, PlateKey.of(a.plate()));
            ps.setString(2, a.id());
            ps.executeUpdate();
        }
    }

    public static Optional<Archive> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM archives WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Archives matching a WHERE/ORDER/LIMIT tail, parameters bound in order. */
    public static List<Archive> list(Connection c, String tail, List<Object> params) throws SQLException {
        List<Archive> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM archives " + tail)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    public static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM archives"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every archive of the case, by kind (kinds without any left out): kept by triggers, not counted. */
    public static Map<ArchiveKind, Long> countByKind(Connection c) throws SQLException {
        Map<ArchiveKind, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, archives FROM archive_kind_counts WHERE archives > 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(ArchiveKind.valueOf(rs.getString(1)), rs.getLong(2));
        }
        return out;
    }

    /** Archives meeting {@code condition} (on this table's columns) by kind. */
    public static Map<ArchiveKind, Long> countByKind(Connection c, String condition) throws SQLException {
        Map<ArchiveKind, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, count(*) FROM archives WHERE " + condition + " GROUP BY kind");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(ArchiveKind.valueOf(rs.getString(1)), rs.getLong(2));
        }
        return out;
    }

    /** IDs of an archive's member records, by type then ID. */
    public static List<String> memberIds(Connection c, String archiveId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM records WHERE archive_id=? ORDER BY object_type, id")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** How many records an archive holds, counted from the records (not its stored count). */
    public static int memberCount(Connection c, String archiveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM records WHERE archive_id=?")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Replaces an archive's centre vector in one feature space (little-endian float32). */
    public static void putCenter(Connection c, String archiveId, int spaceId, byte[] vector) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO archive_centers(archive_id, space_id, vector) VALUES (?,?,?) "
                + "ON CONFLICT(archive_id, space_id) DO UPDATE SET vector=excluded.vector")) {
            ps.setString(1, archiveId);
            ps.setInt(2, spaceId);
            ps.setBytes(3, vector);
            ps.executeUpdate();
        }
    }

    /** An archive's centres: space id to little-endian float32 bytes. */
    public static Map<Integer, byte[]> centers(Connection c, String archiveId) throws SQLException {
        Map<Integer, byte[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT space_id, vector FROM archive_centers WHERE archive_id=? ORDER BY space_id")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getInt(1), rs.getBytes(2));
            }
        }
        return out;
    }

    /**
     * Archives a full re-clustering keeps: those a person confirmed or hid, and those holding records a person placed.
     * The others are dissolved and formed again.
     */
    public static final String KEPT = "(a.status <> 'AUTOMATIC' OR EXISTS (SELECT 1 FROM records r WHERE r.archive_id = a.id AND r.locked = 1))";

    /** The IDs of the archives a full re-clustering dissolves (see {@link #KEPT}). */
    public static java.util.Set<String> dissolvedByReclustering(Connection c) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM archives a WHERE NOT " + KEPT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** The centres in a space of the archives a full re-clustering keeps. */
    public static Map<String, byte[]> keptCentersInSpace(Connection c, int spaceId) throws SQLException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ac.archive_id, ac.vector FROM archive_centers ac JOIN archives a ON a.id = ac.archive_id "
                + "WHERE ac.space_id=? AND " + KEPT + " ORDER BY ac.archive_id")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getBytes(2));
            }
        }
        return out;
    }

    /** How many archives have a centre in a space. */
    public static long centerCount(Connection c, int spaceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM archive_centers WHERE space_id=?")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The centres of some archives in a space: archive id to vector bytes (archives without one are left out). */
    public static Map<String, byte[]> centersOf(Connection c, int spaceId, java.util.Collection<String> archiveIds) throws SQLException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        List<String> ids = new ArrayList<>(archiveIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT archive_id, vector FROM archive_centers WHERE space_id=? AND archive_id IN (" + marks + ")")) {
                ps.setInt(1, spaceId);
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 2, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getBytes(2));
                }
            }
        }
        return out;
    }

    /** The newest entry of the log of centres written (schema 11), or 0 when nothing has been written since. */
    public static long centreLogEnd(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM centre_log"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The archives of a space whose centre was written (inserted, replaced or deleted) after log entry {@code after},
     * or empty when none were; null when the log no longer holds every entry after it or more than {@code limit}
     * archives changed (then every centre is to be read again).
     */
    public static java.util.Set<String> centresWrittenSince(Connection c, int spaceId, long after, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(seq), max(seq) FROM centre_log"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long first = rs.getLong(1), last = rs.getLong(2);
            if (last == after) return java.util.Set.of();
            if (last < after || first > after + 1) return null;
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT archive_id FROM centre_log WHERE seq > ? AND space_id = ? LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, spaceId);
            ps.setInt(3, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out.size() > limit ? null : out;
    }

    /** The largest archive (then the lowest ID) whose normalised plate key is {@code plateKey}. */
    public static Optional<String> byPlateKey(Connection c, String plateKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM archives WHERE plate_key=? AND kind='VEHICLE' ORDER BY record_count DESC, id LIMIT 1")) {
            ps.setString(1, plateKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every centre in a space: archive id to vector bytes, in archive-ID order. */
    public static Map<String, byte[]> centersInSpace(Connection c, int spaceId) throws SQLException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        centersInSpace(c, spaceId, out::put);
        return out;
    }

    /** As {@link #centersInSpace(Connection, int)}, handing each centre over as it is read rather than keeping them all. */
    public static void centersInSpace(Connection c, int spaceId, java.util.function.BiConsumer<String, byte[]> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ac.archive_id, ac.vector FROM archive_centers ac WHERE ac.space_id=? ORDER BY ac.archive_id")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs.getString(1), rs.getBytes(2));
            }
        }
    }

    /** The fields a person edits, by column name: {@code name}, {@code notes}, {@code tags}, {@code status}. */
    public static void setField(Connection c, String archiveId, String column, String value) throws SQLException {
        if (!java.util.Set.of("name", "notes", "tags", "status").contains(column)) throw new IllegalArgumentException("not an editable field: " + column);
        try (PreparedStatement ps = c.prepareStatement("UPDATE archives SET " + column + "=? WHERE id=?")) {
            ps.setString(1, value);
            ps.setString(2, archiveId);
            ps.executeUpdate();
        }
    }

    /** The cover a person chose ({@code chosen}), or the automatic one when {@code recordId} is null. */
    public static void setCover(Connection c, String archiveId, String recordId, boolean chosen) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE archives SET cover_record=coalesce(?, cover_record), cover_chosen=? WHERE id=?")) {
            ps.setString(1, recordId);
            ps.setInt(2, chosen ? 1 : 0);
            ps.setString(3, archiveId);
            ps.executeUpdate();
        }
    }

    /** Notes, tags and whether the cover was chosen by a person: {@code [notes, tags, "1"|"0"]}. */
    public static String[] editable(Connection c, String archiveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT notes, tags, cover_chosen FROM archives WHERE id=?")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new String[]{rs.getString(1), rs.getString(2), rs.getInt(3) != 0 ? "1" : "0"};
            }
        }
    }

    /** Marks (or clears) a vehicle archive whose plate a clearly different vehicle also carries (套牌). */
    public static void setClonedPlate(Connection c, String archiveId, boolean flagged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE archives SET cloned_plate=? WHERE id=?")) {
            ps.setInt(1, flagged ? 1 : 0);
            ps.setString(2, archiveId);
            ps.executeUpdate();
        }
    }

    /** IDs of archives flagged as carrying a suspected cloned plate. */
    public static List<String> clonedPlate(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM archives WHERE cloned_plate=1 ORDER BY plate, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    public static void delete(Connection c, String archiveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM archives WHERE id=?")) {
            ps.setString(1, archiveId);
            ps.executeUpdate();
        }
    }

    static Archive read(ResultSet rs) throws SQLException {
        long ft = rs.getLong(6);
        Long first = rs.wasNull() ? null : ft;
        long lt = rs.getLong(7);
        Long last = rs.wasNull() ? null : lt;
        return new Archive(rs.getString(1), ArchiveKind.valueOf(rs.getString(2)), ObjectType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getInt(5), first, last, rs.getString(8), rs.getString(9), rs.getDouble(10), rs.getDouble(11),
                ArchiveStatus.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getLong(15), rs.getLong(16));
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, v);
    }
}
