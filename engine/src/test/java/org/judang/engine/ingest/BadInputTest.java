package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Batches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.judang.engine.ingest.ImportIssue.Severity.ERROR;
import static org.judang.engine.ingest.ImportIssue.Severity.WARNING;
import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

/** Each kind of bad input has its outcome, names its file and record, and leaves the rest of the batch imported. */
class BadInputTest extends ImportTestCase {
    private static final String F1 = id(ObjectType.FACE, 1), F2 = id(ObjectType.FACE, 2), F3 = id(ObjectType.FACE, 3);


    private void assertRejected(ImportReport report, ObjectType type, String messagePart, String file, long position, String id) {
        ImportIssue issue = issue(report, messagePart);
        assertEquals(ERROR, issue.severity());
        assertEquals(file, issue.file());
        assertEquals(position, issue.position());
        assertEquals(id, issue.recordId());
        assertEquals(1, report.counts(type).rejected());
    }

    // ---- message bodies ----

    @Test
    void aTruncatedJsonFileKeepsTheRecordsBeforeTheBreak() {
        String whole = facesBody(face(1), face(2), face(3), face(4));
        String cut = whole.substring(0, whole.indexOf(face(4).toString()) + 40);
        TestBatch b = batch("batch").text("faces.json", cut).json("persons.json", ObjectType.PERSON, object(ObjectType.PERSON, 1));

        ImportReport report = importBatch(b);

        assertEquals(3, report.counts(ObjectType.FACE).imported());
        assertTrue(hasRecord(F3));
        assertFalse(hasRecord(id(ObjectType.FACE, 4)));
        assertEquals(1, report.counts(ObjectType.PERSON).imported(), "other files continue");
        ImportIssue issue = issue(report, "is cut off");
        assertEquals(ERROR, issue.severity());
        assertEquals("faces.json", issue.file());
        assertTrue(issue.message().contains("at line 5, column"), issue.message());
        assertTrue(issue.message().contains("after record 3"), issue.message());
    }

    @Test
    void invalidJsonNamesWhereItBroke() {
        String broken = facesBody(face(1), face(2)).replace("\"InfoKind\":1,\"DeviceID\"", "\"InfoKind\":1 \"DeviceID\"");

        ImportReport report = importBatch(batch("batch").text("faces.json", broken));

        ImportIssue issue = issue(report, "is not valid JSON");
        assertTrue(issue.message().contains("line 2, column"), issue.message());
        assertTrue(issue.message().contains("stopped"), issue.message());
        assertEquals(0, report.totalImported());
    }

    @Test
    void aWrongTopLevelKeyRejectsThatFile() {
        String body = "{\"FaceList\":{\"FaceObject\":[" + face(1) + "]}}";
        TestBatch b = batch("batch").text("faces.json", body).json("more.json", ObjectType.FACE, face(2));

        ImportReport report = importBatch(b);

        ImportIssue issue = issue(report, "'FaceList'");
        assertEquals(ERROR, issue.severity());
        assertEquals("faces.json", issue.file());
        assertTrue(issue.message().contains("FaceListObject, PersonListObject"), issue.message());
        assertFalse(hasRecord(F1));
        assertTrue(hasRecord(F2));
    }

    @Test
    void aSecondTopLevelKeyIsNotRead() {
        String body = "{\"FaceListObject\":{\"FaceObject\":[" + face(1) + "]},\"PersonListObject\":{\"PersonObject\":["
                + object(ObjectType.PERSON, 1) + "]}}";

        ImportReport report = importBatch(batch("batch").text("mixed.json", body));

        assertTrue(hasRecord(F1));
        assertFalse(hasRecord(id(ObjectType.PERSON, 1)));
        assertEquals(ERROR, issue(report, "second top-level key 'PersonListObject'").severity());
    }

    @Test
    void aBadJsonLineRejectsOnlyThatLine() {
        String lines = wrap("FaceObject", face(1)) + "\n"
                + "{\"FaceObject\":{\"FaceID\":\"" + F2 + "\",\n"
                + "{\"Face\":" + face(3) + "}\n"
                + wrap("FaceObject", face(4)) + "\n";

        ImportReport report = importBatch(batch("batch").text("faces.jsonl", lines));

        assertEquals(2, report.counts(ObjectType.FACE).imported());
        assertTrue(hasRecord(id(ObjectType.FACE, 4)));
        ImportIssue cut = issue(report, "line 2 is cut off");
        assertEquals(2L, cut.position());
        assertEquals("faces.jsonl", cut.file());
        ImportIssue wrongKey = issue(report, "wraps its object in 'Face'");
        assertEquals(3L, wrongKey.position());
        assertEquals(1, report.counts(ObjectType.FACE).rejected(), "the broken FaceObject line; the unknown wrapper counts under no type");
    }

    @Test
    void anElementThatIsNotAnObjectIsRejected() {
        String body = "{\"FaceListObject\":{\"FaceObject\":[" + face(1) + ",\"oops\"," + face(3) + "]}}";

        ImportReport report = importBatch(batch("batch").text("faces.json", body));

        assertRejected(report, ObjectType.FACE, "record 2 is not a JSON object", "faces.json", 2, null);
        assertTrue(hasRecord(F3));
    }

    // ---- IDs ----

    @Test
    void aRecordWithoutIdIsRejected() {
        ObjectNode noId = face(2);
        noId.remove("FaceID");

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, face(1), noId, face(3)));

        assertRejected(report, ObjectType.FACE, "has no FaceID", "faces.json", 2, null);
        assertEquals(2, report.counts(ObjectType.FACE).imported());
    }

    @Test
    void anEmptyOrOverlongIdIsRejectedAndAShortOneWarned() {
        ObjectNode empty = face(1).put("FaceID", "  ");
        ObjectNode tooLong = face(2).put("FaceID", "x".repeat(65));
        ObjectNode shortId = face(3).put("FaceID", "CAM1-000123");

        ImportReport report = importBatch(batch("batch").json("faces.json", ObjectType.FACE, empty, tooLong, shortId));

        assertEquals(2, report.counts(ObjectType.FACE).rejected());
        assertEquals(ERROR, issue(report, "has no FaceID").severity());
        assertEquals(ERROR, issue(report, "65 characters long; at most 64").severity());
        ImportIssue warning = issue(report, "not the standard 48");
        assertEquals(WARNING, warning.severity());
        assertTrue(hasRecord("CAM1-000123"));
    }

    @Test
    void theSameIdWithTheSameContentIsSkippedAsDuplicate() {
        importBatch(batch("b1").json("faces.json", ObjectType.FACE, face(1)));

        ImportReport report = importBatch(batch("b2").json("faces.json", ObjectType.FACE, face(1), face(2), face(2)));

        assertEquals(new ImportReport.TypeCounts(1, 2, 0, 0), report.counts(ObjectType.FACE));
        assertNoIssues(report);
        assertEquals(2, recordCount());
    }

    @Test
    void theSameIdWithOtherContentIsRejectedNotOverwritten() {
        importBatch(batch("b1").json("faces.json", ObjectType.FACE, face(1)));
        String before = raw(F1);
        ObjectNode changed = face(1).put("GenderCode", "2");

        ImportReport report = importBatch(batch("b2").json("faces.json", ObjectType.FACE, face(2), changed));

        assertRejected(report, ObjectType.FACE, "already exists with different content; not overwritten", "faces.json", 2, F1);
        assertEquals(before, raw(F1));
        assertTrue(hasRecord(F2));
    }

    @Test
    void aConflictWithinOneBatchIsRejectedToo() {
        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face(1), face(1).put("GenderCode", "2")));

        assertRejected(report, ObjectType.FACE, "already exists with different content", "faces.json", 2, F1);
    }

    // ---- features ----

    @Test
    void aFeatureOfAnotherDimensionInTheSameSpaceIsRejected() {
        importBatch(batch("b1").json("faces.json", ObjectType.FACE, face(1)));
        ObjectNode wide = face(2);
        crop(wide).set("FeatureInfoObject", feature(vector(2, 16)));

        ImportReport report = importBatch(batch("b2").json("faces.json", ObjectType.FACE, face(3), wide));

        assertRejected(report, ObjectType.FACE, "has 16 values, but features of FACE/VendorA/v1 have 8", "faces.json", 2, F2);
        assertEquals(1, store.spaces().size());
    }

    @Test
    void withinABatchTheFirstAcceptedFeatureFixesTheDimension() {
        ObjectNode wide = face(2);
        crop(wide).set("FeatureInfoObject", feature(vector(2, 16)));

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face(1), wide));

        assertRejected(report, ObjectType.FACE, "has 16 values", "faces.json", 2, F2);
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY})
    void aNonFiniteVectorIsRejected(float bad) {
        float[] v = vector(1, DIM);
        v[3] = bad;
        ObjectNode face = face(1);
        crop(face).set("FeatureInfoObject", feature(v));

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face, face(2)));

        assertRejected(report, ObjectType.FACE, "contains NaN or infinite values", "faces.json", 1, F1);
        assertTrue(hasRecord(F2));
    }

    @Test
    void aZeroVectorIsRejected() {
        ObjectNode face = face(1);
        crop(face).set("FeatureInfoObject", feature(new float[DIM]));

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face));

        assertRejected(report, ObjectType.FACE, "is all zeros", "faces.json", 1, F1);
        assertTrue(store.spaces().isEmpty(), "a rejected record creates no space");
    }

    @Test
    void featureDataThatIsNotBase64IsRejected() {
        ObjectNode face = face(1);
        ((ObjectNode) crop(face).get("FeatureInfoObject")).put("FeatureData", "not*base64!");
        ObjectNode odd = face(2);
        ((ObjectNode) crop(odd).get("FeatureInfoObject")).put("FeatureData", base64(new byte[]{1, 2, 3, 4, 5}));

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face, odd));

        assertEquals(ERROR, issue(report, "FeatureData in sub-image 1 is not valid base64").severity());
        assertEquals(ERROR, issue(report, "holds 5 bytes, not a whole number of float32 values").severity());
        assertEquals(0, recordCount());
    }

    @Test
    void aFeatureInBothSidecarAndBodyIsAmbiguous() {
        TestBatch b = batch("b")
                .json("faces.json", ObjectType.FACE, face(1))
                .npy("f.npy", 1, vector(1, DIM))
                .ids("f.ids", F1)
                .manifest(manifestWithFeatures(ObjectType.FACE, "f.npy", "f.ids"));

        ImportReport report = importBatch(b);

        assertRejected(report, ObjectType.FACE, "ambiguous", "faces.json", 1, F1);
        assertTrue(issue(report, "ambiguous").message().contains("f.npy row 1"));
    }

    @Test
    void sidecarIdsWithoutAMessageBodyAreReportedAsOrphans() {
        ObjectNode f1 = face(1);
        crop(f1).remove("FeatureInfoObject");
        TestBatch b = batch("b")
                .json("faces.json", ObjectType.FACE, f1)
                .npy("f.npy", 1, vector(1, DIM), vector(2, DIM), vector(3, DIM))
                .ids("f.ids", F1, F2, F3)
                .manifest(manifestWithFeatures(ObjectType.FACE, "f.npy", "f.ids"));

        ImportReport report = importBatch(b);

        assertEquals(1, report.counts(ObjectType.FACE).imported());
        assertEquals(2, report.orphanCount());
        assertEquals(List.of(F2, F3), report.orphanSample());
        ImportIssue orphans = issue(report, "2 IDs in f.ids have no FaceObject");
        assertEquals(WARNING, orphans.severity());
        assertTrue(orphans.message().contains(F2));
        assertFalse(hasRecord(F2));
    }

    @Test
    void idsShorterThanTheNpyIsAnErrorAndRowsBeyondAreNotUsed() {
        ObjectNode f1 = face(1), f2 = face(2);
        crop(f1).remove("FeatureInfoObject");
        crop(f2).remove("FeatureInfoObject");
        TestBatch b = batch("b")
                .json("faces.json", ObjectType.FACE, f1, f2)
                .npy("f.npy", 2, vector(1, DIM), vector(2, DIM), vector(3, DIM))
                .ids("f.ids", F1)
                .manifest(manifestWithFeatures(ObjectType.FACE, "f.npy", "f.ids"));

        ImportReport report = importBatch(b);

        ImportIssue mismatch = issue(report, "names 1 IDs but f.npy holds 3 rows");
        assertEquals(ERROR, mismatch.severity());
        assertEquals("f.npy", mismatch.file());
        assertEquals(2, report.counts(ObjectType.FACE).imported());
        assertTrue(record(F1).spaceId() > 0);
        assertEquals(0, record(F2).spaceId());
        assertEquals(WARNING, issue(report, "no feature").severity());
    }

    @Test
    void recordsAreCountedByTypeWithAndWithoutAFeature() {
        ObjectNode f2 = face(2);
        crop(f2).remove("FeatureInfoObject");
        ObjectNode thing = object(ObjectType.THING, 1);
        crop(thing).remove("FeatureInfoObject");
        importBatch(batch("b")
                .json("faces.json", ObjectType.FACE, face(1), f2, face(3))
                .json("vehicles.json", ObjectType.MOTOR_VEHICLE, object(ObjectType.MOTOR_VEHICLE, 1))
                .json("things.json", ObjectType.THING, thing));
        assertEquals(0, record(F2).spaceId(), "imported without a feature");
        assertEquals(java.util.Map.of(ObjectType.FACE, 3L, ObjectType.MOTOR_VEHICLE, 1L, ObjectType.THING, 1L),
                store.db().read(org.judang.engine.store.Records::countByType));
    }

    @Test
    void anUnusableNpyIsReportedOnceAndItsRecordsImportWithoutFeature() {
        ObjectNode f1 = face(1);
        crop(f1).remove("FeatureInfoObject");
        byte[] float64 = new String(npyBytes(1, vector(1, DIM)), StandardCharsets.ISO_8859_1).replace("'<f4'", "'<f8'")
                .getBytes(StandardCharsets.ISO_8859_1);
        TestBatch b = batch("b")
                .json("faces.json", ObjectType.FACE, f1)
                .bytes("f.npy", float64)
                .ids("f.ids", F1)
                .manifest(manifestWithFeatures(ObjectType.FACE, "f.npy", "f.ids"));

        ImportReport report = importBatch(b);

        assertEquals(ERROR, issue(report, "only little-endian float32 ('<f4') is read").severity());
        assertEquals(1, report.counts(ObjectType.FACE).imported());
    }

    // ---- images ----

    @Test
    void imageDataThatIsNotBase64KeepsTheRecordWithoutImage() {
        ObjectNode face = face(1);
        crop(face).put("Data", "%%% not base64 %%%");

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face));

        ImportIssue w = issue(report, "no image: the Data of sub-image 1 is not valid base64");
        assertEquals(WARNING, w.severity());
        assertEquals(F1, w.recordId());
        assertNull(record(F1).cropImage());
        assertTrue(raw(F1).contains("%%% not base64 %%%"), "an image that was not stored stays as it came");
    }

    @Test
    void bytesThatAreNoImageKeepTheRecordWithoutImage() {
        ObjectNode face = face(1);
        crop(face).put("Data", base64("just text".getBytes(StandardCharsets.UTF_8)));

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face));

        assertEquals(WARNING, issue(report, "is not a JPEG, PNG, BMP or GIF image").severity());
        assertNull(record(F1).cropImage());
    }

    @Test
    void aMissingImageFileKeepsTheRecordWithoutImage() {
        ObjectNode face = face(1);
        crop(face).remove("Data");
        crop(face).put("StoragePath", "images/missing.jpg");

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face));

        assertEquals(1, report.counts(ObjectType.FACE).imported());
        assertEquals(WARNING, issue(report, "no image: the image file images/missing.jpg of sub-image 1 is not in the batch").severity());
        assertNull(record(F1).cropImage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.png", "images/../../outside.png", "/etc/passwd", "C:\\images\\1.jpg", "http://10.0.0.1/img/1.jpg"})
    void aStoragePathOutsideTheBatchRejectsTheRecord(String path) throws IOException {
        Files.write(tmp.resolve("outside.png"), png(1));
        ObjectNode face = face(1);
        crop(face).remove("Data");
        crop(face).put("StoragePath", path);

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face, face(2)));

        assertRejected(report, ObjectType.FACE, "StoragePath '" + path + "' of sub-image 1", "faces.json", 1, F1);
        assertTrue(hasRecord(F2));
    }

    @Test
    void aUrlStoragePathRejectsTheRecordEvenWithInlineData() {
        ObjectNode face = face(1);
        crop(face).put("StoragePath", "http://10.0.0.1/img/1.jpg");

        ImportReport report = importBatch(batch("b").json("faces.json", ObjectType.FACE, face));

        assertRejected(report, ObjectType.FACE, "is a URL", "faces.json", 1, F1);
    }

    // ---- encodings and sizes ----

    @Test
    void aFileThatIsNotUtf8IsRejectedWhole() {
        String body = facesBody(face(1).put("Name", "中文"));
        byte[] gbk = body.getBytes(Charset.forName("GBK"));
        int offset = body.indexOf("中文");
        TestBatch b = batch("b").bytes("faces.json", gbk).json("persons.json", ObjectType.PERSON, object(ObjectType.PERSON, 1));

        ImportReport report = importBatch(b);

        ImportIssue issue = issue(report, "file faces.json is not UTF-8 (invalid byte at offset " + offset + "); convert it to UTF-8 and import again");
        assertEquals(ERROR, issue.severity());
        assertFalse(hasRecord(F1));
        assertTrue(hasRecord(id(ObjectType.PERSON, 1)));
    }

    @Test
    void aHugeStringValueFailsCleanlyAndKeepsTheRecordsBefore() throws IOException {
        Path file = tmp.resolve("b/faces.json");
        Files.createDirectories(file.getParent());
        int length = IngestLimits.DEFAULT.maxStringLength() + 1024;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"FaceListObject\":{\"FaceObject\":[" + face(1) + ",{\"FaceID\":\"" + F2 + "\",\"Note\":\"");
            char[] chunk = new char[1 << 16];
            Arrays.fill(chunk, 'a');
            for (int written = 0; written < length; written += chunk.length) w.write(chunk);
            w.write("\"}]}}");
        }

        ImportReport report = importBatch(tmp.resolve("b"));

        assertTrue(hasRecord(F1));
        assertFalse(hasRecord(F2));
        ImportIssue issue = issue(report, "beyond the importer's limits");
        assertEquals(ERROR, issue.severity());
        assertTrue(issue.message().contains("after record 1"), issue.message());
    }

    @Test
    void absurdNestingFailsCleanly() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String body = "{\"FaceListObject\":{\"FaceObject\":[" + face(1) + ",{\"FaceID\":\"" + F2 + "\",\"x\":" + deep + "}]}}";

        ImportReport report = importBatch(batch("b").text("faces.json", body));

        assertTrue(hasRecord(F1));
        assertTrue(issue(report, "beyond the importer's limits").message().contains("nesting"), report.formatText());
    }

    // ---- the batch itself ----

    @Test
    void anEmptyFolderIsNoBatch() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(tmp.resolve("empty")));

        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void aFileThatIsNeitherFolderNorZipIsNoBatch() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "these are not the droids");

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(notes));

        assertTrue(e.getMessage().contains("neither a folder nor a .zip"), e.getMessage());
    }

    @Test
    void aMissingPathIsNoBatch() {
        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(tmp.resolve("nowhere")));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFolderWithoutMessageBodiesIsNoBatch() {
        TestBatch b = batch("b").png("images/1.png", 1).text("readme.txt", "hello");

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(b));

        assertTrue(e.getMessage().contains("holds no message bodies"), e.getMessage());
        assertTrue(store.db().read(Batches::all).isEmpty());
    }

    @Test
    void aBrokenManifestMakesTheBatchUnreadable() {
        TestBatch b = batch("b").text("manifest.json", "{\"Kind\":\"Gallery\",").json("faces.json", ObjectType.FACE, face(1));

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(b));

        assertTrue(e.getMessage().contains("manifest.json is not valid JSON"), e.getMessage());
        assertEquals(0, recordCount());
    }

    @Test
    void anUnknownKindMakesTheBatchUnreadable() {
        TestBatch b = batch("b").manifest(JSON.createObjectNode().put("Kind", "Suspects")).json("faces.json", ObjectType.FACE, face(1));

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(b));

        assertTrue(e.getMessage().contains("\"Kind\":\"Suspects\""), e.getMessage());
    }

    @Test
    void aZipEntryEscapingTheRootIsNotRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("faces.json", facesBody(face(1)).getBytes(StandardCharsets.UTF_8));
        entries.put("../evil.json", facesBody(face(2)).getBytes(StandardCharsets.UTF_8));
        entries.put("/abs/evil.json", facesBody(face(3)).getBytes(StandardCharsets.UTF_8));
        Path zip = zipOf(tmp.resolve("evil.zip"), entries);

        ImportReport report = importBatch(zip);

        assertTrue(hasRecord(F1));
        assertFalse(hasRecord(F2));
        assertFalse(hasRecord(F3));
        ImportIssue climb = issue(report, "'../evil.json' was not read");
        assertEquals(ERROR, climb.severity());
        assertEquals("../evil.json", climb.file());
        assertEquals(ERROR, issue(report, "'/abs/evil.json' was not read").severity());
    }

    @Test
    void aZipDeclaringAHugeUnpackedSizeIsAZipBomb() throws IOException {
        Path zip = zipOf(tmp.resolve("bomb.zip"), Map.of("faces.json", new byte[1 << 20]));
        setDeclaredSize(zip, 0x8000_0000L); // 2 GiB from about 1 KB

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(zip));

        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aZipEntryInflatingBeyondItsDeclaredSizeStopsTheImportAndUndoesIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a-faces.json", facesBody(face(1)).getBytes(StandardCharsets.UTF_8));
        byte[] padded = (facesBody(face(2)) + " ".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        entries.put("b-faces.json", padded);
        Path zip = zipOf(tmp.resolve("liar.zip"), entries);
        setDeclaredSize(zip, "b-faces.json", 1000);

        BatchUnreadableException e = assertThrows(BatchUnreadableException.class, () -> importBatch(zip));

        assertTrue(e.getMessage().contains("b-faces.json unpacks to more than the 1000 bytes it declares"), e.getMessage());
        assertEquals(0, recordCount(), "what the batch stored before is undone");
        assertTrue(store.db().read(Batches::all).isEmpty());
    }

    /** Rewrites the uncompressed size of the first (or named) entry in the zip's central directory. */
    private static void setDeclaredSize(Path zip, long size) throws IOException {
        setDeclaredSize(zip, null, size);
    }

    private static void setDeclaredSize(Path zip, String name, long size) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = b.length - 46; i >= 0; i--) {
            if (b[i] != 0x50 || b[i + 1] != 0x4b || b[i + 2] != 0x01 || b[i + 3] != 0x02) continue;
            int nameLength = (b[i + 28] & 0xff) | (b[i + 29] & 0xff) << 8;
            String entry = new String(b, i + 46, nameLength, StandardCharsets.UTF_8);
            if (name != null && !name.equals(entry)) continue;
            for (int k = 0; k < 4; k++) b[i + 24 + k] = (byte) (size >>> (8 * k));
            Files.write(zip, b);
            return;
        }
        throw new AssertionError("no central directory entry " + name);
    }

    // ---- gallery and cameras ----

    @Test
    void aGalleryEntryWithoutFeatureIsRejected() {
        ObjectNode known = face(1).put("Name", "李四").put("IDType", "111").put("IDNumber", "330203199001011235");
        crop(known).remove("FeatureInfoObject");
        TestBatch b = batch("b").manifest(JSON.createObjectNode().put("Kind", "Gallery")).json("known.json", ObjectType.FACE, known);

        ImportReport report = importBatch(b);

        assertRejected(report, ObjectType.FACE, "a gallery entry needs a feature", "known.json", 1, F1);
        assertEquals(0, report.galleryImported());
    }

    @Test
    void aCameraWithoutApeIdIsRejected() {
        ObjectNode nameless = camera(2);
        nameless.remove("ApeID");

        ImportReport report = importBatch(batch("b").cameras("cameras.json", camera(1), nameless));

        assertEquals(new ImportReport.CameraCounts(1, 0, 0, 1), report.cameras());
        ImportIssue issue = issue(report, "has no ApeID");
        assertEquals(2L, issue.position());
    }
}
