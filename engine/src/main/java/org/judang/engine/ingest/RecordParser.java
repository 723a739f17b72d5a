package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.Box;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.NewRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields the workstation works with from a received object: device, time, box, quality, plate and
 * relations. It never rejects: a missing or unreadable field becomes a warning and an unknown value.
 */
final class RecordParser {
    static final int STANDARD_OBJECT_ID_LENGTH = 48;
    static final int STANDARD_DEVICE_ID_LENGTH = 20;
    private static final List<String> QUALITY_FIELDS = List.of("Quality", "FaceQuality", "QualityScore", "ImageQuality");

    /** What was read; {@code shotTime} and {@code box} are null when unknown. */
    record Parsed(String deviceId, Long shotTime, Box box, double quality, String plate, List<NewRecord.Relation> relations) {}

    private RecordParser() {}

    static Parsed parse(ObjectType type, ObjectNode object, ObjectNode cropSubImage, List<String> warnings) {
        ObjectFields f = new ObjectFields(object);
        String device = f.text("DeviceID");
        if (device == null) warnings.add("no DeviceID: the camera is unknown, so the record shows on no camera or map.");
        else if (device.length() != STANDARD_DEVICE_ID_LENGTH) {
            warnings.add("DeviceID '" + device + "' has " + device.length() + " characters, not the standard " + STANDARD_DEVICE_ID_LENGTH + ".");
        }
        Box box = box(f);
        String plate = type == ObjectType.MOTOR_VEHICLE ? PlateNumber.normalize(f.text("PlateNo")) : null;
        return new Parsed(device, time(type, f, cropSubImage, warnings), box, quality(f, box), plate, relations(f));
    }

    /**
     * The first present of the type's time fields, else the crop's ShotTime. A present value that is not a valid time
     * is not replaced by a later field: the fields are not equivalent (appear time is not shot time), so the time is
     * left unknown and the user is told.
     */
    private static Long time(ObjectType type, ObjectFields f, ObjectNode cropSubImage, List<String> warnings) {
        String field = null, value = null;
        for (String candidate : type.timeFields()) {
            value = f.text(candidate);
            if (value != null) {
                field = candidate;
                break;
            }
        }
        if (value == null && cropSubImage != null) {
            value = new ObjectFields(cropSubImage).text("ShotTime");
            field = "the sub-image's ShotTime";
        }
        if (value == null) {
            warnings.add("no time: none of " + String.join(", ", type.timeFields()) + " or the sub-image's ShotTime is given; the time is unknown.");
            return null;
        }
        Optional<Long> t = CaseTime.parse(value);
        if (t.isEmpty()) warnings.add("no time: " + field + " '" + value + "' is not yyyyMMddHHmmss; the time is unknown.");
        return t.orElse(null);
    }

    private static Box box(ObjectFields f) {
        Double x1 = f.number("LeftTopX"), y1 = f.number("LeftTopY"), x2 = f.number("RightBtmX"), y2 = f.number("RightBtmY");
        if (x1 == null || y1 == null || x2 == null || y2 == null) return null;
        return new Box((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }

    /**
     * An explicit quality field (0..1, or a percentage when above 1); else a guess from the box size, since larger crops
     * recognise better (a 112-pixel face is as good as the box can say); else a low default.
     */
    static double quality(ObjectFields f, Box box) {
        for (String field : QUALITY_FIELDS) {
            Double q = f.number(field);
            if (q == null || !Double.isFinite(q)) continue;
            double v = q > 1 ? q / 100.0 : q;
            return Math.max(0, Math.min(1, v));
        }
        if (box != null) return Math.min(1.0, Math.min(box.width(), box.height()) / 112.0) * 0.8;
        return 0.3;
    }

    private static List<NewRecord.Relation> relations(ObjectFields f) {
        List<NewRecord.Relation> out = new ArrayList<>();
        for (ObjectNode r : f.list("RelatedList", "RelatedObject")) {
            ObjectFields x = new ObjectFields(r);
            String id = x.text("RelatedID");
            if (id != null) out.add(new NewRecord.Relation(id, x.text("RelatedType")));
        }
        return out;
    }
}
