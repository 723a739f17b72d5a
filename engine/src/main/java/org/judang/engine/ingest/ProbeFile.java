package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A capture from elsewhere to search the archives with (以图搜档): a GA/T 1400 message body such as a batch holds (a
 * {@code FaceListObject}, {@code PersonListObject}… or a single {@code FaceObject}…), each object with its feature
 * ({@code FeatureInfoObject}) and, where it has one, its crop (inline {@code Data} or a {@code StoragePath} beside the
 * file). The workstation computes no features from pixels: an object without a feature of one of the case's feature
 * spaces cannot be searched with, and says why.
 */
public final class ProbeFile {
    /** Larger files are refused: a probe is a few captures, not a batch. */
    public static final long MAX_BYTES = 64L << 20;

    /** One capture to search with: its feature (normalised) in a space of the case, and its crop's bytes if any. */
    public record Probe(String objectId, ObjectType type, FeatureSpace space, float[] unit, byte[] crop) {}

    /** What the file holds: the captures that can be searched with, and why others cannot. */
    public record Contents(List<Probe> probes, List<String> skipped) {}

    private ProbeFile() {}

    /**
     * Reads the captures of {@code file} whose feature belongs to one of {@code spaces}.
     *
     * @throws IllegalArgumentException naming the file (and the object) when it cannot be read or holds no capture to
     *                                  search with
     */
    public static Contents read(Path file, List<FeatureSpace> spaces) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(name + " is " + size / IngestLimits.MB + " MB; a capture to search with is at most "
                        + MAX_BYTES / IngestLimits.MB + " MB (one object or a few, not a whole batch).");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " cannot be read: " + e.getMessage(), e);
        }
        try (InputStream in = Utf8Text.withoutByteOrderMark(new ByteArrayInputStream(bytes))) {
            long bad = Utf8Text.firstInvalidByte(new ByteArrayInputStream(bytes));
            if (bad >= 0) throw new IllegalArgumentException(name + " is not UTF-8 text (byte " + bad + " is not valid UTF-8; save it as UTF-8).");
            JsonNode root;
            try {
                root = new BodyJson(IngestLimits.DEFAULT).readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                throw new IllegalArgumentException(name + " is not valid JSON" + at + ": " + e.getOriginalMessage());
            }
            return contents(name, root, file.toAbsolutePath().getParent(), spaces);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Contents contents(String name, JsonNode root, Path folder, List<FeatureSpace> spaces) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException(name + " holds no JSON object.");
        List<ObjectNode> objects = new ArrayList<>();
        List<ObjectType> types = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Optional<BodyList> list = BodyList.byListKey(e.getKey());
            Optional<BodyList> element = BodyList.byElementKey(e.getKey());
            ObjectType type = list.or(() -> element).map(BodyList::type).orElse(null);
            if (type == null) continue;
            List<ObjectNode> found = list.isPresent() ? new ObjectFields((ObjectNode) root).list(e.getKey(), type.elementKey())
                    : e.getValue().isObject() ? List.of((ObjectNode) e.getValue()) : List.of();
            for (ObjectNode o : found) {
                objects.add(o);
                types.add(type);
            }
        }
        if (objects.isEmpty()) {
            throw new IllegalArgumentException(name + " holds no capture: expected one of " + listKeys() + " (as in a batch), or a single "
                    + elementKeys() + ".");
        }
        List<Probe> probes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode o = objects.get(i);
            ObjectType type = types.get(i);
            String id = Optional.ofNullable(new ObjectFields(o).text(type.idField())).orElse(type.elementKey() + " " + (i + 1));
            List<ObjectNode> subImages = ImageIntake.subImages(o);
            List<FeatureInfo> features = FeatureInfo.find(o, subImages);
            if (features.isEmpty()) {
                skipped.add(id + ": no feature (FeatureInfoObject with FeatureData); the workstation computes none from images.");
                continue;
            }
            Probe probe = null;
            String why = null;
            for (FeatureInfo f : features) {
                float[] v;
                try {
                    v = Vectors.fromBytes(f.bytes());
                } catch (IllegalArgumentException e) {
                    why = e.getMessage();
                    continue;
                }
                FeatureSpace space = spaces.stream().filter(s -> s.type() == type && s.vendor().equals(String.valueOf(f.vendor()))
                        && s.algorithmVersion().equals(String.valueOf(f.algorithm())) && s.dimension() == v.length).findFirst().orElse(null);
                if (space == null) {
                    why = "this case has no " + type.elementKey() + " features of " + f.vendor() + " " + f.algorithm() + " with " + v.length + " values";
                    continue;
                }
                if (!Vectors.normalize(v)) {
                    why = "its feature is zero or not finite";
                    continue;
                }
                probe = new Probe(id, type, space, v, crop(folder, type, subImages));
                break;
            }
            if (probe != null) probes.add(probe);
            else skipped.add(id + ": " + why + ".");
        }
        if (probes.isEmpty()) throw new IllegalArgumentException(name + ": no capture to search with. " + String.join(" ", skipped));
        return new Contents(List.copyOf(probes), List.copyOf(skipped));
    }

    /** The crop's bytes (inline, or a file beside the probe file), or null when it has none that can be read. */
    private static byte[] crop(Path folder, ObjectType type, List<ObjectNode> subImages) {
        int crop = ImageIntake.cropIndex(type, subImages);
        if (crop < 0) return null;
        try {
            return ImageIntake.load(subImages.get(crop), "sub-image " + (crop + 1), IngestLimits.DEFAULT, rel -> {
                Path p = folder.resolve(rel).normalize();
                try {
                    if (!p.startsWith(folder) || !Files.isRegularFile(p) || !p.toRealPath().startsWith(folder.toRealPath())) return Optional.empty();
                    return Optional.of(new ImageIntake.ImageFile(Files.size(p), () -> Files.newInputStream(p)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String listKeys() {
        return String.join(", ", java.util.Arrays.stream(ObjectType.values()).map(ObjectType::listKey).toList());
    }

    private static String elementKeys() {
        return String.join(", ", java.util.Arrays.stream(ObjectType.values()).map(ObjectType::elementKey).toList());
    }
}
