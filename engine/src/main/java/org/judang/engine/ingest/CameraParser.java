package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.model.Camera;

import java.util.List;

/** Reads a camera from an {@code APEObject}: {@code ApeID}, {@code Name}, {@code Longitude}, {@code Latitude}, {@code PlaceCode}. */
final class CameraParser {
    private CameraParser() {}

    /** The camera, or null when the object has no {@code ApeID}; bad coordinates become a warning and NaN. */
    static Camera parse(JsonNode ape, List<String> warnings) {
        ObjectFields f = new ObjectFields(ape);
        String id = f.text("ApeID");
        if (id == null) return null;
        if (id.length() != RecordParser.STANDARD_DEVICE_ID_LENGTH) {
            warnings.add("ApeID '" + id + "' has " + id.length() + " characters, not the standard " + RecordParser.STANDARD_DEVICE_ID_LENGTH + ".");
        }
        double lon = coordinate(f, "Longitude", 180, warnings);
        double lat = coordinate(f, "Latitude", 90, warnings);
        return new Camera(id, f.text("Name"), lon, lat, f.text("PlaceCode"));
    }

    private static double coordinate(ObjectFields f, String field, double limit, List<String> warnings) {
        if (!f.has(field)) return Double.NaN;
        Double v = f.number(field);
        if (v == null || !Double.isFinite(v) || Math.abs(v) > limit) {
            warnings.add(field + " '" + f.node().get(field).asText() + "' is not a coordinate (-" + (int) limit + " to " + (int) limit
                    + " degrees); the camera is not placed on the map.");
            return Double.NaN;
        }
        return v;
    }
}
