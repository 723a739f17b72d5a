package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional {@code manifest.json} at the batch root: the batch's ID, kind and source, and its bulk feature files.
 * A batch without one is a captures batch with no feature files. A manifest that cannot be read makes the batch
 * unreadable: its {@code Kind} decides whether persons are filed as captures or as the gallery, so it is never guessed.
 */
record Manifest(String batchId, String kind, String source, String createTime, List<FeatureFileSpec> featureFiles) {
    static final String FILE = "manifest.json";
    static final String CAPTURES = "Captures";
    static final String GALLERY = "Gallery";
    static final Manifest NONE = new Manifest(null, CAPTURES, null, null, List.of());

    /** One entry of {@code FeatureFiles}; {@code number} is its 1-based place in the list, for messages. */
    record FeatureFileSpec(int number, String objectType, String vendor, String algorithm, String path, String ids) {}

    boolean gallery() {
        return GALLERY.equals(kind);
    }

    static Manifest read(BatchSource source, BodyJson json) {
        Optional<BatchSource.Entry> entry = source.find(FILE);
        if (entry.isEmpty()) return NONE;
        JsonNode root;
        try {
            try (InputStream in = source.open(entry.get())) {
                long bad = Utf8Text.firstInvalidByte(in);
                if (bad >= 0) {
                    throw unreadable("is not UTF-8 (invalid byte at offset " + bad + "); convert it to UTF-8");
                }
            }
            try (InputStream in = Utf8Text.withoutByteOrderMark(source.open(entry.get()));
                 JsonParser p = json.parser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                root = json.readTree(p);
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw unreadable("is not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + " (" + e.getOriginalMessage() + "); repair it");
        } catch (IOException e) {
            throw unreadable("cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) throw unreadable("does not hold a JSON object; repair it");
        ObjectFields f = new ObjectFields(root);
        String kind = f.text("Kind");
        if (kind == null || kind.equalsIgnoreCase(CAPTURES)) kind = CAPTURES;
        else if (kind.equalsIgnoreCase(GALLERY)) kind = GALLERY;
        else throw unreadable("says \"Kind\":\"" + kind + "\"; it must be \"Captures\" or \"Gallery\". Correct it");
        JsonNode files = root.get("FeatureFiles");
        if (files != null && !files.isNull() && !files.isArray()) throw unreadable("has FeatureFiles that is not a list; correct it");
        List<FeatureFileSpec> specs = new ArrayList<>();
        if (files != null) {
            int n = 0;
            for (JsonNode ff : files) {
                ObjectFields x = new ObjectFields(ff);
                specs.add(new FeatureFileSpec(++n, x.text("ObjectType"), x.text("Vendor"), x.text("AlgorithmVersion"), x.text("Path"), x.text("IDs")));
            }
        }
        return new Manifest(f.text("BatchID"), kind, f.text("Source"), f.text("CreateTime"), List.copyOf(specs));
    }

    private static BatchUnreadableException unreadable(String what) {
        return new BatchUnreadableException("The batch's " + FILE + " " + what + ", or remove it, and import the batch again. Nothing was imported.");
    }
}
