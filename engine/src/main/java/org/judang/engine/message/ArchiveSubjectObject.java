package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.model.ObjectType;

import java.util.List;
import java.util.Map;

/**
 * B.5 {@code ArchiveSubjectObject}: an archive's details (明细信息), the IDs of its member records per type and, in
 * full detail, the GA/T 1400 objects themselves as imported.
 * <p>One extension: the standard has no list for things, so thing archives carry {@code ThingIDList} and
 * {@code ThingObjectList} {@code {"ThingObject":[…]}}, named like the others. Gaits are read and written but the
 * workstation stores none. A type with no members is absent, not an empty list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ArchiveID", "PersonIDList", "FaceIDList", "GaitIDList", "MotorVehicleIDList", "NonMotorVehicleIDList", "ThingIDList",
        "PersonObjectList", "FaceObjectList", "GaitObjectList", "MotorVehicleObjectList", "NonMotorVehicleObjectList", "ThingObjectList"})
public record ArchiveSubjectObject(
        @JsonProperty(ARCHIVE_ID) String archiveId,
        @JsonProperty("PersonIDList") List<String> personIds,
        @JsonProperty("FaceIDList") List<String> faceIds,
        @JsonProperty("GaitIDList") List<String> gaitIds,
        @JsonProperty("MotorVehicleIDList") List<String> motorVehicleIds,
        @JsonProperty("NonMotorVehicleIDList") List<String> nonMotorVehicleIds,
        @JsonProperty("ThingIDList") List<String> thingIds,
        @JsonProperty("PersonObjectList") PersonObjectList personObjects,
        @JsonProperty("FaceObjectList") FaceObjectList faceObjects,
        @JsonProperty("GaitObjectList") GaitObjectList gaitObjects,
        @JsonProperty("MotorVehicleObjectList") MotorVehicleObjectList motorVehicleObjects,
        @JsonProperty("NonMotorVehicleObjectList") NonMotorVehicleObjectList nonMotorVehicleObjects,
        @JsonProperty("ThingObjectList") ThingObjectList thingObjects) {

    public static final String ARCHIVE_ID = "ArchiveID";

    /**
     * Builds the details of one archive. Types missing from {@code ids} are left absent; {@code objects} may be
     * empty for an IDs-only answer ({@code ResultSubjectDetailDeclare} -1).
     */
    public static ArchiveSubjectObject of(String archiveId, Map<ObjectType, List<String>> ids, Map<ObjectType, List<JsonNode>> objects) {
        return new ArchiveSubjectObject(archiveId,
                ids.get(ObjectType.PERSON), ids.get(ObjectType.FACE), null, ids.get(ObjectType.MOTOR_VEHICLE),
                ids.get(ObjectType.NON_MOTOR_VEHICLE), ids.get(ObjectType.THING),
                wrap(objects.get(ObjectType.PERSON), PersonObjectList::new), wrap(objects.get(ObjectType.FACE), FaceObjectList::new), null,
                wrap(objects.get(ObjectType.MOTOR_VEHICLE), MotorVehicleObjectList::new),
                wrap(objects.get(ObjectType.NON_MOTOR_VEHICLE), NonMotorVehicleObjectList::new),
                wrap(objects.get(ObjectType.THING), ThingObjectList::new));
    }

    /** The member IDs of one type, or null when the archive has none. */
    public List<String> idsOf(ObjectType type) {
        return switch (type) {
            case PERSON -> personIds;
            case FACE -> faceIds;
            case MOTOR_VEHICLE -> motorVehicleIds;
            case NON_MOTOR_VEHICLE -> nonMotorVehicleIds;
            case THING -> thingIds;
        };
    }

    /** The member objects of one type, or null when absent. */
    public List<JsonNode> objectsOf(ObjectType type) {
        ObjectList list = switch (type) {
            case PERSON -> personObjects;
            case FACE -> faceObjects;
            case MOTOR_VEHICLE -> motorVehicleObjects;
            case NON_MOTOR_VEHICLE -> nonMotorVehicleObjects;
            case THING -> thingObjects;
        };
        return list == null ? null : list.objects();
    }

    private static <L> L wrap(List<JsonNode> objects, java.util.function.Function<List<JsonNode>, L> list) {
        return objects == null ? null : list.apply(objects);
    }

    /** A list of GA/T 1400 objects of one type, kept as trees so that they pass through unchanged. */
    public sealed interface ObjectList permits PersonObjectList, FaceObjectList, GaitObjectList, MotorVehicleObjectList,
            NonMotorVehicleObjectList, ThingObjectList {
        List<JsonNode> objects();
    }

    /** {@code {"PersonObject":[…]}} */
    public record PersonObjectList(@JsonProperty("PersonObject") List<JsonNode> objects) implements ObjectList {}

    /** {@code {"FaceObject":[…]}} */
    public record FaceObjectList(@JsonProperty("FaceObject") List<JsonNode> objects) implements ObjectList {}

    /** {@code {"GaitObject":[…]}} */
    public record GaitObjectList(@JsonProperty("GaitObject") List<JsonNode> objects) implements ObjectList {}

    /** {@code {"MotorVehicleObject":[…]}} */
    public record MotorVehicleObjectList(@JsonProperty("MotorVehicleObject") List<JsonNode> objects) implements ObjectList {}

    /** {@code {"NonMotorVehicleObject":[…]}} */
    public record NonMotorVehicleObjectList(@JsonProperty("NonMotorVehicleObject") List<JsonNode> objects) implements ObjectList {}

    /** {@code {"ThingObject":[…]}}: this project's extension, see the class comment. */
    public record ThingObjectList(@JsonProperty("ThingObject") List<JsonNode> objects) implements ObjectList {}
}
