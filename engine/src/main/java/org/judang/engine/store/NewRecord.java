package org.judang.engine.store;

import org.judang.engine.model.Box;
import org.judang.engine.model.ObjectType;

import java.util.List;

/**
 * A record ready to be stored by the importer: validated, its vector already appended to its space's file.
 *
 * @param spaceId   0 when the record carries no feature
 * @param ordinal   -1 when the record carries no feature
 * @param contentHash hash of the object as received (plus its sidecar vector), to tell duplicates from conflicts
 * @param raw       the object as imported, minus inline image {@code Data} (kept in the image store)
 * @param warnings  warnings about this record, joined by newlines, or null
 */
public record NewRecord(
        String id, ObjectType type, int spaceId, long ordinal, String deviceId, Long shotTime, Box box, double quality,
        String plate, String cropImage, String sceneImage, String contentHash, String raw, long batchSeq, String warnings,
        List<Relation> relations) {

    /** A link to another object seen with this one ({@code RelatedList.RelatedObject}). */
    public record Relation(String relatedId, String relatedType) {}
}
