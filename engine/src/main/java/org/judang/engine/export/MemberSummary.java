package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an archive's basic information needs from its members, gathered in one pass over them: their source IDs, the
 * vehicle they describe, and the cover record. Only the cover's object is kept, so memory stays small whatever the
 * archive's size.
 */
final class MemberSummary {
    private final String coverRecordId;
    private final SortedSet<String> sourceIds = new TreeSet<>();
    private final VehicleAttributes vehicle = new VehicleAttributes();
    private ObjectRecord cover;
    private JsonNode coverObject;
    private boolean coverChosen;

    MemberSummary(String coverRecordId) {
        this.coverRecordId = coverRecordId;
    }

    /** Takes one member, in member order. */
    void add(ObjectRecord record, JsonNode object) {
        JsonNode source = object.get("SourceID");
        sourceId(source != null && source.isValueNode() ? source.asText() : null);
        if (record.type() == ObjectType.MOTOR_VEHICLE) vehicle.add(object);
        considerCover(record, object);
    }

    /**
     * Takes a member's source ID alone, for members whose objects are not needed (they are not motor vehicles); their
     * cover is then found by {@link #considerCover} and its object given by {@link #coverObject(JsonNode)}.
     */
    void sourceId(String sourceId) {
        if (sourceId != null && !sourceId.isBlank()) sourceIds.add(sourceId);
    }

    /** The cover's object, when members were taken without theirs. */
    void coverObject(JsonNode object) {
        this.coverObject = object;
    }

    /** Distinct source IDs, sorted; null when no member names one. */
    List<String> sourceIds() {
        return sourceIds.isEmpty() ? null : new ArrayList<>(sourceIds);
    }

    VehicleAttributes vehicle() { return vehicle; }

    /** The cover record, or null when the archive has no member to show. */
    ObjectRecord cover() { return cover; }

    /** The cover record's object as imported. */
    JsonNode coverObject() { return coverObject; }

    /**
     * Offers a member as the cover, in member order: the archive's own cover when it is a member; otherwise (no cover
     * chosen yet, or it left the archive) the best-quality member with a crop, the first one on a tie.
     */
    void considerCover(ObjectRecord record, JsonNode object) {
        if (coverChosen) return;
        if (record.id().equals(coverRecordId)) {
            coverChosen = true;
        } else if (record.cropImage() == null || (cover != null && cover.quality() >= record.quality())) {
            return;
        }
        cover = record;
        coverObject = object;
    }
}
