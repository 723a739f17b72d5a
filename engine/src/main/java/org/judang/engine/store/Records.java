package org.judang.engine.store;

import org.judang.engine.model.Box;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.TimeSpan;

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
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The {@code records} and {@code relations} tables: every capture of the case (明细). */
public final class Records {
    static final String COLUMNS = "id, object_type, space_id, ordinal, device_id, shot_time, box_x1, box_y1, box_x2, box_y2, quality, plate, "
            + "crop_image, scene_image, batch_seq, archive_id, NULL, locked"; // similarity: computed when read with the members

    private Records() {}

    /** The content hash of a stored record, if its ID is taken. */
    public static Optional<String> contentHash(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM records WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void insert(Connection c, NewRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO records(id, object_type, space_id, ordinal, device_id, shot_time, "
                + "box_x1, box_y1, box_x2, box_y2, quality, plate, crop_image, scene_image, content_hash, raw, batch_seq, warnings, source_id) "
                + "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18," + sourceIdOf("?16") + ")")) {
            ps.setString(1, r.id());
            ps.setString(2, r.type().name());
            if (r.spaceId() > 0) ps.setInt(3, r.spaceId()); else ps.setNull(3, Types.INTEGER);
            ps.setLong(4, r.ordinal());
            ps.setString(5, r.deviceId());
            if (r.shotTime() != null) ps.setLong(6, r.shotTime()); else ps.setNull(6, Types.INTEGER);
            Box b = r.box();
            for (int i = 0; i < 4; i++) {
                if (b == null) ps.setNull(7 + i, Types.INTEGER);
            }
            if (b != null) {
                ps.setInt(7, b.leftTopX());
                ps.setInt(8, b.leftTopY());
                ps.setInt(9, b.rightBtmX());
                ps.setInt(10, b.rightBtmY());
            }
            ps.setDouble(11, r.quality());
            ps.setString(12, r.plate());
            ps.setString(13, r.cropImage());
            ps.setString(14, r.sceneImage());
            ps.setString(15, r.contentHash());
            ps.setString(16, r.raw());
            ps.setLong(17, r.batchSeq());
            ps.setString(18, r.warnings());
            ps.executeUpdate();
        }
        if (!r.relations().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO relations(record_id, related_id, related_type) VALUES (?,?,?)")) {
                for (NewRecord.Relation rel : r.relations()) {
                    ps.setString(1, r.id());
                    ps.setString(2, rel.relatedId());
                    ps.setString(3, rel.relatedType());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Deletes every record a batch stored (their relations go with them): undoes a cancelled import. */
    public static int deleteByBatch(Connection c, long batchSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM records WHERE batch_seq=?")) {
            ps.setLong(1, batchSeq);
            return ps.executeUpdate();
        }
    }

    public static Optional<ObjectRecord> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM records WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The object as imported (JSON). */
    public static Optional<String> raw(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT raw FROM records WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Streams records matching a WHERE clause (parameters bound in order), in ID order unless the clause orders them. */
    public static void forEach(Connection c, String where, List<Object> params, Consumer<ObjectRecord> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM records " + where)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(read(rs));
            }
        }
    }

    /**
     * Streams records matching a WHERE clause together with the object as imported (JSON), one row at a time, so that
     * a caller can pass objects on without holding them all.
     */
    public static void forEachWithRaw(Connection c, String where, List<Object> params, BiConsumer<ObjectRecord, String> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", raw FROM records " + where)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(read(rs), rs.getString(19));
            }
        }
    }

    /**
     * What the {@code source_id} column holds for a stored object (an SQL expression over {@code rawJson}): its
     * {@code SourceID} when that is a string or a number, as SQLite's JSON functions read it; else NULL, as also for an
     * object that is not valid JSON. {@code V8__interface_queries.sql} fills the column of older cases the same way.
     */
    static String sourceIdOf(String rawJson) {
        // CASE evaluates lazily, so json_type never sees a damaged object
        return "CASE WHEN json_valid(" + rawJson + ") THEN (CASE WHEN json_type(" + rawJson + ", '$.SourceID') IN ('text', 'integer', 'real') "
                + "THEN json_extract(" + rawJson + ", '$.SourceID') END) END";
    }

    /**
     * The IDs and objects as imported (JSON, as UTF-8 bytes: decoding them into strings took longer than parsing them)
     * of an archive's members of one type, in member order (by ID), without the rest of their rows.
     */
    public static void rawsOf(Connection c, String archiveId, ObjectType type, BiConsumer<String, byte[]> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, raw FROM records WHERE archive_id=? AND object_type=? ORDER BY id")) {
            ps.setString(1, archiveId);
            ps.setString(2, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(rs.getString(1), rs.getBytes(2));
            }
        }
    }

    /**
     * The distinct {@code SourceID}s of an archive's members, read from the index on {@code (archive_id, source_id)}
     * without touching the records themselves; in SQLite's order, which is not always Java's.
     */
    public static List<String> sourceIdsOf(Connection c, String archiveId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT source_id FROM records WHERE archive_id=? AND source_id IS NOT NULL")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    public static List<ObjectRecord> list(Connection c, String where, List<Object> params) throws SQLException {
        List<ObjectRecord> out = new ArrayList<>();
        forEach(c, where, params, out::add);
        return out;
    }

    /**
     * Which archive each vector ordinal of a space is in: {@code archiveOf[ordinal]} indexes {@code ids}, or is -1 for
     * a record in no archive (and for ordinals past the array).
     */
    public record OrdinalArchives(int[] archiveOf, String[] ids) {
        public String archiveAt(long ordinal) {
            return ordinal >= 0 && ordinal < archiveOf.length && archiveOf[(int) ordinal] >= 0 ? ids[archiveOf[(int) ordinal]] : null;
        }
    }

    /** See {@link OrdinalArchives}: one pass over the space's records. */
    public static OrdinalArchives ordinalArchives(Connection c, int spaceId) throws SQLException {
        Map<String, Integer> number = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[] archiveOf = new int[1024];
        java.util.Arrays.fill(archiveOf, -1);
        int length = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, archive_id FROM records WHERE space_id=? AND archive_id IS NOT NULL AND ordinal >= 0")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int o = Math.toIntExact(rs.getLong(1));
                    if (o >= archiveOf.length) {
                        int old = archiveOf.length;
                        archiveOf = java.util.Arrays.copyOf(archiveOf, Math.max(o + 1, old * 2));
                        java.util.Arrays.fill(archiveOf, old, archiveOf.length, -1);
                    }
                    length = Math.max(length, o + 1);
                    String id = rs.getString(2);
                    Integer k = number.get(id);
                    if (k == null) {
                        k = ids.size();
                        number.put(id, k);
                        ids.add(id);
                    }
                    archiveOf[o] = k;
                }
            }
        }
        if (length == 0) return new OrdinalArchives(new int[0], new String[0]);
        return new OrdinalArchives(java.util.Arrays.copyOf(archiveOf, length), ids.toArray(new String[0]));
    }

    /** Where a record is and whether a person placed it. */
    public record State(String archiveId, boolean locked) {}

    /** The current state of some records (unknown ones left out). */
    public static Map<String, State> states(Connection c, java.util.Collection<String> recordIds) throws SQLException {
        Map<String, State> out = new HashMap<>();
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, archive_id, locked FROM records WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), new State(rs.getString(2), rs.getInt(3) != 0));
                }
            }
        }
        return out;
    }

    /** The state of an archive's records, by ID. */
    public static Map<String, State> statesIn(Connection c, String archiveId) throws SQLException {
        Map<String, State> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, locked FROM records WHERE archive_id=?")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), new State(archiveId, rs.getInt(2) != 0));
            }
        }
        return out;
    }

    /** The archives holding some records: record id to archive id (unarchived and unknown records left out). */
    public static Map<String, String> archiveOf(Connection c, java.util.Collection<String> recordIds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, archive_id FROM records WHERE archive_id IS NOT NULL AND id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    public static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM records"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The first and last capture time of the case's records; empty when none has a time. Two look-ups in the time
     * index (SQLite answers a lone min() or max() from an index without a scan).
     */
    public static Optional<TimeSpan> captureSpan(Connection c) throws SQLException {
        Long first = single(c, "SELECT min(shot_time) FROM records");
        Long last = single(c, "SELECT max(shot_time) FROM records");
        return first == null || last == null ? Optional.empty() : Optional.of(new TimeSpan(first, last));
    }

    private static Long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    /** Record counts per object type. */
    public static Map<ObjectType, Long> countByType(Connection c) throws SQLException {
        // counted per feature space (a space holds records of one type) from the space index alone; grouping by the
        // type column instead reads the whole table, seconds at a million records on opening a case
        Map<ObjectType, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fs.object_type, r.n FROM (SELECT space_id, count(*) AS n FROM records"
                + " WHERE space_id IS NOT NULL GROUP BY space_id) r JOIN feature_spaces fs ON fs.id = r.space_id"
                + " UNION ALL SELECT object_type, count(*) FROM records WHERE space_id IS NULL GROUP BY object_type");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.merge(ObjectType.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
        }
        return out;
    }

    /** Puts records in an archive (or out of any, with {@code archiveId} null). */
    public static void assign(Connection c, List<String> ids, String archiveId) throws SQLException {
        assign(c, ids, archiveId, null);
    }

    /** As {@link #assign(Connection, List, String)}, and sets whether they are locked unless {@code locked} is null. */
    public static void assign(Connection c, List<String> ids, String archiveId, Boolean locked) throws SQLException {
        if (ids.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(locked == null ? "UPDATE records SET archive_id=? WHERE id=?"
                : "UPDATE records SET archive_id=?, locked=" + (locked ? 1 : 0) + " WHERE id=?")) {
            for (String id : ids) {
                ps.setString(1, archiveId);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void setLocked(Connection c, List<String> ids, boolean locked) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE records SET locked=? WHERE id=?")) {
            for (String id : ids) {
                ps.setInt(1, locked ? 1 : 0);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

        /**
     * The links of some records to records of {@code toType}, whichever of the two holds the relation: pairs
     * {@code {one of recordIds, linked record}}, in order. Reads only the relations of those records.
     */
    public static List<String[]> linksOf(Connection c, java.util.Collection<String> recordIds, String toType) throws SQLException {
        List<String[]> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += 400) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rel.record_id, rel.related_id FROM relations rel JOIN records b ON b.id = rel.related_id "
                            + "WHERE rel.record_id IN (" + marks + ") AND b.object_type = ? "
                            + "UNION SELECT rel.related_id, rel.record_id FROM relations rel JOIN records b ON b.id = rel.record_id "
                            + "WHERE rel.related_id IN (" + marks + ") AND b.object_type = ?")) {
                int k = 1;
                for (String id : chunk) ps.setString(k++, id);
                ps.setString(k++, toType);
                for (String id : chunk) ps.setString(k++, id);
                ps.setString(k, toType);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
        }
        out.sort(java.util.Comparator.<String[], String>comparing(l -> l[0]).thenComparing(l -> l[1]));
        return out;
    }

    /** Relations between stored records ({@code record_id -> related_id}), for the given object type of the first side. */
    public static List<String[]> relations(Connection c, String recordId) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT related_id, related_type FROM relations WHERE record_id=? ORDER BY related_id")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    static ObjectRecord read(ResultSet rs) throws SQLException {
        int spaceId = rs.getInt(3);
        long shot = rs.getLong(6);
        Long shotTime = rs.wasNull() ? null : shot;
        int x1 = rs.getInt(7);
        Box box = rs.wasNull() ? null : new Box(x1, rs.getInt(8), rs.getInt(9), rs.getInt(10));
        return new ObjectRecord(rs.getString(1), ObjectType.valueOf(rs.getString(2)), spaceId, rs.getLong(4), rs.getString(5), shotTime, box,
                rs.getDouble(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getLong(15), rs.getString(16),
                Double.NaN, rs.getInt(18) != 0);
    }
}
