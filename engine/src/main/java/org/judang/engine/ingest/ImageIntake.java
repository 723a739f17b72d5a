package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.StoredObjectFields;
import org.judang.engine.store.ImageStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Takes a record's sub-images into the case's image store, from inline {@code Data} (base64) or from a
 * {@code StoragePath} inside the batch. Each stored sub-image loses its {@code Data} and gains
 * {@link StoredObjectFields#IMAGE_KEY}, so the raw object keeps every image without holding its bytes. An image that
 * cannot be stored never rejects its record: the record is kept and flagged.
 */
final class ImageIntake {
    static final String SCENE_TYPE = "14";

    /** Image keys of the record's crop and scene, either null when not stored. */
    record Stored(String crop, String scene) {}

    private final BatchSource source;
    private final ImageStore images;
    private final IngestLimits limits;

    ImageIntake(BatchSource source, ImageStore images, IngestLimits limits) {
        this.source = source;
        this.images = images;
        this.limits = limits;
    }

    static List<ObjectNode> subImages(ObjectNode object) {
        return new ObjectFields(object).list("SubImageList", "SubImageInfoObject");
    }

    /**
     * Why a sub-image's {@code StoragePath} is refused (it points outside the batch), or null when all stay inside.
     * Checked on every sub-image, even one whose image comes from {@code Data}: a batch that points outside itself was
     * not written for offline import, and its sender should know.
     */
    static String refusedPath(List<ObjectNode> subImages) {
        for (int i = 0; i < subImages.size(); i++) {
            String path = new ObjectFields(subImages.get(i)).text("StoragePath");
            if (path == null) continue;
            RelativePath rel = RelativePath.parse(path);
            if (rel.refused()) {
                return "StoragePath '" + path + "' of sub-image " + (i + 1) + " " + rel.problem()
                        + "; only image files inside the batch are read. Put the image in the batch and give its path relative to the batch root.";
            }
        }
        return null;
    }

    /** The crop: the sub-image whose Type is the object's, else the first; -1 when there is none. */
    static int cropIndex(ObjectType type, List<ObjectNode> subImages) {
        for (int i = 0; i < subImages.size(); i++) if (type.cropImageTypes().contains(typeCode(subImages.get(i)))) return i;
        return subImages.isEmpty() ? -1 : 0;
    }

    static int sceneIndex(List<ObjectNode> subImages) {
        for (int i = 0; i < subImages.size(); i++) if (SCENE_TYPE.equals(typeCode(subImages.get(i)))) return i;
        return -1;
    }

    /** The two-digit image type code; {@code 11} and {@code "11"} and {@code "011"} are alike. */
    static String typeCode(ObjectNode subImage) {
        String t = new ObjectFields(subImage).text("Type");
        if (t == null) return null;
        if (t.chars().allMatch(Character::isDigit)) {
            String digits = t.replaceFirst("^0+(?=\\d\\d)", "");
            return digits.length() == 1 ? "0" + digits : digits;
        }
        return t;
    }

    /** Stores every sub-image that has an image, adding a warning for each that could not be stored. */
    Stored store(ObjectType type, List<ObjectNode> subImages, List<String> warnings) {
        if (subImages.isEmpty()) {
            warnings.add("no image: the object has no sub-image (SubImageList), so it has no crop to show.");
            return new Stored(null, null);
        }
        int crop = cropIndex(type, subImages), scene = sceneIndex(subImages);
        String cropKey = null, sceneKey = null;
        for (int i = 0; i < subImages.size(); i++) {
            ObjectNode sub = subImages.get(i);
            String what = "sub-image " + (i + 1);
            String key;
            try {
                Optional<byte[]> bytes = load(sub, what);
                if (bytes.isEmpty()) {
                    if (i == crop) warnings.add("no image: " + what + " has neither Data nor StoragePath.");
                    continue;
                }
                String ext = ImageStore.sniffExtension(bytes.get()).orElseThrow(() -> new IllegalArgumentException(
                        "the image of " + what + " is not a JPEG, PNG, BMP or GIF image"));
                key = images.put(bytes.get(), ext);
            } catch (IllegalArgumentException e) {
                warnings.add((i == crop ? "no image: " : i == scene ? "no scene image: " : what + " not stored: ") + e.getMessage() + ".");
                continue;
            }
            sub.remove("Data");
            sub.put(StoredObjectFields.IMAGE_KEY, key);
            if (i == crop) cropKey = key;
            if (i == scene) sceneKey = key;
        }
        return new Stored(cropKey, sceneKey);
    }

    /** The image bytes of a sub-image, or empty when it names none; IllegalArgumentException says why they cannot be had. */
    private Optional<byte[]> load(ObjectNode sub, String what) {
        return load(sub, what, limits, rel -> source.find(rel).map(entry -> new ImageFile(entry.size(), () -> source.open(entry))));
    }

    /** An image file a {@code StoragePath} names: its size, and how to read it. */
    record ImageFile(long size, Opener opener) {}

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * The image bytes of a sub-image, from its inline {@code Data} or from the file its {@code StoragePath} names
     * ({@code files} finds it by its path relative to the batch root); empty when it names none.
     *
     * @throws IllegalArgumentException saying why they cannot be had
     */
    static Optional<byte[]> load(ObjectNode sub, String what, IngestLimits limits, java.util.function.Function<String, Optional<ImageFile>> files) {
        ObjectFields f = new ObjectFields(sub);
        if (f.has("Data")) {
            String data = sub.get("Data").asText();
            int comma = data.indexOf(',');
            if (data.startsWith("data:") && comma > 0) data = data.substring(comma + 1); // a data URI
            data = data.replaceAll("\\s", "");
            if ((long) data.length() / 4 * 3 > limits.maxImageBytes()) {
                throw new IllegalArgumentException("the Data of " + what + " is over " + limits.maxImageBytes() / IngestLimits.MB + " MB");
            }
            try {
                return Optional.of(Base64.getDecoder().decode(data));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the Data of " + what + " is not valid base64 (" + e.getMessage() + ")");
            }
        }
        String path = f.text("StoragePath");
        if (path == null) return Optional.empty();
        RelativePath parsed = RelativePath.parse(path);
        if (parsed.refused()) throw new IllegalArgumentException("the StoragePath '" + path + "' of " + what + " " + parsed.problem());
        String rel = parsed.value();
        ImageFile entry = files.apply(rel).orElseThrow(() -> new IllegalArgumentException(
                "the image file " + rel + " of " + what + " is not in the batch"));
        if (entry.size() > limits.maxImageBytes()) {
            throw new IllegalArgumentException("the image file " + rel + " is " + entry.size() / IngestLimits.MB + " MB, over the "
                    + limits.maxImageBytes() / IngestLimits.MB + " MB limit");
        }
        try (InputStream in = entry.opener().open()) {
            return Optional.of(in.readNBytes((int) limits.maxImageBytes() + 1));
        } catch (IOException e) {
            throw new IllegalArgumentException("the image file " + rel + " cannot be read (" + e.getMessage() + ")");
        }
    }
}
