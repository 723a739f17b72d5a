package org.judang.engine.export;

import org.judang.engine.message.ArchiveObject;
import org.judang.engine.message.FeatureInfoList;
import org.judang.engine.message.FeatureInfoObject;
import org.judang.engine.message.VehicleArchiveObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseDatabase;
import org.judang.engine.store.Records;
import org.judang.engine.store.StoreException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds an archive's basic information ({@code ArchiveObject} or {@code VehicleArchiveObject}) from the case. A body
 * is first made as the case holds it, its cover naming the stored image by key: that form says exactly what the
 * archive looks like whatever the image mode, so it is what an export remembers. {@code forOutput} turns it into what
 * the export writes.
 */
final class ArchiveBodies {
    private final CaseDatabase db;
    private final StoredObjectReader objects;
    private final String libraryId;
    private final Map<Integer, FeatureSpace> spaces;
    private final CoverImages covers;

    ArchiveBodies(CaseDatabase db, StoredObjectReader objects, String libraryId, Map<Integer, FeatureSpace> spaces, CoverImages covers) {
        this.db = db;
        this.objects = objects;
        this.libraryId = libraryId;
        this.spaces = spaces;
        this.covers = covers;
    }

    /** A person archive, or an object archive naming its {@code ObjectType}. */
    ArchiveObject archive(Archive a) {
        Map<Integer, byte[]> centers = new TreeMap<>();
        MemberSummary members = summarize(a, centers, null);
        List<FeatureInfoObject> features = new ArrayList<>();
        // by the space's name, not its number in this case, so that another case holding the archive writes it alike
        Map<String, FeatureInfoObject> byLabel = new TreeMap<>();
        centers.forEach((spaceId, vector) -> {
            FeatureSpace space = spaces.get(spaceId);
            if (space == null) throw new StoreException("Archive " + a.id() + " has a centre in feature space " + spaceId + ", which the case does not know.");
            byLabel.put(space.label(), FeatureInfoObject.of(space.vendor(), space.algorithmVersion(), vector));
        });
        features.addAll(byLabel.values());
        return new ArchiveObject(a.id(), libraryId, time(a.createTime()), time(a.updateTime()), members.sourceIds(),
                features.isEmpty() ? null : new FeatureInfoList(features), a.similarityDegree(), a.confidence(),
                covers.of(members.cover(), members.coverObject()),
                a.kind() == ArchiveKind.OBJECT ? a.primaryType().name() : null);
    }

    /** A motor-vehicle archive: its plate, else its members' most common plate; the rest voted by its members. */
    VehicleArchiveObject vehicleArchive(Archive a) {
        VehicleAttributes votes = new VehicleAttributes();
        MemberSummary members = summarize(a, null, votes);
        Map<String, String> v = votes.winners();
        String plate = a.plate() != null && !a.plate().isBlank() ? a.plate() : v.get("PlateNo");
        return new VehicleArchiveObject(a.id(), libraryId, plate, v.get("PlateColor"), v.get("VehicleClass"),
                v.get("VehicleBrand"), v.get("VehicleModel"), v.get("VehicleColor"), v.get("VehicleStyles"),
                time(a.createTime()), time(a.updateTime()), members.sourceIds(), null, covers.of(members.cover(), members.coverObject()));
    }

    /** The body as the export writes it: the cover's image carried as {@code images} asks. */
    ArchiveObject forOutput(ArchiveObject a, SubImageRewriter images) {
        return new ArchiveObject(a.archiveId(), a.archiveLibraryId(), a.createTime(), a.updateTime(), a.sourceIds(), a.centerFeatures(),
                a.similarityDegree(), a.confidence(), covers.forOutput(a.subImages(), images), a.objectType());
    }

    /** The body as the export writes it: the cover's image carried as {@code images} asks. */
    VehicleArchiveObject forOutput(VehicleArchiveObject v, SubImageRewriter images) {
        return new VehicleArchiveObject(v.archiveId(), v.archiveLibraryId(), v.plateNo(), v.plateColor(), v.vehicleClass(), v.vehicleBrand(),
                v.vehicleModel(), v.vehicleColor(), v.vehicleStyles(), v.createTime(), v.updateTime(), v.sourceIds(), v.confidence(),
                covers.forOutput(v.subImages(), images));
    }

    /**
     * Reads the archive's members, its centres into {@code centers} and its vehicle description into {@code votes}
     * when given, in one go so that they agree.
     */
    private MemberSummary summarize(Archive a, Map<Integer, byte[]> centers, VehicleAttributes votes) {
        MemberSummary summary = new MemberSummary(a.coverRecordId());
        db.snapshot(c -> {
            // the source IDs come from the index; of a person's members' objects only the cover's is read
            for (String source : Records.sourceIdsOf(c, a.id())) summary.sourceId(source);
            // a vehicle's description: seven fields of each member's object
            if (votes != null) Records.rawsOf(c, a.id(), ObjectType.MOTOR_VEHICLE, (id, raw) -> votes.add(objects.fields(id, raw, VehicleAttributes.FIELDS)));
            Optional<ObjectRecord> own = a.coverRecordId() == null ? Optional.empty()
                    : Records.byId(c, a.coverRecordId()).filter(r -> a.id().equals(r.archiveId()));
            if (own.isPresent()) {
                summary.considerCover(own.get());
            } else {
                Records.forEach(c, "WHERE archive_id=? ORDER BY object_type, id", List.of(a.id()), summary::considerCover);
            }
            if (summary.cover() != null) {
                String id = summary.cover().id();
                summary.coverObject(objects.read(id, Records.raw(c, id).orElseThrow()));
            }
            if (centers != null) centers.putAll(Archives.centers(c, a.id()));
            return null;
        });
        return summary;
    }

    /** Case times are wall-clock times; {@link CaseTime} is the one authority on how they are stored. */
    static LocalDateTime time(long caseTime) {
        return LocalDateTime.parse(CaseTime.format(caseTime), CaseTime.FORMAT);
    }
}
