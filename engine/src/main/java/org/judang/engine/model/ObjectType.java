package org.judang.engine.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of video object of GA/T 2350.5 3.1, with the GA/T 1400.4 names their message bodies use.
 */
public enum ObjectType {
    FACE("FaceListObject", "FaceObject", "FaceID",
            List.of("FaceAppearTime", "ShotTime", "LocationMarkTime"), List.of("11"), "FaceIDList", "FaceObjectList", ArchiveKind.PERSON),
    PERSON("PersonListObject", "PersonObject", "PersonID",
            List.of("PersonAppearTime", "ShotTime", "LocationMarkTime"), List.of("10"), "PersonIDList", "PersonObjectList", ArchiveKind.PERSON),
    MOTOR_VEHICLE("MotorVehicleListObject", "MotorVehicleObject", "MotorVehicleID",
            List.of("PassTime", "ShotTime"), List.of("09", "01"), "MotorVehicleIDList", "MotorVehicleObjectList", ArchiveKind.VEHICLE),
    NON_MOTOR_VEHICLE("NonMotorVehicleListObject", "NonMotorVehicleObject", "NonMotorVehicleID",
            List.of("AppearTime", "ShotTime"), List.of("12"), "NonMotorVehicleIDList", "NonMotorVehicleObjectList", ArchiveKind.OBJECT),
    THING("ThingListObject", "ThingObject", "ThingID",
            List.of("AppearTime", "ShotTime"), List.of("13"), "ThingIDList", "ThingObjectList", ArchiveKind.OBJECT);

    private final String listKey;
    private final String elementKey;
    private final String idField;
    private final List<String> timeFields;
    private final List<String> cropImageTypes;
    private final String subjectIdListKey;
    private final String subjectObjectListKey;
    private final ArchiveKind archiveKind;

    ObjectType(String listKey, String elementKey, String idField, List<String> timeFields, List<String> cropImageTypes,
               String subjectIdListKey, String subjectObjectListKey, ArchiveKind archiveKind) {
        this.listKey = listKey;
        this.elementKey = elementKey;
        this.idField = idField;
        this.timeFields = timeFields;
        this.cropImageTypes = cropImageTypes;
        this.subjectIdListKey = subjectIdListKey;
        this.subjectObjectListKey = subjectObjectListKey;
        this.archiveKind = archiveKind;
    }

    /** GA/T 1400 list wrapper, e.g. {@code FaceListObject}. */
    public String listKey() { return listKey; }
    /** GA/T 1400 element key inside the wrapper, e.g. {@code FaceObject}. */
    public String elementKey() { return elementKey; }
    /** Field holding the object's ID, e.g. {@code FaceID}. */
    public String idField() { return idField; }
    /** Object-level time fields in priority order; the first present wins, then the sub-image {@code ShotTime}. */
    public List<String> timeFields() { return timeFields; }
    /** Sub-image {@code Type} codes that denote this object's crop. */
    public List<String> cropImageTypes() { return cropImageTypes; }
    /** Key of this type's ID list in an {@code ArchiveSubjectObject}. */
    public String subjectIdListKey() { return subjectIdListKey; }
    /** Key of this type's full-object list in an {@code ArchiveSubjectObject}. */
    public String subjectObjectListKey() { return subjectObjectListKey; }
    /** The kind of archive records of this type belong to. */
    public ArchiveKind archiveKind() { return archiveKind; }

    public static Optional<ObjectType> byListKey(String key) {
        for (ObjectType t : values()) if (t.listKey.equals(key)) return Optional.of(t);
        return Optional.empty();
    }

    public static Optional<ObjectType> byElementKey(String key) {
        for (ObjectType t : values()) if (t.elementKey.equals(key)) return Optional.of(t);
        return Optional.empty();
    }

    /** Parses {@code FACE}, {@code face}, {@code MotorVehicle}, {@code MOTOR_VEHICLE}, ... */
    public static Optional<ObjectType> parse(String s) {
        if (s == null) return Optional.empty();
        String norm = s.trim().replace("-", "_").toUpperCase(Locale.ROOT);
        for (ObjectType t : values()) {
            if (t.name().equals(norm) || t.name().replace("_", "").equals(norm.replace("_", ""))) return Optional.of(t);
        }
        return Optional.empty();
    }
}
