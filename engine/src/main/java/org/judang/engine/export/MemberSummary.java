package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.model.ObjectRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What an archive's basic information needs from its members: their source IDs and the cover record with its
 * object. Only the cover's object is kept, so memory stays small whatever the archive's size.
 */
final class MemberSummary {
    private final String coverRecordId;
    /** In the order given; {@link #sorted} says whether that is already Java's order without repeats. */
    private final List<String> sourceIds = new ArrayList<>();
    private boolean sorted = true;
    private ObjectRecord cover;
    private JsonNode coverObject;
    private boolean coverChosen;

    MemberSummary(String coverRecordId) {
        this.coverRecordId = coverRecordId;
    }

    /**
     * Takes a member's source ID (blank ones are left out). They usually come sorted and distinct, from an index: then
     * they are only checked, not sorted again (a large archive lists thousands).
     */
    void sourceId(String sourceId) {
        if (sourceId == null || sourceId.isBlank()) return;
        if (sorted && !sourceIds.isEmpty() && sourceIds.get(sourceIds.size() - 1).compareTo(sourceId) >= 0) sorted = false;
        sourceIds.add(sourceId);
    }

    /** The cover's object as imported, once {@link #considerCover} has found the cover. */
    void coverObject(JsonNode object) {
        this.coverObject = object;
    }

    /** Distinct source IDs, sorted; null when no member names one. */
    List<String> sourceIds() {
        if (sourceIds.isEmpty()) return null;
        return sorted ? new ArrayList<>(sourceIds) : new ArrayList<>(new TreeSet<>(sourceIds));
    }

    /** The cover record, or null when the archive has no member to show. */
    ObjectRecord cover() { return cover; }

    /** The cover record's object as imported. */
    JsonNode coverObject() { return coverObject; }

    /**
     * Offers a member as the cover, in member order: the archive's own cover when it is a member; otherwise (no cover
     * chosen yet, or it left the archive) the best-quality member with a crop, the first one on a tie.
     */
    void considerCover(ObjectRecord record) {
        if (coverChosen) return;
        if (record.id().equals(coverRecordId)) {
            coverChosen = true;
        } else if (record.cropImage() == null || (cover != null && cover.quality() >= record.quality())) {
            return;
        }
        cover = record;
    }
}
