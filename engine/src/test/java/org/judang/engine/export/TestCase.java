package org.judang.engine.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.StoredObjectFields;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Batches;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.NewRecord;
import org.judang.engine.store.Records;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A case built in a few lines, as the importer and the archiver would leave it: objects stored with their crop in the
 * image store (their sub-image carrying {@link StoredObjectFields#IMAGE_KEY}), archives with members and centres.
 */
final class TestCase implements AutoCloseable {
    static final String SHOT_TIME = "20251103101515";
    static final long CREATED = CaseTime.parse("20251103120000").orElseThrow();
    static final long UPDATED = CaseTime.parse("20251104093000").orElseThrow();
    static final String DEVICE = "33020300001190000001";
    static final double SIMILARITY_DEGREE = 0.8125;
    static final double CONFIDENCE = 0.9375;

    final CaseStore store;
    final ObjectMapper mapper = MessageMapper.create();
    private final long batch;
    private int archives;

    private TestCase(CaseStore store) {
        this.store = store;
        this.batch = store.db().inTransaction(c -> Batches.insert(c, "batch-1", "fingerprint-1", "Captures", "test", "/batches/1", CREATED));
    }

    static TestCase create(Path folder, String name) {
        return new TestCase(CaseStore.create(folder, name));
    }

    /** Stores a small distinct image and returns its key. */
    String image(String label) {
        return store.images().put(imageBytes(label), "png");
    }

    static byte[] imageBytes(String label) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] body = label.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /**
     * A GA/T 1400 object as the importer stores it: its ID, source, device, time, a vendor field with a decimal and a null, and
     * one crop sub-image that still has its original {@code StoragePath} and names its stored image by key (none when
     * {@code cropKey} is null).
     */
    ObjectNode object(ObjectType type, String id, String sourceId, String cropKey) {
        ObjectNode o = mapper.createObjectNode();
        o.put(type.idField(), id);
        o.put("InfoKind", 1);
        if (sourceId != null) o.put("SourceID", sourceId);
        o.put("DeviceID", DEVICE);
        o.put("LeftTopX", 412).put("LeftTopY", 96).put("RightBtmX", 520).put("RightBtmY", 230);
        o.put(type.timeFields().get(0), SHOT_TIME);
        o.putObject("VendorExtension").put("Quality", new java.math.BigDecimal("0.950")).putNull("Remark");
        ObjectNode crop = o.putObject("SubImageList").putArray("SubImageInfoObject").addObject();
        crop.put("ImageID", "IMG-" + id);
        crop.put("Type", type.cropImageTypes().get(0));
        crop.put("FileFormat", "Png");
        crop.put("ShotTime", SHOT_TIME);
        crop.put("Width", 112).put("Height", 112);
        crop.put("StoragePath", "images/cam01/" + id + ".png");
        if (cropKey != null) crop.put(StoredObjectFields.IMAGE_KEY, cropKey);
        crop.putObject("FeatureInfoObject").put("Vendor", "VendorA").put("AlgorithmVersion", "3.2").put("FeatureData", "AACAPw==");
        return o;
    }

    /** Stores an object with its own crop image; returns the stored object. */
    ObjectNode add(ObjectType type, String id, String sourceId) {
        String key = image("crop of " + id);
        ObjectNode raw = object(type, id, sourceId, key);
        add(type, raw, key, 0.5);
        return raw;
    }

    /** Stores an object as given. */
    void add(ObjectType type, ObjectNode raw, String cropKey, double quality) {
        String plate = raw.hasNonNull("PlateNo") ? raw.get("PlateNo").asText() : null;
        addRaw(type, raw.get(type.idField()).asText(), raw.toString(), cropKey, quality, plate);
    }

    /** Stores a record whose stored object is exactly {@code rawText}, readable or not. */
    void addRaw(ObjectType type, String id, String rawText, String cropKey, double quality, String plate) {
        store.db().inTransaction(c -> {
            Records.insert(c, new NewRecord(id, type, 0, -1, DEVICE, CaseTime.parse(SHOT_TIME).orElseThrow(), null, quality, plate,
                    cropKey, null, "hash-" + id, rawText, batch, null, List.of()));
            return null;
        });
    }

    /** A feature space with one member vector stored, as the importer leaves it. */
    FeatureSpace space(ObjectType type, String vendor, String algorithm, float[] someVector) {
        FeatureSpace space = store.db().inTransaction(c -> FeatureSpaces.findOrCreate(c, type, vendor, algorithm, someVector.length));
        VectorFile file = store.vectors().file(space);
        file.append(someVector);
        file.flush();
        store.db().inTransaction(c -> {
            FeatureSpaces.setVectorCount(c, space.id(), file.count());
            return null;
        });
        return store.db().read(c -> FeatureSpaces.byId(c, space.id())).orElseThrow();
    }

    /** A new archive ID of the kind, numbered in creation order (so IDs sort by kind, then creation). */
    String archiveId(ArchiveKind kind) {
        return store.libraryId() + kind.code() + String.format("%026d", ++archives);
    }

    /** Stores an archive holding {@code members}; returns its ID. */
    String archive(ArchiveKind kind, ObjectType primaryType, String coverRecordId, String plate, String... members) {
        String id = archiveId(kind);
        store.db().inTransaction(c -> {
            Archives.upsert(c, new Archive(id, kind, primaryType, coverRecordId, members.length, null, null, null, null,
                    SIMILARITY_DEGREE, CONFIDENCE, ArchiveStatus.AUTOMATIC, plate, null, CREATED, UPDATED));
            Records.assign(c, List.of(members), id);
            return null;
        });
        return id;
    }

    void center(String archiveId, FeatureSpace space, float[] vector) {
        store.db().inTransaction(c -> {
            Archives.putCenter(c, archiveId, space.id(), Vectors.toBytes(vector));
            return null;
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
