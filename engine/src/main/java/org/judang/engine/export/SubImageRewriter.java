package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.StoredObjectFields;
import org.judang.engine.store.ImageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Gives the sub-images of an object their image back as the export's {@link ImageMode} asks, and takes out what only
 * the workstation uses.
 * <p>A sub-image is any element of a {@code SubImageInfoObject} list, and any object carrying
 * {@link StoredObjectFields#IMAGE_KEY}. Its key is always removed. When the stored image exists: INLINE sets
 * {@code Data} and drops {@code StoragePath}; FILES copies the image to {@code images/<key>} once and points
 * {@code StoragePath} there, dropping {@code Data}; NONE drops both. When it does not (never stored, or missing from
 * the case), both are dropped: a path from the original batch would point nowhere in the export.
 */
final class SubImageRewriter {
    static final String IMAGES_FOLDER = "images";
    private static final String SUB_IMAGE_LIST_ELEMENT = "SubImageInfoObject";
    private static final String DATA = "Data";
    private static final String STORAGE_PATH = "StoragePath";

    private final ImageMode mode;
    private final ImageStore store;
    private final Path exportRoot;
    private long written;

    SubImageRewriter(ImageMode mode, ImageStore store, Path exportRoot) {
        this.mode = mode;
        this.store = store;
        this.exportRoot = exportRoot;
    }

    /** Rewrites every sub-image inside {@code node}, in place. */
    void rewrite(JsonNode node) {
        rewrite(node, false);
    }

    /** Rewrites one sub-image, in place. */
    void rewriteSubImage(ObjectNode subImage) {
        String key = subImage.has(StoredObjectFields.IMAGE_KEY) ? subImage.remove(StoredObjectFields.IMAGE_KEY).asText() : null;
        Optional<Path> file = key == null ? Optional.empty() : store.file(key);
        if (file.isEmpty() || mode == ImageMode.NONE) {
            subImage.remove(List.of(DATA, STORAGE_PATH));
            return;
        }
        if (mode == ImageMode.INLINE) {
            subImage.remove(STORAGE_PATH);
            subImage.put(DATA, Base64.getEncoder().encodeToString(store.read(key)));
            written++;
        } else {
            subImage.remove(DATA);
            subImage.put(STORAGE_PATH, copyOnce(key, file.get()));
        }
    }

    /** Images written so far: see {@link ExportSummary#images()}. */
    long written() { return written; }

    private void rewrite(JsonNode node, boolean isSubImage) {
        if (node.isArray()) {
            for (JsonNode element : node) rewrite(element, isSubImage);
        } else if (node instanceof ObjectNode object) {
            if (isSubImage || object.has(StoredObjectFields.IMAGE_KEY)) rewriteSubImage(object);
            for (String field : fieldNames(object)) rewrite(object.get(field), field.equals(SUB_IMAGE_LIST_ELEMENT));
        }
    }

    /** A copy of the names, as rewriting a sub-image changes the fields of the object being walked. */
    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String copyOnce(String key, Path source) {
        String relative = IMAGES_FOLDER + "/" + key;
        Path target = exportRoot.resolve(relative);
        if (!Files.exists(target)) {
            try {
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return relative;
    }
}
