package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A {@code FeatureInfoObject} found in a message body: directly in the object, or in one of its sub-images, as one
 * object or a list. Only those that carry {@code FeatureData} count as features.
 *
 * @param where where it was found, for messages ("the object", "sub-image 2")
 */
record FeatureInfo(String vendor, String algorithm, String data, String where) {
    static final String KEY = "FeatureInfoObject";

    /** The object's own features first, then those of its sub-images in order. */
    static List<FeatureInfo> find(ObjectNode object, List<ObjectNode> subImages) {
        List<FeatureInfo> out = new ArrayList<>();
        collect(object, "the object", out);
        for (int i = 0; i < subImages.size(); i++) collect(subImages.get(i), "sub-image " + (i + 1), out);
        return out;
    }

    private static void collect(ObjectNode holder, String where, List<FeatureInfo> out) {
        for (ObjectNode f : new ObjectFields(holder).objects(KEY)) {
            ObjectFields x = new ObjectFields(f);
            String data = x.text("FeatureData");
            if (data != null) out.add(new FeatureInfo(x.text("Vendor"), x.text("AlgorithmVersion"), data, where));
        }
    }

    /**
     * The little-endian float32 bytes of {@code FeatureData}.
     *
     * @throws IllegalArgumentException saying why they cannot be decoded
     */
    byte[] bytes() {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FeatureData in " + where + " is not valid base64 (" + e.getMessage() + ")");
        }
        if (b.length == 0 || b.length % 4 != 0) {
            throw new IllegalArgumentException("FeatureData in " + where + " holds " + b.length + " bytes, not a whole number of float32 values");
        }
        return b;
    }
}
