package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.Box;
import org.judang.engine.model.Camera;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.StoredObjectFields;
import org.judang.engine.store.Batches;
import org.judang.engine.store.Cameras;
import org.judang.engine.store.Gallery;
import org.judang.engine.store.ImageStore;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every form of batch the contract describes imports, and what is stored is what was sent. */
class BatchFormsTest extends ImportTestCase {

    private TestBatch everyType(String name) {
        TestBatch b = batch(name);
        for (ObjectType t : ObjectType.values()) b.json(t.name().toLowerCase() + "/objects.json", t, object(t, 1), object(t, 2));
        return b.cameras("cameras.json", camera(1), camera(2));
    }

    @Test
    void aFolderOfJsonBodiesOfEveryTypeImportsEveryObject() {
        ImportReport report = importBatch(everyType("batch"));

        assertNoIssues(report);
        for (ObjectType t : ObjectType.values()) {
            assertEquals(new ImportReport.TypeCounts(2, 0, 0, 0), report.counts(t), t.name());
            ObjectRecord r = record(id(t, 2));
            assertEquals(t, r.type());
            assertEquals(DEVICE, r.deviceId());
            assertNotNull(r.shotTime());
            assertNotNull(r.cropImage());
            assertTrue(r.spaceId() > 0);
        }
        assertEquals(new ImportReport.CameraCounts(2, 0, 0, 0), report.cameras());
        assertEquals(10, recordCount());
        assertEquals(5, store.spaces().size(), "one feature space per object type");
        assertNotNull(report.batchSeq());
    }

    @Test
    void aZipOfTheFolderImportsTheSame() {
        Path zip = everyType("batch").zip(tmp.resolve("batch.zip"), "");

        ImportReport report = importBatch(zip);

        assertNoIssues(report);
        assertEquals(10, report.totalImported());
        assertEquals(2, report.cameras().added());
    }

    @Test
    void aZipHoldingTheBatchFolderResolvesStoragePathsFromThatFolder() {
        TestBatch b = batch("batch").png("images/cam01/1.png", 1);
        ObjectNode face = face(1);
        crop(face).remove("Data");
        crop(face).put("StoragePath", "images/cam01/1.png");
        face.remove("DeviceID");
        b.json("faces.json", ObjectType.FACE, face);
        Path zip = b.zip(tmp.resolve("batch.zip"), "case42-batch");

        ImportReport report = importBatch(zip);

        assertArrayEquals(png(1), store.images().read(record(id(ObjectType.FACE, 1)).cropImage()));
        assertEquals("faces.json", issue(report, "no DeviceID").file(), "files are named relative to the batch folder inside the zip");
    }

    @ParameterizedTest
    @EnumSource(ObjectType.class)
    void jsonLinesOfEachTypeImportLineByLine(ObjectType type) {
        TestBatch b = batch("batch").jsonl("objects.jsonl", type, object(type, 1), object(type, 2), object(type, 3));

        ImportReport report = importBatch(b);

        assertNoIssues(report);
        assertEquals(3, report.counts(type).imported());
        assertTrue(hasRecord(id(type, 3)));
    }

    @Test
    void oneJsonLinesFileMayMixTypesAndCameras() {
        String lines = wrap("FaceObject", face(1)) + "\n"
                + wrap("PersonObject", object(ObjectType.PERSON, 1)) + "\n"
                + "\n"
                + wrap("APEObject", camera(1)) + "\n"
                + wrap("MotorVehicleObject", object(ObjectType.MOTOR_VEHICLE, 1));
        ImportReport report = importBatch(batch("batch").text("all.jsonl", lines));

        assertNoIssues(report);
        assertEquals(1, report.counts(ObjectType.FACE).imported());
        assertEquals(1, report.counts(ObjectType.PERSON).imported());
        assertEquals(1, report.counts(ObjectType.MOTOR_VEHICLE).imported());
        assertEquals(1, report.cameras().added());
    }

    @Test
    void camerasArePlacedAndUpdated() {
        ObjectNode badLatitude = camera(2).put("Latitude", "north");
        ImportReport first = importBatch(batch("b1").cameras("cameras.json", camera(1), badLatitude));

        assertEquals(2, first.cameras().added());
        ImportIssue warning = issue(first, "Latitude 'north' is not a coordinate");
        assertEquals(ImportIssue.Severity.WARNING, warning.severity());
        List<Camera> cams = store.db().read(Cameras::all);
        assertEquals("Camera 1", cams.get(0).name());
        assertEquals(121.51, cams.get(0).longitude(), 1e-9);
        assertEquals(29.81, cams.get(0).latitude(), 1e-9, "a numeric string is a coordinate");
        assertTrue(Double.isNaN(cams.get(1).latitude()));

        ImportReport second = importBatch(batch("b2").cameras("cameras.json", camera(1).put("Name", "Gate"), camera(3)));

        assertEquals(new ImportReport.CameraCounts(1, 1, 0, 0), second.cameras());
        assertEquals("Gate", store.db().read(Cameras::all).get(0).name());
    }

    @Test
    void imagesComeFromStoragePathOrInlineData() {
        TestBatch b = batch("batch").png("images/2.png", 2);
        ObjectNode byPath = face(2);
        crop(byPath).remove("Data");
        crop(byPath).put("StoragePath", "images/2.png");
        b.json("faces.json", ObjectType.FACE, face(1), byPath);

        ImportReport report = importBatch(b);

        assertNoIssues(report);
        assertArrayEquals(png(1), store.images().read(record(id(ObjectType.FACE, 1)).cropImage()));
        assertArrayEquals(png(2), store.images().read(record(id(ObjectType.FACE, 2)).cropImage()));
        assertTrue(record(id(ObjectType.FACE, 1)).cropImage().endsWith(".png"));
    }

    @Test
    void theCropIsTheSubImageOfTheObjectsTypeAndTheSceneIsType14() {
        ObjectNode face = face(1);
        ObjectNode scene = subImage("14", 9).put("Data", base64(png(9)));
        subImages(face).insert(0, scene);

        importBatch(batch("batch").json("faces.json", ObjectType.FACE, face));

        ObjectRecord r = record(id(ObjectType.FACE, 1));
        assertArrayEquals(png(1), store.images().read(r.cropImage()));
        assertArrayEquals(png(9), store.images().read(r.sceneImage()));
    }

    @Test
    void theRawObjectIsKeptAsReceivedExceptImageDataWhichBecomesAnImageKey() throws Exception {
        ObjectNode face = face(1);
        face.put("GenderCode", "1").put("Confidence", 98.50).putObject("Vendor-specific").put("x", "保持原样");
        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, face));
        assertNoIssues(report);

        JsonNode stored = JSON.readTree(raw(id(ObjectType.FACE, 1)));

        ObjectNode expected = face.deepCopy();
        ObjectNode expectedCrop = crop(expected);
        expectedCrop.remove("Data");
        expectedCrop.put(StoredObjectFields.IMAGE_KEY, record(id(ObjectType.FACE, 1)).cropImage());
        assertEquals(expected, stored);
        assertTrue(raw(id(ObjectType.FACE, 1)).contains("98.5"), "numbers keep their value");
        assertNotNull(crop((ObjectNode) stored).get("FeatureInfoObject").get("FeatureData"), "FeatureData is kept");
    }

    @Test
    void decimalsAreStoredAsWritten() {
        String body = "{\"FaceListObject\":{\"FaceObject\":[" + face(1).toString().replaceFirst("\\{", "{\"Score\":120.50,") + "]}}";

        importBatch(batch("batch").text("faces.json", body));

        assertTrue(raw(id(ObjectType.FACE, 1)).contains("\"Score\":120.50"), raw(id(ObjectType.FACE, 1)));
    }

    @Test
    void aFeatureMayBeInTheSubImageInTheObjectOrAList() {
        float[] inObject = vector(11, DIM), firstOfList = vector(12, DIM), secondOfList = vector(13, DIM);
        ObjectNode a = face(1);
        crop(a).remove("FeatureInfoObject");
        a.set("FeatureInfoObject", feature(inObject));
        ObjectNode b = face(2);
        crop(b).putArray("FeatureInfoObject").add(feature(firstOfList)).add(feature(secondOfList));
        ObjectNode c = face(3);

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, a, b, c));

        assertNoIssues(report);
        assertVector(normalized(inObject), vectorOf(id(ObjectType.FACE, 1)));
        assertVector(normalized(firstOfList), vectorOf(id(ObjectType.FACE, 2)));
        assertVector(normalized(vector(3, DIM)), vectorOf(id(ObjectType.FACE, 3)));
        assertEquals(3, store.spaces().get(0).vectorCount());
        assertEquals("FACE/VendorA/v1/8", store.spaces().get(0).label());
    }

    @Test
    void aFeatureWithoutVendorIsFiledUnderUnknownWithAWarning() {
        ObjectNode face = face(1);
        crop(face).set("FeatureInfoObject", feature(null, ALGORITHM, vector(1, DIM)));

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, face));

        assertEquals(1, report.counts(ObjectType.FACE).imported());
        assertEquals(ImportIssue.Severity.WARNING, issue(report, "has no Vendor").severity());
        assertEquals("FACE/unknown/v1/8", store.spaces().get(0).label());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void featuresMayComeFromNpyAndIdsSidecars(int npyVersion) {
        float[] v1 = vector(101, 16), v2 = vector(102, 16);
        ObjectNode f1 = face(1), f2 = face(2);
        crop(f1).remove("FeatureInfoObject");
        crop(f2).remove("FeatureInfoObject");
        TestBatch b = batch("batch")
                .json("faces.json", ObjectType.FACE, f1, f2)
                .npy("features/face.npy", npyVersion, v1, v2)
                .ids("features/face.ids", id(ObjectType.FACE, 1), id(ObjectType.FACE, 2))
                .manifest(manifestWithFeatures(ObjectType.FACE, "features/face.npy", "features/face.ids"));

        ImportReport report = importBatch(b);

        assertNoIssues(report);
        assertEquals("test-batch", report.batchId());
        assertVector(normalized(v1), vectorOf(id(ObjectType.FACE, 1)));
        assertVector(normalized(v2), vectorOf(id(ObjectType.FACE, 2)));
        assertEquals("FACE/VendorA/v1/16", store.spaces().get(0).label());
    }

    @Test
    void sidecarsInAZipAreReadThroughATemporaryCopyThatIsRemoved() throws Exception {
        ObjectNode f1 = face(1);
        crop(f1).remove("FeatureInfoObject");
        Path zip = batch("batch")
                .json("faces.json", ObjectType.FACE, f1)
                .npy("features/face.npy", 1, vector(101, 16))
                .ids("features/face.ids", id(ObjectType.FACE, 1))
                .manifest(manifestWithFeatures(ObjectType.FACE, "features/face.npy", "features/face.ids"))
                .zip(tmp.resolve("batch.zip"), "");

        ImportReport report = importBatch(zip);

        assertNoIssues(report);
        assertVector(normalized(vector(101, 16)), vectorOf(id(ObjectType.FACE, 1)));
        try (var left = Files.list(store.folder().temp())) {
            assertEquals(0, left.count(), "no temporary copy is left behind");
        }
    }

    @Test
    void aGalleryBatchFillsTheGalleryAndIsNotClustered() {
        ObjectNode known = face(1).put("Name", "张三").put("IDType", "111").put("IDNumber", "330203199001011234");
        ObjectNode manifest = JSON.createObjectNode().put("BatchID", "gallery-1").put("Kind", "Gallery");

        ImportReport report = importBatch(batch("batch").manifest(manifest).json("known.json", ObjectType.FACE, known));

        assertNoIssues(report);
        assertEquals("Gallery", report.kind());
        assertEquals(1, report.galleryImported());
        assertEquals(0, recordCount(), "gallery persons are not captures");
        Gallery.GalleryEntry g = store.db().read(Gallery::all).get(0);
        assertEquals("张三", g.name());
        assertEquals("330203199001011234", g.idNumber());
        assertNotNull(g.image());
        assertVector(normalized(vector(1, DIM)), Vectors.fromBytes(g.vector()));
        FeatureSpace space = store.spaces().get(0);
        assertEquals(g.spaceId(), space.id());
        assertEquals(0, space.vectorCount(), "gallery vectors do not go to the captures' vector file");
    }

    @Test
    void relationsAreKept() {
        ObjectNode face = face(1);
        face.putObject("RelatedList").putArray("RelatedObject")
                .add(JSON.createObjectNode().put("RelatedType", "01").put("RelatedID", id(ObjectType.PERSON, 1)))
                .add(JSON.createObjectNode().put("RelatedType", "02").put("RelatedID", id(ObjectType.MOTOR_VEHICLE, 1)));

        importBatch(batch("batch").json("faces.json", ObjectType.FACE, face).json("persons.json", ObjectType.PERSON, object(ObjectType.PERSON, 1)));

        List<String[]> rel = store.db().read(c -> Records.relations(c, id(ObjectType.FACE, 1)));
        assertEquals(2, rel.size());
        assertArrayEquals(new String[]{id(ObjectType.PERSON, 1), "01"}, rel.get(0));
        assertArrayEquals(new String[]{id(ObjectType.MOTOR_VEHICLE, 1), "02"}, rel.get(1));
    }

    @Test
    void fieldsAreReadForSearchAndArchiving() {
        ObjectNode car = object(ObjectType.MOTOR_VEHICLE, 1).put("PlateNo", " 浙B·12345 ");
        ObjectNode unplated = object(ObjectType.MOTOR_VEHICLE, 2).put("PlateNo", "无牌");
        ObjectNode rated = face(1).put("FaceQuality", 85);
        ObjectNode small = face(2);

        importBatch(batch("batch").json("cars.json", ObjectType.MOTOR_VEHICLE, car, unplated).json("faces.json", ObjectType.FACE, rated, small));

        assertEquals("浙B12345", record(id(ObjectType.MOTOR_VEHICLE, 1)).plate());
        assertNull(record(id(ObjectType.MOTOR_VEHICLE, 2)).plate());
        assertEquals(0.85, record(id(ObjectType.FACE, 1)).quality(), 1e-9, "a percentage quality is scaled to 0..1");
        assertEquals(56 / 112.0 * 0.8, record(id(ObjectType.FACE, 2)).quality(), 1e-9, "without one, quality follows the box size");
        ObjectRecord r = record(id(ObjectType.FACE, 2));
        assertEquals(new Box(10, 20, 66, 132), r.box());
        assertEquals("20251103100002", CaseTime.format(r.shotTime()));
    }

    @Test
    void timeIsTheFirstPresentTimeFieldThenTheCropsShotTime() {
        ObjectNode appear = face(1).put("FaceAppearTime", "20251103080000").put("ShotTime", "20251103090000");
        ObjectNode shotOnly = face(2);
        shotOnly.remove("FaceAppearTime");
        shotOnly.put("ShotTime", "20251103090000");
        ObjectNode cropOnly = face(3);
        cropOnly.remove("FaceAppearTime");
        crop(cropOnly).put("ShotTime", "20251103070000");
        ObjectNode garbled = face(4).put("FaceAppearTime", "2025-11-03 08:00").put("ShotTime", "20251103090000");

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, appear, shotOnly, cropOnly, garbled));

        assertEquals("20251103080000", CaseTime.format(record(id(ObjectType.FACE, 1)).shotTime()));
        assertEquals("20251103090000", CaseTime.format(record(id(ObjectType.FACE, 2)).shotTime()));
        assertEquals("20251103070000", CaseTime.format(record(id(ObjectType.FACE, 3)).shotTime()));
        assertNull(record(id(ObjectType.FACE, 4)).shotTime(), "a garbled first time is not silently replaced by another field");
        ImportIssue w = issue(report, "FaceAppearTime '2025-11-03 08:00' is not yyyyMMddHHmmss");
        assertEquals(ImportIssue.Severity.WARNING, w.severity());
        assertEquals(4L, w.position());
    }

    @Test
    void aRecordsWarningsAreStoredWithIt() {
        ObjectNode face = face(1);
        face.remove("DeviceID");
        face.remove("FaceAppearTime");
        crop(face).remove("ShotTime");
        crop(face).remove("FeatureInfoObject");

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, face));

        assertEquals(new ImportReport.TypeCounts(1, 0, 0, 3), report.counts(ObjectType.FACE));
        String warnings = (String) query("SELECT warnings FROM records WHERE id=?", id(ObjectType.FACE, 1));
        assertEquals(3, warnings.split("\n").length, warnings);
        assertTrue(warnings.contains("no DeviceID"));
        assertTrue(warnings.contains("no time"));
        assertTrue(warnings.contains("no feature: will not be clustered"));
        ObjectRecord r = record(id(ObjectType.FACE, 1));
        assertNull(r.shotTime());
        assertEquals(0, r.spaceId());
        assertEquals(-1, r.ordinal());
        ImportIssue w = issue(report, "no DeviceID");
        assertEquals("faces.json", w.file());
        assertEquals(1L, w.position());
        assertEquals(id(ObjectType.FACE, 1), w.recordId());
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        String body = "\uFEFF{\"FaceListObject\":{\"FaceObject\":[" + face(1) + "]}}";
        String lines = "\uFEFF" + wrap("FaceObject", face(2)) + "\n";

        ImportReport report = importBatch(batch("batch").text("faces.json", body).text("more.jsonl", lines));

        assertNoIssues(report);
        assertEquals(2, report.counts(ObjectType.FACE).imported());
    }

    @Test
    void progressFollowsTheBytesOfEachFile() throws Exception {
        TestBatch b = batch("batch").json("faces.json", ObjectType.FACE, face(1), face(2));
        long size = Files.size(b.file("faces.json"));
        List<String> stages = new ArrayList<>();
        AtomicLong readingDone = new AtomicLong();
        List<String> messages = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override public void stage(String name, long total) {
                stages.add(name + ":" + total);
            }
            @Override public void advance(long done) {
                if (stages.get(stages.size() - 1).startsWith("Reading")) readingDone.addAndGet(done);
            }
            @Override public void message(String text) {
                messages.add(text);
            }
        };

        new BatchImporter(store).importBatch(b.root(), progress, CancellationToken.none());

        assertTrue(stages.contains("Reading faces.json:" + size), stages.toString());
        assertEquals(size, readingDone.get());
        assertTrue(messages.get(messages.size() - 1).startsWith("Stored 2 records"), messages.toString());
    }

    @Test
    void theReportIsStoredWithTheBatch() {
        ImportReport report = importBatch(everyType("batch"));

        Batches.StoredBatch stored = store.db().read(Batches::all).get(0);
        assertEquals(report.batchSeq(), stored.seq());
        assertEquals(report, ImportReport.fromJson(stored.report()));
        assertEquals("Captures", stored.kind());
        assertEquals(tmp.resolve("batch").toAbsolutePath().toString(), stored.path());
    }

    @Test
    void imagesAreStoredOnceHoweverOftenTheyAreSent() throws Exception {
        ObjectNode a = face(1), b = face(2);
        crop(b).put("Data", crop(a).get("Data").asText());

        importBatch(batch("batch").json("faces.json", ObjectType.FACE, a, b));

        assertEquals(record(id(ObjectType.FACE, 1)).cropImage(), record(id(ObjectType.FACE, 2)).cropImage());
        assertEquals("png", ImageStore.sniffExtension(store.images().read(record(id(ObjectType.FACE, 1)).cropImage())).orElseThrow());
    }

    @Test
    void vectorFilesHoldExactlyTheCommittedRows() throws Exception {
        importBatch(everyType("batch"));

        for (FeatureSpace s : store.spaces()) {
            assertEquals(2, s.vectorCount());
            assertEquals(VectorFile.HEADER_BYTES + 2L * DIM * 4, Files.size(store.vectors().fileOf(s.id())));
        }
    }
}
