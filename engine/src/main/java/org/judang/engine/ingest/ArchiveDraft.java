package org.judang.engine.ingest;

import org.judang.engine.archive.ArchiveSummaryBuilder;
import org.judang.engine.archive.StoredVectors;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Records;
import org.judang.engine.vector.Vectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An archive of an export package, ready to be filed with its members once they are stored: its ID, kind and members,
 * and what its body says — times, centres, {@code Similaritydegree}, {@code Confidence}, plate and cover. What the
 * body leaves out is worked out from the members as clustering would (a vehicle archive's centre, say).
 *
 * @param members         IDs of its records, each stored or already in the case outside any archive
 * @param coverKey        the stored image of the body's cover, or null when the package carried no image
 * @param coverByImageId  members whose crop has the cover's {@code ImageID}
 * @param createTime      case time
 * @param updateTime      case time
 * @param similarityDegree null when the body gives none
 * @param confidence      null when the body gives none
 * @param plate           a vehicle archive's {@code PlateNo}, else null
 * @param centres         the body's {@code CenterFeatureList}, each in the space it was filed under
 */
record ArchiveDraft(String archiveId, ArchiveKind kind, List<String> members, String coverKey, Set<String> coverByImageId,
                    long createTime, long updateTime, Double similarityDegree, Double confidence, String plate, List<Centre> centres) {

    /** A centre feature of the body and the space it belongs to. */
    record Centre(SpaceKey space, float[] vector) {}

    /**
     * Files the archive in the transaction that stores (or has stored) its members: the archive row, its centres, and
     * each member assigned to it.
     */
    void store(Connection c, Map<SpaceKey, FeatureSpace> spaces, StoredVectors vectors, Map<Integer, Double> thresholds) throws SQLException {
        List<ObjectRecord> recs = new ArrayList<>();
        for (String id : members) Records.byId(c, id).ifPresent(recs::add);
        if (recs.isEmpty()) return;
        // the row first: members refer to it
        Archives.upsert(c, new Archive(archiveId, kind, recs.get(0).type(), null, 0, null, null, null, null, 0, 0, ArchiveStatus.AUTOMATIC,
                null, null, createTime, updateTime));
        ArchiveSummaryBuilder.Built built = ArchiveSummaryBuilder.build(archiveId, kind, recs, vectors, cover(recs), thresholds,
                ArchiveStatus.AUTOMATIC, null, createTime, updateTime);

        Map<Integer, float[]> centresById = new HashMap<>(built.centres());
        for (Centre ctr : centres) centresById.put(spaces.get(ctr.space()).id(), ctr.vector());
        Archive a = built.archive();
        Archives.upsert(c, new Archive(a.id(), a.kind(), a.primaryType(), a.coverRecordId(), a.recordCount(), a.firstTime(), a.lastTime(),
                a.firstDevice(), a.lastDevice(), similarityDegree != null ? similarityDegree : a.similarityDegree(),
                confidence != null ? confidence : a.confidence(), a.status(), plate != null ? plate : a.plate(), a.name(), a.createTime(), a.updateTime()));
        for (Map.Entry<Integer, float[]> e : centresById.entrySet()) Archives.putCenter(c, archiveId, e.getKey(), Vectors.toBytes(e.getValue()));
        Records.assign(c, recs.stream().map(ObjectRecord::id).toList(), archiveId);
    }

    /** The member the body's cover shows: its crop is the cover image, best with the cover's ImageID; null to let the members decide. */
    private String cover(List<ObjectRecord> recs) {
        String byKey = null;
        for (ObjectRecord r : recs) {
            if (coverKey == null || !coverKey.equals(r.cropImage())) continue;
            if (coverByImageId.contains(r.id())) return r.id();
            if (byKey == null) byKey = r.id();
        }
        if (byKey != null) return byKey;
        return recs.stream().map(ObjectRecord::id).filter(coverByImageId::contains).findFirst().orElse(null);
    }
}
