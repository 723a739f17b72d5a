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
}
