package org.judang.engine.archive;

import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.vector.Vectors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each member's similarity to its archive's centre in its feature space, computed when the members are read. It is
 * not stored: every merge, move or fold moves a centre, and rewriting tens of thousands of member rows each time was
 * what made corrections of large archives slow. Reading a member's vector and one dot product costs microseconds.
 */
public final class MemberSimilarities {
    private final Map<Integer, float[]> centres = new HashMap<>();
    private final StoredVectors vectors;

    private MemberSimilarities(Connection c, CaseStore store, String archiveId) throws SQLException {
        Archives.centers(c, archiveId).forEach((space, bytes) -> centres.put(space, Vectors.fromBytes(bytes)));
        this.vectors = new StoredVectors(store);
    }

    /** The similarity of the vector at {@code ordinal} of space {@code spaceId} to the archive's centre in that space. */
    private double of(int spaceId, long ordinal) {
        float[] centre = centres.get(spaceId);
        return ArchiveSummaryBuilder.similarity(centre == null ? null : vectors.vectorOf(spaceId, ordinal), centre);
    }

    private List<ObjectRecord> filledIn(List<ObjectRecord> members) {
        List<ObjectRecord> out = new ArrayList<>(members.size());
        for (ObjectRecord r : members) {
            out.add(new ObjectRecord(r.id(), r.type(), r.spaceId(), r.ordinal(), r.deviceId(), r.shotTime(), r.box(), r.quality(), r.plate(),
                    r.cropImage(), r.sceneImage(), r.batchSeq(), r.archiveId(), of(r.spaceId(), r.ordinal()), r.locked()));
        }
        return out;
    }

    /** The members of one archive with {@link ObjectRecord#similarity()} filled in, in the order given. */
    public static List<ObjectRecord> of(Connection c, CaseStore store, String archiveId, List<ObjectRecord> members) throws SQLException {
        return new MemberSimilarities(c, store, archiveId).filledIn(members);
    }

    /**
     * The {@code n} members of one archive most similar to its centre, most similar first (then by ID), with their
     * similarity: every member's vector is compared, but only these {@code n} records are read whole (an archive of
     * 43,000 members: its rows took 0.2-1.3 s to read).
     */
    public static List<ObjectRecord> closest(Connection c, CaseStore store, String archiveId, int n) throws SQLException {
        MemberSimilarities similarities = new MemberSimilarities(c, store, archiveId);
        record Scored(String id, double similarity) {}
        List<Scored> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, space_id, ordinal FROM records WHERE archive_id=?")) {
            ps.setString(1, archiveId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) all.add(new Scored(rs.getString(1), similarities.of(rs.getInt(2), rs.getLong(3))));
            }
        }
        List<Object> ids = all.stream().sorted(Comparator.comparingDouble(Scored::similarity).reversed().thenComparing(Scored::id))
                .limit(Math.max(0, n)).map(s -> (Object) s.id()).toList();
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        List<ObjectRecord> chosen = new ArrayList<>(similarities.filledIn(Records.list(c, "WHERE id IN (" + marks + ")", ids)));
        chosen.sort(Comparator.comparingDouble(ObjectRecord::similarity).reversed().thenComparing(ObjectRecord::id));
        return chosen;
    }
}
