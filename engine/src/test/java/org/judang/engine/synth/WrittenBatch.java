package org.judang.engine.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;

/**
 * A generated batch read back the way an importer reads it — message bodies in either form, features inline or from
 * the sidecars — with each record's truth label, so that tests can state what a user of the data would see.
 */
final class WrittenBatch {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One capture record as written. */
    record Record(ObjectType type, String id, JsonNode json, float[] feature, String label) {
        String device() { return json.get("DeviceID").asText(); }
        long time() { return CaseTime.parse(json.get(type.timeFields().get(0)).asText()).orElseThrow(); }
        double quality() { return json.get("Quality").asDouble(); }
        String text(String field) { return json.has(field) ? json.get(field).asText() : null; }
        JsonNode crop() { return json.get("SubImageList").get("SubImageInfoObject").get(0); }
    }

    final Path root;
    final Path captures;
    final JsonNode manifest;
    final JsonNode cameras;
    final Map<String, String> truth;
    final List<Record> records;
    /** Message-body file names found in the captures folder, e.g. {@code faces.json}. */
    final List<String> messageFiles;

    private WrittenBatch(Path root) throws IOException {
        this.root = root;
        this.captures = root.resolve("captures");
        manifest = JSON.readTree(captures.resolve("manifest.json").toFile());
        cameras = JSON.readTree(captures.resolve("cameras.json").toFile());
        truth = readTsv(root.resolve("truth.tsv"));
        Map<String, float[]> sidecar = new HashMap<>();
        for (JsonNode f : manifest.path("FeatureFiles")) {
            NpyFile npy = NpyFile.read(captures.resolve(f.get("Path").asText()));
            List<String> ids = Files.readAllLines(captures.resolve(f.get("IDs").asText()), StandardCharsets.UTF_8);
            if (ids.size() != npy.rows()) throw new IOException(f + ": " + ids.size() + " IDs for " + npy.rows() + " rows");
            for (int i = 0; i < ids.size(); i++) sidecar.put(ids.get(i), npy.row(i));
        }
        records = new ArrayList<>();
        messageFiles = new ArrayList<>();
        for (ObjectType type : ObjectType.values()) {
            String stem = BatchWriter.fileName(type);
            Path json = captures.resolve(stem + ".json"), lines = captures.resolve(stem + ".jsonl");
            List<JsonNode> elements = new ArrayList<>();
            if (Files.exists(json)) {
                messageFiles.add(stem + ".json");
                JSON.readTree(json.toFile()).get(type.listKey()).get(type.elementKey()).forEach(elements::add);
            }
            if (Files.exists(lines)) {
                messageFiles.add(stem + ".jsonl");
                try (BufferedReader r = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        JsonNode wrapped = JSON.readTree(line);
                        if (wrapped.size() != 1 || !wrapped.has(type.elementKey())) {
                            throw new IOException(lines + ": line not wrapped in " + type.elementKey());
                        }
                        elements.add(wrapped.get(type.elementKey()));
                    }
                }
            }
            for (JsonNode e : elements) {
                String id = e.get(type.idField()).asText();
                JsonNode inline = e.path("SubImageList").path("SubImageInfoObject").path(0).path("FeatureInfoObject").path("FeatureData");
                float[] feature = inline.isMissingNode() ? sidecar.get(id) : Vectors.fromBytes(Base64.getDecoder().decode(inline.asText()));
                records.add(new Record(type, id, e, feature, truth.get(id)));
            }
        }
    }

    static WrittenBatch read(Path outDir) {
        try {
            return new WrittenBatch(outDir);
        } catch (IOException e) {
            throw new AssertionError("cannot read the batch in " + outDir + ": " + e.getMessage(), e);
        }
    }

    List<Record> records(ObjectType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }

    Map<String, List<Record>> byLabel(ObjectType type) {
        return records(type).stream().collect(Collectors.groupingBy(Record::label, LinkedHashMap::new, Collectors.toList()));
    }

    static Map<String, String> readTsv(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IOException(file + ": not 'id<TAB>label': " + line);
            if (map.put(parts[0], parts[1]) != null) throw new IOException(file + ": " + parts[0] + " twice");
        }
        return map;
    }

    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }
}
