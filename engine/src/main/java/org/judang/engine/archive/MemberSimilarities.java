package org.judang.engine.archive;

import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.vector.Vectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each member's similarity to its archive's centre in its feature space, computed when the members are read. It is
 * not stored: every merge, move or fold moves a centre, and rewriting tens of thousands of member rows each time was
 * what made corrections of large archives slow. Reading a member's vector and one dot product costs microseconds.
 */
public final class MemberSimilarities {
    private MemberSimilarities() {}

    /** The members of one archive with {@link ObjectRecord#similarity()} filled in, in the order given. */
    public static List<ObjectRecord> of(Connection c, CaseStore store, String archiveId, List<ObjectRecord> members) throws SQLException {
        Map<Integer, float[]> centres = new HashMap<>();
        Archives.centers(c, archiveId).forEach((space, bytes) -> centres.put(space, Vectors.fromBytes(bytes)));
        StoredVectors vectors = new StoredVectors(store);
        List<ObjectRecord> out = new ArrayList<>(members.size());
        for (ObjectRecord r : members) {
            float[] centre = centres.get(r.spaceId());
            double s = ArchiveSummaryBuilder.similarity(centre == null ? null : vectors.vectorOf(r), centre);
            out.add(new ObjectRecord(r.id(), r.type(), r.spaceId(), r.ordinal(), r.deviceId(), r.shotTime(), r.box(), r.quality(), r.plate(),
                    r.cropImage(), r.sceneImage(), r.batchSeq(), r.archiveId(), s, r.locked()));
        }
        return out;
    }

    /**
     * The {@code n} members of one archive most similar to its centre, most similar first (then by ID), with their
     * similarity: every member's vector is compared, but only these {@code n} records are read whole (an archive of
     * 43,000 members: its rows took 0.2-1.3 s to read).
     */
    public static List<ObjectRecord> closest(Connection c, CaseStore store, String archiveId, int n) throws SQLException {
        Map<Integer, float[]> centres = new HashMap<>();
        Archives.centers(c, archiveId).forEach((space, bytes) -> centres.put(space, Vectors.fromBytes(bytes)));
        StoredVectors vectors = new StoredVectors(store);
        record Scored(String id, double similarity) {}
        List<Scored> all = new ArrayList<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT id, space_id, ordinal FROM records WHERE archive_id=?")) {
            ps.setString(1, archiveId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    float[] centre = centres.get(rs.getInt(2));
                    all.add(new Scored(rs.getString(1), ArchiveSummaryBuilder.similarity(centre == null ? null : vectors.vectorOf(rs.getInt(2), rs.getLong(3)), centre)));
                }
            }
        }
        java.util.Comparator<Scored> best = java.util.Comparator.comparingDouble(Scored::similarity).reversed().thenComparing(Scored::id);
        List<String> ids = all.stream().sorted(best).limit(Math.max(0, n)).map(Scored::id).toList();
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<ObjectRecord> chosen = new ArrayList<>(of(c, store, archiveId, org.judang.engine.store.Records.list(c, "WHERE id IN (" + marks + ")", new ArrayList<>(ids))));
        chosen.sort(java.util.Comparator.comparingDouble(ObjectRecord::similarity).reversed().thenComparing(ObjectRecord::id));
        return chosen;
    }
}
