package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.message.SubImageInfoObject;
import org.judang.engine.message.SubImageList;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.StoredObjectFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An archive's {@code SubImageList}: its cover record's crop, described by the crop's own sub-image (ID, type,
 * format, time, size). It is made naming the stored image by its key, which says what the image is whatever the
 * export's image mode; {@link #forOutput} then carries the image as the mode asks.
 */
final class CoverImages {
    private static final List<String> DESCRIPTIVE_FIELDS = List.of("ImageID", "Type", "FileFormat", "ShotTime", "Width", "Height");
    private static final Map<String, String> FILE_FORMATS = Map.of("jpg", "Jpeg", "jpeg", "Jpeg", "png", "Png", "bmp", "Bmp", "gif", "Gif");

    private final ObjectMapper mapper;

    CoverImages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The cover list naming its stored image by key, or null when the record has no crop to show. */
    SubImageList of(ObjectRecord record, JsonNode object) {
        if (record == null) return null;
        ObjectNode crop = cropSubImage(record, object);
        String key = record.cropImage() != null ? record.cropImage()
                : crop != null && crop.hasNonNull(StoredObjectFields.IMAGE_KEY) ? crop.get(StoredObjectFields.IMAGE_KEY).asText() : null;
        if (crop == null && key == null) return null;

        ObjectNode cover = mapper.createObjectNode();
        if (crop != null) {
            for (String field : DESCRIPTIVE_FIELDS) if (crop.hasNonNull(field)) cover.set(field, crop.get(field));
        }
        if (!cover.has("Type")) cover.put("Type", record.type().cropImageTypes().get(0));
        if (!cover.has("FileFormat") && key != null) {
            String format = FILE_FORMATS.get(key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
            if (format != null) cover.put("FileFormat", format);
        }
        if (key != null) cover.put(StoredObjectFields.IMAGE_KEY, key);
        return new SubImageList(List.of(mapper.convertValue(cover, SubImageInfoObject.class)));
    }

    /** The cover list as the export writes it: each image inline, as a file or left out, and no stored key. */
    SubImageList forOutput(SubImageList covers, SubImageRewriter images) {
        if (covers == null) return null;
        List<SubImageInfoObject> out = new ArrayList<>();
        for (SubImageInfoObject cover : covers.images()) {
            ObjectNode node = mapper.valueToTree(cover);
            images.rewriteSubImage(node);
            out.add(mapper.convertValue(node, SubImageInfoObject.class));
        }
        return new SubImageList(out);
    }

    /** The sub-image holding the record's crop: the one stored under its crop key, else one of its type, else the first. */
    private static ObjectNode cropSubImage(ObjectRecord record, JsonNode object) {
        List<ObjectNode> subImages = subImages(object);
        for (ObjectNode s : subImages) {
            if (record.cropImage() != null && record.cropImage().equals(s.path(StoredObjectFields.IMAGE_KEY).asText(null))) return s;
        }
        for (ObjectNode s : subImages) {
            if (record.type().cropImageTypes().contains(s.path("Type").asText())) return s;
        }
        return subImages.isEmpty() ? null : subImages.get(0);
    }

    /** The object's {@code SubImageInfoObject}s, whether sent as a list or as a single object. */
    private static List<ObjectNode> subImages(JsonNode object) {
        JsonNode list = object.path("SubImageList").path("SubImageInfoObject");
        List<ObjectNode> out = new ArrayList<>();
        if (list instanceof ObjectNode single) out.add(single);
        for (JsonNode s : list) if (list.isArray() && s instanceof ObjectNode o) out.add(o);
        return out;
    }
}
