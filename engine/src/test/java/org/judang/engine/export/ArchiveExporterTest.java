package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.ArchiveSubjectObject;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.StoredObjectFields;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.judang.engine.model.ObjectType.FACE;
import static org.judang.engine.model.ObjectType.MOTOR_VEHICLE;
import static org.judang.engine.model.ObjectType.NON_MOTOR_VEHICLE;
import static org.judang.engine.model.ObjectType.PERSON;
import static org.judang.engine.model.ObjectType.THING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveExporterTest {
    /** The case is built once and only read by the tests; each test exports into its own folder. */
    @TempDir
    static Path caseFolder;

    @TempDir
    Path tmp;

    private static TestCase c;
    private static final Map<String, ObjectNode> imported = new HashMap<>();
    private static String person1, person2, vehicle1, vehicle2, thing1, nonMotor1;

    /**
     * Two person archives (faces and a body; one whose cover was never chosen and with a face whose image went
     * missing), two vehicle archives (one plate voted by members, one set by hand), a thing and a non-motor-vehicle
     * archive, and one capture in no archive.
     */
    @BeforeAll
    static void buildCase() {
        c = TestCase.create(caseFolder.resolve("case"), "Harbour case");
        FeatureSpace faces = c.space(FACE, "VendorA", "face-3.2", new float[]{0.6f, 0.8f});
        FeatureSpace bodies = c.space(PERSON, "VendorB", "body-1.0", new float[]{1f, 0f, 0f});

        add(FACE, "F1", "SRC-2");
        add(FACE, "F2", "SRC-1");
        add(PERSON, "B1", "SRC-1");
        person1 = c.archive(ArchiveKind.PERSON, FACE, "F2", null, "F1", "F2", "B1");
        c.center(person1, bodies, new float[]{1f, 0f, 0f});
        c.center(person1, faces, new float[]{0.6f, 0.8f});

        add(FACE, "F3", null);
        ObjectNode f4 = c.object(FACE, "F4", "SRC-4", "ab/ab00000000000000000000000000000000000000000000000000000000000000.png");
        ((com.fasterxml.jackson.databind.node.ArrayNode) f4.get("SubImageList").get("SubImageInfoObject")).addObject()
                .put("ImageID", "IMG-F4-scene").put("Type", "14").put("StoragePath", "images/cam01/F4-scene.jpg");
        c.add(FACE, f4, null, 0.9);
        imported.put("F4", f4);
        person2 = c.archive(ArchiveKind.PERSON, FACE, null, null, "F3", "F4");

        vehicle(1, "浙B12345", "5", "A");
        vehicle(2, "浙B12345", 5, "B");
        vehicle(3, "浙B12346", "2", "B");
        vehicle1 = c.archive(ArchiveKind.VEHICLE, MOTOR_VEHICLE, "M1", null, "M1", "M2", "M3");
        vehicle(4, "浙B8888B", "5", "C");
        vehicle2 = c.archive(ArchiveKind.VEHICLE, MOTOR_VEHICLE, "M4", "浙B88888", "M4");

        add(THING, "T1", "SRC-7");
        thing1 = c.archive(ArchiveKind.OBJECT, THING, "T1", null, "T1");
        add(NON_MOTOR_VEHICLE, "N1", "SRC-8");
        nonMotor1 = c.archive(ArchiveKind.OBJECT, NON_MOTOR_VEHICLE, "N1", null, "N1");

        add(FACE, "U1", "SRC-9");
    }

    @AfterAll
    static void closeCase() {
        c.close();
    }

    @Test
    void theLibraryIsTheCase() throws IOException {
        Path out = export(ImageMode.NONE);

        assertEquals(tree("{'ArchiveLibraryListObject':{'ArchiveLibraryObject':[{'ArchiveLibraryID':'" + c.store.libraryId() + "',"
                + "'Name':'Harbour case','CreateTime':'" + libraryCreateTime() + "',"
                + "'Memo':'Judang Workstation case: 2 person, 2 vehicle and 2 object archives'}]}}"), read(out, "ArchiveLibrary.json"));
    }

    @Test
    void personArchivesCarryEveryFieldOfB3() throws IOException {
        Path out = export(ImageMode.INLINE);

        JsonNode archives = read(out, "Archives.json").get("ArchiveListObject").get("ArchiveObject");
        assertEquals(List.of(person1, person2, thing1, nonMotor1), ids(archives));
        assertEquals(tree("{'ArchiveID':'" + person1 + "','ArchiveLibraryID':'" + c.store.libraryId() + "',"
                + "'CreateTime':'20251103120000','UpdateTime':'20251104093000','SourceIDList':['SRC-1','SRC-2'],"
                + "'CenterFeatureList':{'FeatureInfoObject':["
                + "{'Vendor':'VendorA','AlgorithmVersion':'face-3.2','FeatureData':'" + feature(0.6f, 0.8f) + "'},"
                + "{'Vendor':'VendorB','AlgorithmVersion':'body-1.0','FeatureData':'" + feature(1f, 0f, 0f) + "'}]},"
                + "'Similaritydegree':0.8125,'Confidence':0.9375,"
                + "'SubImageList':{'SubImageInfoObject':[{'ImageID':'IMG-F2','Type':'11','FileFormat':'Png','ShotTime':'20251103101515',"
                + "'Width':112,'Height':112,'Data':'" + base64("crop of F2") + "'}]}}"), archives.get(0));
        assertEquals(List.of("ArchiveID", "ArchiveLibraryID", "CreateTime", "UpdateTime", "SourceIDList", "CenterFeatureList",
                "Similaritydegree", "Confidence", "SubImageList"), fieldNames(archives.get(0)));
    }

    @Test
    void anArchiveWithoutAChosenCoverShowsItsBestMemberWithACrop() throws IOException {
        Path out = export(ImageMode.INLINE);

        JsonNode p2 = read(out, "Archives.json").get("ArchiveListObject").get("ArchiveObject").get(1);
        assertEquals(person2, p2.get("ArchiveID").asText());
        assertEquals(tree("['SRC-4']"), p2.get("SourceIDList"), "F3 has no SourceID");
        assertNull(p2.get("CenterFeatureList"), "no centre stored");
        JsonNode cover = p2.get("SubImageList").get("SubImageInfoObject").get(0);
        assertEquals("IMG-F3", cover.get("ImageID").asText(), "F4 has better quality but its image is missing");
        assertEquals(base64("crop of F3"), cover.get("Data").asText());
    }

    @Test
    void thingsAndNonMotorVehiclesAreArchiveObjectsNamingTheirType() throws IOException {
        Path out = export(ImageMode.NONE);

        JsonNode archives = read(out, "Archives.json").get("ArchiveListObject").get("ArchiveObject");
        assertEquals(tree("{'ArchiveID':'" + thing1 + "','ArchiveLibraryID':'" + c.store.libraryId() + "',"
                + "'CreateTime':'20251103120000','UpdateTime':'20251104093000','SourceIDList':['SRC-7'],"
                + "'Similaritydegree':0.8125,'Confidence':0.9375,"
                + "'SubImageList':{'SubImageInfoObject':[{'ImageID':'IMG-T1','Type':'13','FileFormat':'Png','ShotTime':'20251103101515',"
                + "'Width':112,'Height':112}]},'ObjectType':'THING'}"), archives.get(2));
        assertEquals("NON_MOTOR_VEHICLE", archives.get(3).get("ObjectType").asText());
        assertNull(archives.get(0).get("ObjectType"), "person archives have no ObjectType");
    }

    @Test
    void vehicleArchivesAreDescribedByTheirMembers() throws IOException {
        Path out = export(ImageMode.FILES);

        JsonNode vehicles = read(out, "VehicleArchives.json").get("VehicleArchiveListObject").get("VehicleArchiveObject");
        assertEquals(List.of(vehicle1, vehicle2), ids(vehicles));
        assertEquals(tree("{'ArchiveID':'" + vehicle1 + "','ArchiveLibraryID':'" + c.store.libraryId() + "',"
                + "'PlateNo':'浙B12345','PlateColor':'5','VehicleClass':'K33','VehicleBrand':'1','VehicleModel':'2',"
                + "'VehicleColor':'B','VehicleStyles':'1','CreateTime':'20251103120000','UpdateTime':'20251104093000',"
                + "'SourceIDList':['SRC-M1','SRC-M2','SRC-M3'],"
                + "'SubImageList':{'SubImageInfoObject':[{'ImageID':'IMG-M1','Type':'09','FileFormat':'Png','ShotTime':'20251103101515',"
                + "'Width':112,'Height':112,'StoragePath':'images/" + cropKey("M1") + "'}]}}"), vehicles.get(0));
        assertEquals("浙B88888", vehicles.get(1).get("PlateNo").asText(), "a plate set on the archive wins over the members' reading");
        assertEquals("C", vehicles.get(1).get("VehicleColor").asText());
    }

    @Test
    void subjectsListEveryMemberByTypeAndNothingElse() throws IOException {
        Path out = export(ImageMode.NONE);

        var subjects = c.mapper.treeToValue(read(out, "ArchiveSubjects.json"), ArchiveSubjectListObject.Body.class).list().subjects();
        assertEquals(List.of(person1, person2, vehicle1, vehicle2, thing1, nonMotor1), subjects.stream().map(ArchiveSubjectObject::archiveId).toList());
        ArchiveSubjectObject p1 = subjects.get(0);
        assertEquals(List.of("F1", "F2"), p1.faceIds());
        assertEquals(List.of("B1"), p1.personIds());
        assertNull(p1.motorVehicleIds());
        assertEquals(List.of("M1", "M2", "M3"), subjects.get(2).motorVehicleIds());
        assertEquals(List.of("T1"), subjects.get(4).thingIds());
        assertEquals(List.of("N1"), subjects.get(5).nonMotorVehicleIds());
        assertEquals(List.of("ArchiveID", "PersonIDList", "FaceIDList", "PersonObjectList", "FaceObjectList"),
                fieldNames(read(out, "ArchiveSubjects.json").get("ArchiveSubjectListObject").get("ArchiveSubjectObject").get(0)));
        assertFalse(Files.readString(out.resolve("ArchiveSubjects.json")).contains("U1"), "a capture in no archive is not exported");
    }

    @Test
    void singleBodiesForTheInterfaceAreWhatTheExportWrites() throws IOException {
        for (ImageMode mode : List.of(ImageMode.INLINE, ImageMode.NONE)) {
            Path out = export(mode);
            ArchiveMessages messages = new ArchiveMessages(c.store, mode);
            JsonNode archives = read(out, "Archives.json").get("ArchiveListObject").get("ArchiveObject");
            JsonNode vehicles = read(out, "VehicleArchives.json").get("VehicleArchiveListObject").get("VehicleArchiveObject");
            JsonNode subjects = read(out, "ArchiveSubjects.json").get("ArchiveSubjectListObject").get("ArchiveSubjectObject");
            assertEquals(archives.get(0), c.mapper.valueToTree(messages.archive(archive(person1))), mode.name());
            assertEquals(vehicles.get(1), c.mapper.valueToTree(messages.vehicleArchive(archive(vehicle2))), mode.name());
            assertEquals(subjects.get(1), c.mapper.valueToTree(messages.subject(archive(person2), true)), mode.name());
            assertEquals(tree("{'ArchiveID':'" + person2 + "','FaceIDList':['F3','F4']}"), c.mapper.valueToTree(messages.subject(archive(person2), false)));
            assertEquals(read(out, "ArchiveLibrary.json").get("ArchiveLibraryListObject").get("ArchiveLibraryObject").get(0),
                    c.mapper.valueToTree(messages.library()));
        }
        assertThrows(IllegalArgumentException.class, () -> new ArchiveMessages(c.store, ImageMode.FILES));
    }

    private static org.judang.engine.model.Archive archive(String id) {
        return c.store.db().read(x -> org.judang.engine.store.Archives.byId(x, id)).orElseThrow();
    }

    @Test
    void objectsComeBackAsImportedInEveryMode() throws IOException {
        for (ImageMode mode : ImageMode.values()) {
            Path out = export(mode);

            var subjects = c.mapper.treeToValue(read(out, "ArchiveSubjects.json"), ArchiveSubjectListObject.Body.class).list().subjects();
            int objects = 0;
            for (ArchiveSubjectObject s : subjects) {
                for (ObjectType type : ObjectType.values()) {
                    List<String> ids = s.idsOf(type);
                    List<JsonNode> exported = s.objectsOf(type);
                    if (ids == null) continue;
                    assertEquals(ids, exported.stream().map(o -> o.get(type.idField()).asText()).toList(), mode + " " + s.archiveId());
                    for (JsonNode o : exported) {
                        assertEquals(withoutImageFields(imported.get(o.get(type.idField()).asText())), withoutImageFields(o), mode + " " + o);
                        objects++;
                    }
                }
            }
            assertEquals(11, objects);
        }
    }

    @Test
    void inlineImagesAreTheStoredBytes() throws IOException {
        Path out = export(ImageMode.INLINE);

        JsonNode f1 = faceObject(out, 0, 0);
        JsonNode crop = f1.get("SubImageList").get("SubImageInfoObject").get(0);
        assertArrayEquals(TestCase.imageBytes("crop of F1"), Base64.getDecoder().decode(crop.get("Data").asText()));
        assertNull(crop.get("StoragePath"));
        assertEquals(tree("{'Vendor':'VendorA','AlgorithmVersion':'3.2','FeatureData':'AACAPw=='}"), crop.get("FeatureInfoObject"));
        assertFalse(Files.exists(out.resolve("images")));
    }

    @Test
    void imageFilesAreCopiedOnceAndReferencedByRelativePath() throws IOException {
        Path out = export(ImageMode.FILES);

        JsonNode crop = faceObject(out, 0, 1).get("SubImageList").get("SubImageInfoObject").get(0);
        assertEquals("images/" + cropKey("F2"), crop.get("StoragePath").asText());
        assertNull(crop.get("Data"));
        assertArrayEquals(TestCase.imageBytes("crop of F2"), Files.readAllBytes(out.resolve(crop.get("StoragePath").asText())));
        try (Stream<Path> files = Files.walk(out.resolve("images"))) {
            assertEquals(10, files.filter(Files::isRegularFile).count(), "one file per stored crop, covers included");
        }
    }

    @Test
    void withoutImagesNoSubImageCarriesDataOrPath() throws IOException {
        Path out = export(ImageMode.NONE);

        String all = Files.readString(out.resolve("ArchiveSubjects.json")) + Files.readString(out.resolve("Archives.json"))
                + Files.readString(out.resolve("VehicleArchives.json"));
        assertFalse(all.contains("\"Data\""));
        assertFalse(all.contains("\"StoragePath\""));
        assertFalse(Files.exists(out.resolve("images")));
    }

    @Test
    void anImageMissingFromTheCaseLeavesNoDanglingPath() throws IOException {
        for (ImageMode mode : ImageMode.values()) {
            Path out = export(mode);

            JsonNode f4 = faceObject(out, 1, 1);
            assertEquals("F4", f4.get("FaceID").asText());
            for (JsonNode subImage : f4.get("SubImageList").get("SubImageInfoObject")) {
                assertNull(subImage.get("StoragePath"), mode + " " + subImage);
                assertNull(subImage.get("Data"), mode + " " + subImage);
                assertNull(subImage.get(StoredObjectFields.IMAGE_KEY), mode + " " + subImage);
            }
        }
    }

    @Test
    void noStoreKeyOrOriginalPathLeavesTheCase() throws IOException {
        for (ImageMode mode : ImageMode.values()) {
            Path out = export(mode);

            for (String file : List.of("ArchiveLibrary.json", "Archives.json", "VehicleArchives.json", "ArchiveSubjects.json")) {
                String text = Files.readString(out.resolve(file));
                assertFalse(text.contains(StoredObjectFields.IMAGE_KEY), mode + " " + file);
                assertFalse(text.contains("images/cam01"), mode + " " + file);
            }
        }
    }

    @Test
    void aZipHoldsExactlyWhatTheFolderHolds() throws IOException {
        Path folder = export(ImageMode.FILES);
        Path zip = tmp.resolve("out/case.zip");

        ExportSummary summary = new ArchiveExporter(c.store).export(zip, new ExportOptions(ImageMode.FILES, true), null, null);

        assertEquals(zip, summary.output());
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(p -> expected.add(folder.relativize(p).toString().replace('\\', '/')));
        }
        expected.sort(null);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(ZipEntry::getName).toList();
            assertEquals(expected, names);
            for (String name : names) {
                assertArrayEquals(Files.readAllBytes(folder.resolve(name)), z.getInputStream(z.getEntry(name)).readAllBytes(), name);
            }
        }
        try (Stream<Path> left = Files.list(zip.getParent())) {
            assertEquals(List.of(zip), left.toList(), "no temporary files left beside the zip");
        }
    }

    @Test
    void theSummaryCountsWhatWasWritten() {
        ExportSummary inline = new ArchiveExporter(c.store).export(tmp.resolve("inline"), new ExportOptions(ImageMode.INLINE, false, "inline " + tmp, null), null, null);
        ExportSummary files = new ArchiveExporter(c.store).export(tmp.resolve("files"), new ExportOptions(ImageMode.FILES, false, "files " + tmp, null), null, null);
        ExportSummary none = new ArchiveExporter(c.store).export(tmp.resolve("none"), new ExportOptions(ImageMode.NONE, false, "none " + tmp, null), null, null);

        assertEquals(new ExportSummary(tmp.resolve("inline"), "inline " + tmp, 4, 2, 11, 16, null), inline, "10 member crops and 6 covers inline");
        assertEquals(new ExportSummary(tmp.resolve("files"), "files " + tmp, 4, 2, 11, 10, null), files, "each stored crop once");
        assertEquals(new ExportSummary(tmp.resolve("none"), "none " + tmp, 4, 2, 11, 0, null), none);
    }

    @Test
    void progressHasTheLibraryThenEveryArchive() {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> done = new HashMap<>();
        ProgressListener progress = new ProgressListener() {
            private String stage;
            @Override public void stage(String name, long total) { stage = name; totals.put(name, total); }
            @Override public void advance(long n) { done.merge(stage, n, Long::sum); }
        };

        new ArchiveExporter(c.store).export(tmp.resolve("out"), new ExportOptions(ImageMode.NONE, false), progress, CancellationToken.none());

        assertEquals(Map.of("Writing ArchiveLibrary.json", 1L, "Exporting archives", 6L), totals);
        assertEquals(List.of("Writing ArchiveLibrary.json", "Exporting archives"), List.copyOf(totals.keySet()));
        assertEquals(totals, done);
    }

    @Test
    void anEmptyCaseExportsEmptyLists() throws IOException {
        try (TestCase empty = TestCase.create(tmp.resolve("empty-case"), "Empty")) {
            Path out = tmp.resolve("empty-out");

            ExportSummary summary = new ArchiveExporter(empty.store).export(out, new ExportOptions(ImageMode.INLINE, false, "empty", null), null, null);

            assertEquals(new ExportSummary(out, "empty", 0, 0, 0, 0, null), summary);
            assertEquals(tree("{'ArchiveListObject':{'ArchiveObject':[]}}"), read(out, "Archives.json"));
            assertEquals(tree("{'VehicleArchiveListObject':{'VehicleArchiveObject':[]}}"), read(out, "VehicleArchives.json"));
            assertEquals(tree("{'ArchiveSubjectListObject':{'ArchiveSubjectObject':[]}}"), read(out, "ArchiveSubjects.json"));
        }
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("ready"));

        new ArchiveExporter(c.store).export(out, new ExportOptions(ImageMode.NONE, false), null, null);

        assertTrue(Files.isRegularFile(out.resolve("ArchiveSubjects.json")));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        var e = assertThrows(ExportException.class, () -> new ArchiveExporter(c.store).export(out, new ExportOptions(ImageMode.NONE, false), null, null));

        assertEquals("Cannot export to " + out + ": the folder is not empty. Choose a new or empty folder.", e.getMessage());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), left.toList());
        }
        assertEquals(List.of("busy"), listNames(tmp));
    }

    @Test
    void anExistingZipOrANameWithoutZipIsRefused() throws IOException {
        Path existing = Files.writeString(tmp.resolve("old.zip"), "previous export");
        ArchiveExporter exporter = new ArchiveExporter(c.store);

        var exists = assertThrows(ExportException.class, () -> exporter.export(existing, new ExportOptions(ImageMode.NONE, true), null, null));
        var noSuffix = assertThrows(ExportException.class, () -> exporter.export(tmp.resolve("out"), new ExportOptions(ImageMode.NONE, true), null, null));

        assertTrue(exists.getMessage().contains("the file already exists"), exists.getMessage());
        assertEquals("previous export", Files.readString(existing));
        assertTrue(noSuffix.getMessage().contains("needs a file name ending in .zip"), noSuffix.getMessage());
    }

    @Test
    void cancellingBetweenArchivesLeavesNothing() throws IOException {
        Path parent = tmp.resolve("exports");
        CancellationToken cancel = new CancellationToken();

        assertThrows(CancelledException.class, () -> new ArchiveExporter(c.store).export(parent.resolve("out"),
                new ExportOptions(ImageMode.FILES, false), cancelOnFirstStep("Exporting archives", cancel), cancel));

        assertEquals(List.of(), listNames(parent));
    }

    @Test
    void cancellingWhileZippingLeavesNothing() throws IOException {
        Path parent = tmp.resolve("exports");
        CancellationToken cancel = new CancellationToken();

        assertThrows(CancelledException.class, () -> new ArchiveExporter(c.store).export(parent.resolve("case.zip"),
                new ExportOptions(ImageMode.FILES, true), cancelOnFirstStep("Compressing case.zip", cancel), cancel));

        assertEquals(List.of(), listNames(parent));
    }

    @Test
    void aDamagedRecordStopsTheExportNamingItAndLeavesNothing() throws IOException {
        try (TestCase damaged = TestCase.create(tmp.resolve("damaged-case"), "Damaged")) {
            damaged.add(FACE, "F1", "SRC-1");
            damaged.addRaw(FACE, "F2", "{\"FaceID\":\"F2\",", null, 0.5, null);
            damaged.archive(ArchiveKind.PERSON, FACE, "F1", null, "F1", "F2");
            Path parent = tmp.resolve("exports");

            var e = assertThrows(org.judang.engine.store.StoreException.class, () -> new ArchiveExporter(damaged.store)
                    .export(parent.resolve("out"), new ExportOptions(ImageMode.FILES, false), null, null));

            assertTrue(e.getMessage().startsWith("Record F2 holds an object that cannot be read back"), e.getMessage());
            assertEquals(List.of(), listNames(parent));
        }
    }

    @Test
    void theSameCaseExportsToTheSameBytes() throws IOException {
        Path first = export(ImageMode.INLINE);
        Path second = export(ImageMode.INLINE);

        for (String file : List.of("ArchiveLibrary.json", "Archives.json", "VehicleArchives.json", "ArchiveSubjects.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    // ---- the scenario's objects

    private static void add(ObjectType type, String id, String sourceId) {
        imported.put(id, c.add(type, id, sourceId));
    }

    /** A motor vehicle; {@code plateColor} is an Object so that one member can send the code as a number. */
    private static void vehicle(int n, String plate, Object plateColor, String color) {
        String id = "M" + n;
        String key = c.image("crop of " + id);
        ObjectNode raw = c.object(MOTOR_VEHICLE, id, "SRC-" + id, key);
        raw.put("PlateNo", plate);
        if (plateColor instanceof Integer i) raw.put("PlateColor", i); else raw.put("PlateColor", (String) plateColor);
        raw.put("VehicleClass", "K33").put("VehicleBrand", "1").put("VehicleModel", "2").put("VehicleColor", color).put("VehicleStyles", "1");
        c.add(MOTOR_VEHICLE, raw, key, 0.5);
        imported.put(id, raw);
    }

    // ---- reading the export

    private int exports;

    private Path export(ImageMode mode) {
        Path out = tmp.resolve("export-" + (++exports));
        ExportSummary summary = new ArchiveExporter(c.store).export(out, new ExportOptions(mode, false), ProgressListener.NONE, CancellationToken.none());
        assertEquals(out, summary.output());
        return out;
    }

    private JsonNode read(Path out, String file) throws IOException {
        return c.mapper.readTree(out.resolve(file).toFile());
    }

    /** The face object at {@code index} of subject {@code subject}. */
    private JsonNode faceObject(Path out, int subject, int index) throws IOException {
        return read(out, "ArchiveSubjects.json").get("ArchiveSubjectListObject").get("ArchiveSubjectObject").get(subject)
                .get("FaceObjectList").get("FaceObject").get(index);
    }

    private JsonNode tree(String singleQuoted) throws IOException {
        return c.mapper.readTree(singleQuoted.replace('\'', '"'));
    }

    private String libraryCreateTime() {
        return c.store.db().read(conn -> org.judang.engine.store.CaseInfo.get(conn, org.judang.engine.store.CaseInfo.CREATED))
                .map(s -> org.judang.engine.model.CaseTime.format(Long.parseLong(s))).orElseThrow();
    }

    private String cropKey(String recordId) {
        return c.store.db().read(conn -> org.judang.engine.store.Records.byId(conn, recordId)).orElseThrow().cropImage();
    }

    /** The object with its sub-images' image fields removed: what must come back exactly as imported. */
    private static JsonNode withoutImageFields(JsonNode object) {
        ObjectNode copy = object.deepCopy();
        for (JsonNode subImage : copy.path("SubImageList").path("SubImageInfoObject")) {
            ((ObjectNode) subImage).remove(List.of(StoredObjectFields.IMAGE_KEY, "Data", "StoragePath"));
        }
        return copy;
    }

    private static String base64(String imageLabel) {
        return Base64.getEncoder().encodeToString(TestCase.imageBytes(imageLabel));
    }

    private static String feature(float... v) {
        return Base64.getEncoder().encodeToString(Vectors.toBytes(v));
    }

    private static List<String> ids(JsonNode archives) {
        List<String> out = new ArrayList<>();
        archives.forEach(a -> out.add(a.get("ArchiveID").asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static List<String> listNames(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ProgressListener cancelOnFirstStep(String stageName, CancellationToken cancel) {
        return new ProgressListener() {
            private String stage;
            @Override public void stage(String name, long total) { stage = name; }
            @Override public void advance(long n) { if (stageName.equals(stage)) cancel.cancel(); }
        };
    }
}
