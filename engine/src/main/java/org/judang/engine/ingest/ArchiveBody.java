package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.StoredObjectFields;

import java.util.List;
import java.util.Optional;

/**
 * An archive's basic information as an export package gives it ({@code ArchiveObject} or {@code VehicleArchiveObject}),
 * read tolerantly: codes and numbers as text or numbers, times as {@code yyyyMMddHHmmss}.
 *
 * @param objectType the type of an object archive's members ({@code ObjectType}); null for person and vehicle archives
 * @param createTime case time, null when absent or unreadable
 * @param coverKey   the stored image of its cover (the package's image, taken in when the body was read), or null
 */
record ArchiveBody(String archiveId, ArchiveKind kind, ObjectType objectType, Long createTime, Long updateTime, Double similarityDegree,
                   Double confidence, String plate, List<FeatureInfo> centres, String coverKey, String coverImageId) {
    static final String OBJECT_TYPE = "ObjectType";

    /** Reads a staged body. */
    static ArchiveBody of(ObjectNode body, ArchiveKind kind) {
        ObjectFields f = new ObjectFields(body);
        List<ObjectNode> covers = f.list("SubImageList", "SubImageInfoObject");
        ObjectFields cover = covers.isEmpty() ? null : new ObjectFields(covers.get(0));
        List<FeatureInfo> centres = new java.util.ArrayList<>();
        List<ObjectNode> features = f.list("CenterFeatureList", FeatureInfo.KEY);
        for (int i = 0; i < features.size(); i++) {
            ObjectFields x = new ObjectFields(features.get(i));
            if (x.text("FeatureData") != null) centres.add(new FeatureInfo(x.text("Vendor"), x.text("AlgorithmVersion"), x.text("FeatureData"), "centre " + (i + 1)));
        }
        return new ArchiveBody(f.text(SubjectReader.ARCHIVE_ID), kind, kind == ArchiveKind.OBJECT ? objectType(body).orElse(null) : null,
                time(f, "CreateTime"), time(f, "UpdateTime"), f.number("Similaritydegree"), f.number("Confidence"),
                kind == ArchiveKind.VEHICLE ? f.text("PlateNo") : null, centres,
                cover == null ? null : cover.text(StoredObjectFields.IMAGE_KEY), cover == null ? null : cover.text("ImageID"));
    }

    /**
     * The kind of archive an {@code ArchiveObject} is: a person's without {@code ObjectType}, an object archive with
     * {@code THING} or {@code NON_MOTOR_VEHICLE}; empty for any other type, which no {@code ArchiveObject} has.
     */
    static Optional<ArchiveKind> kindOf(ObjectNode archiveObject) {
        if (new ObjectFields(archiveObject).text(OBJECT_TYPE) == null) return Optional.of(ArchiveKind.PERSON);
        return objectType(archiveObject).map(t -> ArchiveKind.OBJECT);
    }

    private static Optional<ObjectType> objectType(ObjectNode body) {
        return ObjectType.parse(new ObjectFields(body).text(OBJECT_TYPE)).filter(t -> t.archiveKind() == ArchiveKind.OBJECT);
    }

    /** Whether an object of this type can be a member of this archive. */
    boolean admits(ObjectType type) {
        return type.archiveKind() == kind && (objectType == null || objectType == type);
    }

    private static Long time(ObjectFields f, String field) {
        String t = f.text(field);
        return t == null ? null : CaseTime.parse(t).orElse(null);
    }
}
