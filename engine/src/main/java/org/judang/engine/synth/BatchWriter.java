package org.judang.engine.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.judang.engine.model.Box;
import org.judang.engine.model.Camera;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;

/**
 * Writes the capture batch as the batch format describes it: {@code manifest.json}, {@code cameras.json}, one
 * message-body file per object type ({@code .json} list wrappers for small batches, {@code .jsonl} for large), the
 * crops under {@code images/}, the feature sidecars under {@code features/} when asked for, and the truth file.
 * <p>Frames arrive in time order and are written straight through; IDs are given here, in that order.
 */
final class BatchWriter implements Closeable {
    /** Up to this many records a batch uses {@code .json} list wrappers; above it JSON Lines. */
    static final int JSON_LIST_LIMIT = 5000;

    private final Path root;
    private final GeneratorSettings settings;
    private final CameraNetwork cameras;
    private final Map<ObjectType, FeatureSpaceModel> spaces;
    private final ObjectIds ids;
    private final Map<ObjectType, MessageFile> messages = new EnumMap<>(ObjectType.class);
    private final Map<ObjectType, NpyWriter> vectors = new EnumMap<>(ObjectType.class);
    private final Map<ObjectType, BufferedWriter> vectorIds = new EnumMap<>(ObjectType.class);
    private final Map<ObjectType, Integer> imagesWritten = new EnumMap<>(ObjectType.class);
    private final BufferedWriter truth;
    private final Base64.Encoder base64 = Base64.getEncoder();

    BatchWriter(Path root, Path truthFile, GeneratorSettings settings, Map<ObjectType, Long> counts, CameraNetwork cameras,
                Map<ObjectType, FeatureSpaceModel> spaces, JsonFactory json) throws IOException {
        this.root = root;
        this.settings = settings;
        this.cameras = cameras;
        this.spaces = spaces;
        this.ids = new ObjectIds(cameras.size());
        Files.createDirectories(root);
        boolean sidecars = settings.encoding() == FeatureEncoding.NPY_SIDECAR;
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        boolean jsonLines = total > JSON_LIST_LIMIT;
        writeManifest(counts, sidecars, json);
        writeCameras(json);
        if (sidecars) Files.createDirectories(root.resolve("features"));
        for (ObjectType type : ObjectType.values()) {
            long n = counts.get(type);
            if (n == 0) continue;
            messages.put(type, new MessageFile(root.resolve(fileName(type) + (jsonLines ? ".jsonl" : ".json")),
                    type.listKey(), type.elementKey(), jsonLines, json));
            if (sidecars) {
                vectors.put(type, new NpyWriter(root.resolve(featurePath(type, ".npy")), n, settings.dimension()));
                vectorIds.put(type, Files.newBufferedWriter(root.resolve(featurePath(type, ".ids")), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW));
            }
            if (settings.images()) Files.createDirectories(root.resolve(imageFolder(type)));
            imagesWritten.put(type, 0);
        }
        truth = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    /** Writes every object of a frame; a face and a body of one frame point at each other in {@code RelatedList}. */
    void write(CaptureFrame frame) throws IOException {
        Camera camera = cameras.camera(frame.camera());
        String device = camera.apeId();
        String time = CaseTime.format(frame.time());
        String scene = ObjectIds.imageId(device, time, ids.next(frame.camera()));
        List<Capture> objects = frame.objects();
        String[] objectIds = new String[objects.size()];
        for (int i = 0; i < objects.size(); i++) objectIds[i] = ObjectIds.objectId(scene, objects.get(i).type(), i + 1);
        for (int i = 0; i < objects.size(); i++) {
            Capture c = objects.get(i);
            String crop = ObjectIds.imageId(device, time, ids.next(frame.camera()));
            String storagePath = settings.images() ? writeImage(c) : null;
            JsonGenerator g = messages.get(c.type()).begin();
            g.writeStartObject();
            g.writeStringField(c.type().idField(), objectIds[i]);
            g.writeNumberField("InfoKind", 1);
            g.writeStringField("SourceID", scene);
            g.writeStringField("DeviceID", device);
            writeBox(g, c.box());
            g.writeStringField(c.type().timeFields().get(0), time);
            for (Capture.Attribute a : c.attributes()) {
                if (a.value() instanceof Integer n) g.writeNumberField(a.name(), n);
                else g.writeStringField(a.name(), (String) a.value());
            }
            g.writeFieldName("Quality");
            g.writeNumber(hundredths(c.quality()));
            if (objects.size() > 1) {
                g.writeObjectFieldStart("RelatedList");
                g.writeArrayFieldStart("RelatedObject");
                for (int j = 0; j < objects.size(); j++) {
                    if (j == i) continue;
                    g.writeStartObject();
                    g.writeStringField("RelatedType", ObjectIds.typeCode(objects.get(j).type()));
                    g.writeStringField("RelatedID", objectIds[j]);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeObjectFieldStart("SubImageList");
            g.writeArrayFieldStart("SubImageInfoObject");
            g.writeStartObject();
            g.writeStringField("ImageID", crop);
            g.writeStringField("DeviceID", device);
            g.writeStringField("Type", c.type().cropImageTypes().get(0));
            if (storagePath != null) g.writeStringField("FileFormat", "Png");
            g.writeStringField("ShotTime", time);
            g.writeNumberField("Width", CropPainter.width(c.type()));
            g.writeNumberField("Height", CropPainter.height(c.type()));
            if (storagePath != null) g.writeStringField("StoragePath", storagePath);
            if (vectors.isEmpty()) writeFeature(g, spaces.get(c.type()).parameters(), c.feature(), base64);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            messages.get(c.type()).end();
            if (!vectors.isEmpty()) {
                vectors.get(c.type()).write(c.feature());
                BufferedWriter idFile = vectorIds.get(c.type());
                idFile.write(objectIds[i]);
                idFile.write('\n');
            }
            truth.write(objectIds[i]);
            truth.write('\t');
            truth.write(c.label());
            truth.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Closeable c : closeables()) {
            try {
                c.close();
            } catch (IOException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }

    /** The object type's file name stem: {@code faces}, {@code persons}, {@code motor_vehicles}, … */
    static String fileName(ObjectType type) {
        return switch (type) {
            case FACE -> "faces";
            case PERSON -> "persons";
            case MOTOR_VEHICLE -> "motor_vehicles";
            case NON_MOTOR_VEHICLE -> "non_motor_vehicles";
            case THING -> "things";
        };
    }

    static String featurePath(ObjectType type, String extension) {
        return "features/" + type.name().toLowerCase(Locale.ROOT) + extension;
    }

    static String imageFolder(ObjectType type) {
        return "images/" + type.name().toLowerCase(Locale.ROOT);
    }

    static void writeFeature(JsonGenerator g, FeatureSpaceModel.Parameters space, float[] feature, Base64.Encoder base64) throws IOException {
        g.writeObjectFieldStart("FeatureInfoObject");
        g.writeStringField("Vendor", space.vendor());
        g.writeStringField("AlgorithmVersion", space.algorithmVersion());
        g.writeStringField("FeatureData", base64.encodeToString(Vectors.toBytes(feature)));
        g.writeEndObject();
    }

    /** A pretty printer that writes {@code \n} on every platform, for the small descriptive files. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** A value in 0..1 with two decimals, written the same way by every JSON library version. */
    static String hundredths(double value) {
        long h = Math.round(value * 100);
        return (h / 100) + "." + (h % 100 < 10 ? "0" : "") + (h % 100);
    }

    private String writeImage(Capture c) throws IOException {
        int n = imagesWritten.merge(c.type(), 1, Integer::sum);
        String path = String.format(Locale.ROOT, "%s/%06d.png", imageFolder(c.type()), n);
        Files.write(root.resolve(path), c.png(), StandardOpenOption.CREATE_NEW);
        return path;
    }

    private void writeManifest(Map<ObjectType, Long> counts, boolean sidecars, JsonFactory json) throws IOException {
        try (JsonGenerator g = json.createGenerator(Files.newOutputStream(root.resolve("manifest.json"), StandardOpenOption.CREATE_NEW))) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("BatchID", batchId(settings));
            g.writeStringField("Kind", "Captures");
            g.writeStringField("Source", "Judang synthetic generator, seed " + settings.seed() + " (labelled test data, not real footage)");
            g.writeStringField("CreateTime", CaseTime.format(CaptureSchedule.CASE_START + settings.days() * 86_400L + 9 * 3600));
            if (sidecars) {
                g.writeArrayFieldStart("FeatureFiles");
                for (ObjectType type : ObjectType.values()) {
                    if (counts.get(type) == 0) continue;
                    FeatureSpaceModel.Parameters space = spaces.get(type).parameters();
                    g.writeStartObject();
                    g.writeStringField("ObjectType", type.name());
                    g.writeStringField("Vendor", space.vendor());
                    g.writeStringField("AlgorithmVersion", space.algorithmVersion());
                    g.writeStringField("Path", featurePath(type, ".npy"));
                    g.writeStringField("IDs", featurePath(type, ".ids"));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void writeCameras(JsonFactory json) throws IOException {
        try (MessageFile file = new MessageFile(root.resolve("cameras.json"), "APEListObject", "APEObject", false, json)) {
            for (Camera camera : cameras.cameras()) {
                JsonGenerator g = file.begin();
                g.writeStartObject();
                g.writeStringField("ApeID", camera.apeId());
                g.writeStringField("Name", camera.name());
                g.writeFieldName("Longitude");
                g.writeNumber(String.format(Locale.ROOT, "%.6f", camera.longitude()));
                g.writeFieldName("Latitude");
                g.writeNumber(String.format(Locale.ROOT, "%.6f", camera.latitude()));
                g.writeStringField("PlaceCode", camera.placeCode());
                g.writeEndObject();
                file.end();
            }
        }
    }

    static String batchId(GeneratorSettings s) {
        return "synth-s" + s.seed() + "-" + s.records() + "r-" + s.identities() + "p-" + s.vehicles() + "v";
    }

    private static void writeBox(JsonGenerator g, Box box) throws IOException {
        g.writeNumberField("LeftTopX", box.leftTopX());
        g.writeNumberField("LeftTopY", box.leftTopY());
        g.writeNumberField("RightBtmX", box.rightBtmX());
        g.writeNumberField("RightBtmY", box.rightBtmY());
    }

    private List<Closeable> closeables() {
        List<Closeable> all = new ArrayList<>(messages.values());
        all.addAll(vectors.values());
        all.addAll(vectorIds.values());
        all.add(truth);
        return all;
    }
}
