package org.judang.engine.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.WrittenBatch.Record;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output follows the batch format, counts what it says, labels everything, and repeats exactly. */
class SyntheticBatchGeneratorTest {
    static final GeneratorSettings SMALL = GeneratorSettings.defaults()
            .withRecords(1200).withIdentities(120).withVehicles(30).withDimension(64).withSeed(7);

    @TempDir
    static Path dir;
    static GeneratedBatch generated;
    static WrittenBatch batch;

    @BeforeAll
    static void generate() {
        generated = new SyntheticBatchGenerator(SMALL).write(dir.resolve("small"));
        batch = WrittenBatch.read(dir.resolve("small"));
    }

    @Test
    void aLaterBatchShowsSomeOfTheSamePeopleAndVehiclesOnLaterDaysWithNewIds(@TempDir Path dir) throws IOException {
        GeneratorSettings first = GeneratorSettings.defaults().withIdentities(400).withVehicles(100).withRecords(3000).withDimension(32)
                .withImages(false).withGalleryPersons(0);
        GeneratedBatch a = new SyntheticBatchGenerator(first).write(dir.resolve("a"));
        // far fewer records than identities: a first batch could not hold them, a later one shows only some
        GeneratedBatch b = new SyntheticBatchGenerator(first.withRecords(300).withFirstDay(3)).write(dir.resolve("b"));
        Map<String, String> ta = WrittenBatch.readTsv(a.truth()), tb = WrittenBatch.readTsv(b.truth());
        assertEquals(300, tb.size());
        assertTrue(java.util.Collections.disjoint(ta.keySet(), tb.keySet()), "new captures, new IDs");
        Set<String> labelsA = new HashSet<>(ta.values());
        long known = tb.values().stream().filter(l -> !l.startsWith("N") && !l.startsWith("T")).filter(labelsA::contains).count();
        long subjects = tb.values().stream().filter(l -> !l.startsWith("N") && !l.startsWith("T")).count();
        assertTrue(known >= subjects * 0.95, known + " of " + subjects + " person and vehicle captures are of subjects of the first batch");
        long firstDayOfB = CaptureSchedule.CASE_START + 3 * 86_400L;
        for (Record r : WrittenBatch.read(dir.resolve("b")).records) assertTrue(r.time() >= firstDayOfB, r.id() + " is on a later day");
    }

    @Test
    void countsAndTruthMatchTheFiles() {
        assertEquals(SMALL.records(), generated.records());
        assertEquals(SMALL.records(), batch.records.size());
        for (ObjectType type : ObjectType.values()) {
            assertEquals(generated.counts().get(type).longValue(), batch.records(type).size(), type.name());
        }
        assertTrue(generated.counts().values().stream().allMatch(n -> n > 0), "every type present: " + generated.counts());
        assertEquals(batch.records.size(), batch.truth.size(), "one truth line per record");
        assertTrue(batch.records.stream().allMatch(r -> r.label() != null), "every record has a truth label");
        assertEquals(generated.identities(), new HashSet<>(batch.truth.values()).size());
        long persons = batch.truth.values().stream().filter(l -> l.startsWith("P")).distinct().count();
        assertEquals(SMALL.identities(), persons, "every person appears");
        assertEquals(SMALL.vehicles(), batch.truth.values().stream().filter(l -> l.startsWith("V")).distinct().count());
        for (Record r : batch.records) {
            String prefix = switch (r.type()) {
                case FACE, PERSON -> "P";
                case MOTOR_VEHICLE -> "V";
                case NON_MOTOR_VEHICLE -> "N";
                case THING -> "T";
            };
            assertTrue(r.label().matches(prefix + "\\d{6}"), r.label() + " for a " + r.type());
        }
    }

    @Test
    void smallBatchesUseListWrappersAndNameTheirParts() {
        assertEquals(Set.of("faces.json", "persons.json", "motor_vehicles.json", "non_motor_vehicles.json", "things.json"),
                Set.copyOf(batch.messageFiles));
        assertEquals("Captures", batch.manifest.get("Kind").asText());
        assertEquals(BatchWriter.batchId(SMALL), batch.manifest.get("BatchID").asText());
        assertTrue(CaseTime.parse(batch.manifest.get("CreateTime").asText()).isPresent());
        assertTrue(batch.manifest.path("FeatureFiles").isMissingNode(), "inline features need no sidecars");
        JsonNode cameras = batch.cameras.get("APEListObject").get("APEObject");
        assertEquals(SMALL.cameras(), cameras.size());
        Set<String> names = new HashSet<>();
        for (JsonNode c : cameras) {
            assertTrue(c.get("ApeID").asText().matches("\\d{20}"), c.toString());
            assertTrue(c.get("Name").asText().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
            assertTrue(names.add(c.get("Name").asText()), "camera names are distinct");
            assertEquals(121.55, c.get("Longitude").asDouble(), 0.05);
            assertEquals(29.87, c.get("Latitude").asDouble(), 0.05);
            assertEquals("330203", c.get("PlaceCode").asText());
        }
    }

    @Test
    void everyRecordHasTheFieldsOfTheFormat() throws IOException {
        Set<String> devices = new HashSet<>();
        batch.cameras.get("APEListObject").get("APEObject").forEach(c -> devices.add(c.get("ApeID").asText()));
        long start = CaptureSchedule.CASE_START, end = start + SMALL.days() * 86_400L;
        Set<String> ids = new HashSet<>(), imageIds = new HashSet<>();
        for (Record r : batch.records) {
            JsonNode j = r.json();
            assertTrue(ids.add(r.id()), "unique ID " + r.id());
            assertEquals(48, r.id().length(), r.id());
            assertEquals(41, j.get("SourceID").asText().length());
            assertTrue(r.id().startsWith(j.get("SourceID").asText()), "an object ID extends its scene's ID");
            assertEquals(ObjectIds.typeCode(r.type()), r.id().substring(41, 43));
            assertTrue(devices.contains(r.device()), "device " + r.device() + " is a camera");
            assertEquals(1, j.get("InfoKind").asInt());
            assertTrue(r.time() >= start && r.time() < end, "time within the case's days");
            assertTrue(j.get("LeftTopX").asInt() < j.get("RightBtmX").asInt() && j.get("LeftTopY").asInt() < j.get("RightBtmY").asInt());
            assertTrue(j.get("RightBtmX").asInt() <= 1920 && j.get("RightBtmY").asInt() <= 1080 && j.get("LeftTopX").asInt() >= 0);
            assertTrue(r.quality() > 0 && r.quality() < 1);
            JsonNode crop = r.crop();
            assertEquals(r.type().cropImageTypes().get(0), crop.get("Type").asText());
            assertEquals(41, crop.get("ImageID").asText().length());
            assertTrue(imageIds.add(crop.get("ImageID").asText()), "unique image ID");
            assertEquals(j.get(r.type().timeFields().get(0)).asText(), crop.get("ShotTime").asText());
            assertEquals("Png", crop.get("FileFormat").asText());
            Path image = batch.captures.resolve(crop.get("StoragePath").asText());
            assertTrue(crop.get("StoragePath").asText().startsWith("images/"));
            BufferedImage png = ImageIO.read(image.toFile());
            assertNotNull(png, image + " decodes");
            assertEquals(crop.get("Width").asInt(), png.getWidth());
            assertEquals(crop.get("Height").asInt(), png.getHeight());
            JsonNode feature = crop.get("FeatureInfoObject");
            FeatureSpaceModel.Parameters space = FeatureSpaceModel.parametersOf(r.type());
            assertEquals("VendorA", feature.get("Vendor").asText());
            assertEquals(space.algorithmVersion(), feature.get("AlgorithmVersion").asText());
            assertEquals(SMALL.dimension(), r.feature().length);
            assertEquals(1.0, Vectors.norm(r.feature()), 1e-5);
        }
        Map<String, String> versions = new TreeMap<>();
        batch.records.forEach(r -> versions.put(r.type().name(), r.crop().get("FeatureInfoObject").get("AlgorithmVersion").asText()));
        assertEquals(Map.of("FACE", "face-3.2", "PERSON", "body-1.0", "MOTOR_VEHICLE", "vehicle-2.1",
                "NON_MOTOR_VEHICLE", "nmv-1.0", "THING", "thing-1.0"), versions);
    }

    @Test
    void facesAndBodiesOfOneFrameAreLinkedBothWays() {
        Map<String, Record> byId = batch.records.stream().collect(Collectors.toMap(Record::id, r -> r));
        int linked = 0;
        for (Record r : batch.records) {
            JsonNode related = r.json().path("RelatedList").path("RelatedObject");
            if (related.isMissingNode()) continue;
            assertTrue(r.type() == ObjectType.FACE || r.type() == ObjectType.PERSON);
            assertEquals(1, related.size());
            Record other = byId.get(related.get(0).get("RelatedID").asText());
            assertNotNull(other, "the related record exists");
            assertEquals(r.type() == ObjectType.FACE ? "01" : "06", related.get(0).get("RelatedType").asText());
            assertNotEquals(r.type(), other.type());
            assertEquals(r.label(), other.label(), "a face and its body are one person");
            assertEquals(r.json().get("SourceID"), other.json().get("SourceID"), "one scene image");
            assertEquals(r.id(), other.json().get("RelatedList").get("RelatedObject").get(0).get("RelatedID").asText());
            linked++;
        }
        assertTrue(linked > batch.records(ObjectType.FACE).size(), "most faces come with their body: " + linked);
    }

    @Test
    void attributesAreThereAndConsistentPerSubject() {
        for (Record r : batch.records(ObjectType.PERSON)) {
            assertTrue(r.text("GenderCode").matches("[012]"));
            assertNotNull(r.text("CoatColor"));
            assertNotNull(r.text("TrousersColor"));
        }
        for (List<Record> person : batch.byLabel(ObjectType.PERSON).values()) {
            assertEquals(1, person.stream().map(r -> r.text("CoatColor") + r.text("TrousersColor")).distinct().count(), "one outfit");
        }
        for (Record r : batch.records(ObjectType.FACE)) {
            assertTrue(r.json().get("AgeLowerLimit").asInt() < r.json().get("AgeUpLimit").asInt());
        }
        for (Record r : batch.records(ObjectType.MOTOR_VEHICLE)) {
            for (String field : List.of("PlateNo", "HasPlate", "VehicleClass", "VehicleBrand", "VehicleModel", "VehicleColor", "VehicleStyles")) {
                assertNotNull(r.text(field), field + " in " + r.json());
            }
        }
        for (Record r : batch.records(ObjectType.THING)) assertNotNull(r.text("Name"));
        for (Record r : batch.records(ObjectType.NON_MOTOR_VEHICLE)) assertNotNull(r.text("VehicleBrand"));
    }

    @Test
    void theSameSettingsGiveTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        new SyntheticBatchGenerator(SMALL).write(dir.resolve("again"));
        Map<String, byte[]> first = files(dir.resolve("small")), second = files(dir.resolve("again"));
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) assertArrayEquals(first.get(name), second.get(name), name);

        new SyntheticBatchGenerator(SMALL.withSeed(8)).write(dir.resolve("other"));
        WrittenBatch other = WrittenBatch.read(dir.resolve("other"));
        assertNotEquals(batch.truth, other.truth);
        assertNotEquals(batch.records.get(0).id(), other.records.get(0).id());
        assertFalse(Arrays.equals(batch.records.get(0).feature(), other.records.get(0).feature()));
    }

    @Test
    void imagesDoNotChangeTheData() {
        Path off = dir.resolve("no-images");
        new SyntheticBatchGenerator(SMALL.withImages(false)).write(off);
        WrittenBatch plain = WrittenBatch.read(off);
        assertEquals(batch.truth, plain.truth);
        Map<String, float[]> features = new HashMap<>();
        plain.records.forEach(r -> features.put(r.id(), r.feature()));
        for (Record r : batch.records) assertArrayEquals(r.feature(), features.get(r.id()), r.id());
        for (Record r : plain.records) {
            assertNull(r.crop().get("StoragePath"));
            assertNull(r.crop().get("FileFormat"));
        }
        assertFalse(Files.exists(off.resolve("captures/images")));
    }

    @Test
    void largeBatchesUseJsonLinesAndSidecars() throws IOException {
        GeneratorSettings large = SMALL.withRecords(BatchWriter.JSON_LIST_LIMIT + 500).withImages(false)
                .withEncoding(FeatureEncoding.NPY_SIDECAR);
        GeneratedBatch written = new SyntheticBatchGenerator(large).write(dir.resolve("large"));
        WrittenBatch read = WrittenBatch.read(dir.resolve("large"));
        assertEquals(Set.of("faces.jsonl", "persons.jsonl", "motor_vehicles.jsonl", "non_motor_vehicles.jsonl", "things.jsonl"),
                Set.copyOf(read.messageFiles));
        assertEquals(large.records(), read.records.size());
        JsonNode files = read.manifest.get("FeatureFiles");
        assertEquals(5, files.size());
        for (JsonNode f : files) {
            ObjectType type = ObjectType.valueOf(f.get("ObjectType").asText());
            assertEquals(FeatureSpaceModel.parametersOf(type).algorithmVersion(), f.get("AlgorithmVersion").asText());
            NpyFile npy = NpyFile.read(read.captures.resolve(f.get("Path").asText()));
            List<String> ids = Files.readAllLines(read.captures.resolve(f.get("IDs").asText()));
            assertEquals(written.counts().get(type).longValue(), npy.rows());
            assertEquals(npy.rows(), ids.size(), ".ids has a line per row");
            assertEquals(large.dimension(), npy.columns());
            assertEquals(1, npy.major());
        }
        for (Record r : read.records) {
            assertTrue(r.crop().path("FeatureInfoObject").isMissingNode(), "a feature is in the sidecar or the body, never both");
            assertNotNull(r.feature(), "every record has a sidecar row");
            assertEquals(1.0, Vectors.norm(r.feature()), 1e-5);
        }
    }

    @Test
    void impossibleSettingsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> SMALL.withDimension(4));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withGalleryPersons(SMALL.identities() + 1));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withCameras(0));
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticBatchGenerator(SMALL.withRecords(150)).write(dir.resolve("too-few")));
        assertTrue(tooFew.getMessage().contains("too few"), tooFew.getMessage());
        IllegalArgumentException notEmpty = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticBatchGenerator(SMALL).write(dir.resolve("small")));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }

    @Test
    void aTinyBatchStillWorks() {
        GeneratedBatch tiny = new SyntheticBatchGenerator(new GeneratorSettings(3, 10, 16, 1, 0,
                FeatureEncoding.INLINE_BASE64, false, 1, 1, 1)).write(dir.resolve("tiny"));
        WrittenBatch read = WrittenBatch.read(dir.resolve("tiny"));
        assertEquals(10, read.records.size());
        assertEquals(3, tiny.identities());
        assertEquals(0, tiny.counts().get(ObjectType.MOTOR_VEHICLE));
        assertNotNull(tiny.gallery());
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
