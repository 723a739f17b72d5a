package org.judang.engine.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageBodiesTest {
    private static final LocalDateTime CREATED = LocalDateTime.of(2025, 11, 3, 10, 15, 15);
    private static final LocalDateTime UPDATED = LocalDateTime.of(2025, 11, 4, 9, 0, 0);

    private final ObjectMapper mapper = MessageMapper.create();

    @Test
    void archiveLibraryIsWrittenExactlyAndReadBack() throws Exception {
        var body = ArchiveLibraryListObject.body(List.of(new ArchiveLibraryObject("33020300001190000001", "Harbour case", CREATED, "two cameras")));

        String json = mapper.writeValueAsString(body);

        assertEquals("{\"ArchiveLibraryListObject\":{\"ArchiveLibraryObject\":[{\"ArchiveLibraryID\":\"33020300001190000001\","
                + "\"Name\":\"Harbour case\",\"CreateTime\":\"20251103101515\",\"Memo\":\"two cameras\"}]}}", json);
        assertEquals(body, mapper.readValue(json, ArchiveLibraryListObject.Body.class));
    }

    @Test
    void archiveObjectUsesTheStandardsFieldNames() throws Exception {
        var feature = FeatureInfoObject.of("VendorA", "face-3.2", Vectors.toBytes(new float[]{0.6f, 0.8f}));
        var cover = new SubImageInfoObject("33020300001190000001022025110310151500002", "11", "Jpeg", null, null, null, null, "AAEC", null);
        var archive = new ArchiveObject("330203000011900000010100000000000000000000000001", "33020300001190000001", CREATED, UPDATED,
                List.of("S1", "S2"), new FeatureInfoList(List.of(feature)), 0.87, 0.92, new SubImageList(List.of(cover)), null);

        String json = mapper.writeValueAsString(ArchiveListObject.body(List.of(archive)));

        assertEquals("{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"330203000011900000010100000000000000000000000001\","
                + "\"ArchiveLibraryID\":\"33020300001190000001\",\"CreateTime\":\"20251103101515\",\"UpdateTime\":\"20251104090000\","
                + "\"SourceIDList\":[\"S1\",\"S2\"],\"CenterFeatureList\":{\"FeatureInfoObject\":[{\"Vendor\":\"VendorA\","
                + "\"AlgorithmVersion\":\"face-3.2\",\"FeatureData\":\"mpkZP83MTD8=\"}]},\"Similaritydegree\":0.87,\"Confidence\":0.92,"
                + "\"SubImageList\":{\"SubImageInfoObject\":[{\"ImageID\":\"33020300001190000001022025110310151500002\",\"Type\":\"11\","
                + "\"FileFormat\":\"Jpeg\",\"Data\":\"AAEC\"}]}}]}}", json);
        assertEquals(archive, mapper.readValue(json, ArchiveListObject.Body.class).list().archives().get(0));
    }

    @Test
    void thingArchivesNameTheirObjectType() throws Exception {
        var archive = new ArchiveObject("A1", "L1", CREATED, UPDATED, null, null, 0.5, 0.5, null, ObjectType.THING.name());

        JsonNode json = mapper.valueToTree(archive);

        assertEquals("THING", json.get("ObjectType").asText());
        assertEquals(archive, mapper.treeToValue(json, ArchiveObject.class));
    }

    @Test
    void featureDataIsLittleEndianFloat32InBase64() {
        float[] v = {0.25f, -1.5f, 3.0f};

        var feature = FeatureInfoObject.of("V", "1", Vectors.toBytes(v));

        assertArrayEquals(v, feature.values());
        assertArrayEquals(new byte[]{0, 0, (byte) 0x80, 0x3E}, java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(feature.featureData()), 4));
    }

    @Test
    void vehicleArchiveRoundTrips() throws Exception {
        var v = new VehicleArchiveObject("A2", "L1", "浙B12345", "5", "K33", "1", "2", "A", "1", CREATED, UPDATED, List.of("S9"), null, null);

        String json = mapper.writeValueAsString(VehicleArchiveListObject.body(List.of(v)));

        assertEquals("{\"VehicleArchiveListObject\":{\"VehicleArchiveObject\":[{\"ArchiveID\":\"A2\",\"ArchiveLibraryID\":\"L1\","
                + "\"PlateNo\":\"浙B12345\",\"PlateColor\":\"5\",\"VehicleClass\":\"K33\",\"VehicleBrand\":\"1\",\"VehicleModel\":\"2\","
                + "\"VehicleColor\":\"A\",\"VehicleStyles\":\"1\",\"CreateTime\":\"20251103101515\",\"UpdateTime\":\"20251104090000\","
                + "\"SourceIDList\":[\"S9\"]}]}}", json);
        assertEquals(v, mapper.readValue(json, VehicleArchiveListObject.Body.class).list().archives().get(0));
    }

    @Test
    void vehicleCodesSentAsNumbersAreReadAsText() throws Exception {
        var v = mapper.readValue("{\"ArchiveID\":\"A\",\"PlateColor\":5,\"VehicleClass\":\"K33\"}", VehicleArchiveObject.class);

        assertEquals("5", v.plateColor());
    }

    @Test
    void archiveSubjectCarriesIdsAndObjectsAsImported() throws Exception {
        ObjectNode face = (ObjectNode) mapper.readTree("{\"FaceID\":\"F1\",\"GenderCode\":\"1\",\"LeftTopX\":412,\"Score\":0.950,"
                + "\"RelatedList\":{\"RelatedObject\":[{\"RelatedType\":\"01\",\"RelatedID\":\"P1\"}]},\"VendorField\":{\"x\":[1,2]}}");
        ObjectNode thing = (ObjectNode) mapper.readTree("{\"ThingID\":\"T1\",\"Name\":\"bag\"}");
        Map<ObjectType, List<String>> ids = new EnumMap<>(ObjectType.class);
        ids.put(ObjectType.FACE, List.of("F1"));
        ids.put(ObjectType.THING, List.of("T1"));
        Map<ObjectType, List<JsonNode>> objects = new EnumMap<>(ObjectType.class);
        objects.put(ObjectType.FACE, List.of(face));
        objects.put(ObjectType.THING, List.of(thing));
        var subject = ArchiveSubjectObject.of("A1", ids, objects);

        String json = mapper.writeValueAsString(ArchiveSubjectListObject.body(List.of(subject)));

        assertEquals("{\"ArchiveSubjectListObject\":{\"ArchiveSubjectObject\":[{\"ArchiveID\":\"A1\",\"FaceIDList\":[\"F1\"],"
                + "\"ThingIDList\":[\"T1\"],\"FaceObjectList\":{\"FaceObject\":[" + mapper.writeValueAsString(face) + "]},"
                + "\"ThingObjectList\":{\"ThingObject\":[{\"ThingID\":\"T1\",\"Name\":\"bag\"}]}}]}}", json);
        assertTrue(json.contains("\"Score\":0.950"), "decimal digits pass through unchanged: " + json);
        var back = mapper.readValue(json, ArchiveSubjectListObject.Body.class).list().subjects().get(0);
        assertEquals(subject, back);
        assertEquals(face, back.objectsOf(ObjectType.FACE).get(0));
        assertNull(back.idsOf(ObjectType.PERSON));
    }

    @Test
    void everyObjectTypeHasTheListKeysTheModelNames() {
        for (ObjectType type : ObjectType.values()) {
            JsonNode node = mapper.createObjectNode().put(type.idField(), "X");
            var subject = ArchiveSubjectObject.of("A", Map.of(type, List.of("X")), Map.of(type, List.of(node)));

            JsonNode json = mapper.valueToTree(subject);

            assertEquals(List.of("ArchiveID", type.subjectIdListKey(), type.subjectObjectListKey()), fieldNames(json), type.name());
            assertEquals("X", json.get(type.subjectObjectListKey()).get(type.elementKey()).get(0).get(type.idField()).asText());
            assertEquals(List.of("X"), subject.idsOf(type));
            assertEquals(List.of(node), subject.objectsOf(type));
        }
    }

    @Test
    void subImageKeepsFieldsItDoesNotKnow() throws Exception {
        String in = "{\"ImageID\":\"I1\",\"EventSort\":4,\"DeviceID\":\"D1\",\"StoragePath\":\"images/a.jpg\",\"Type\":\"11\","
                + "\"FileFormat\":\"Jpeg\",\"ShotTime\":\"20251103101515\",\"Width\":\"112\",\"Height\":112,"
                + "\"FeatureInfoObject\":{\"Vendor\":\"V\",\"AlgorithmVersion\":\"1\",\"FeatureData\":\"AAAAAA==\"}}";

        SubImageInfoObject image = mapper.readValue(in, SubImageInfoObject.class);
        String out = mapper.writeValueAsString(image);

        assertEquals(112, image.width());
        assertEquals(java.util.Set.of("EventSort", "DeviceID", "FeatureInfoObject"), image.other().keySet());
        assertEquals(mapper.readTree(in.replace("\"112\"", "112")), mapper.readTree(out));
        assertTrue(out.startsWith("{\"ImageID\":\"I1\",\"Type\":\"11\",\"FileFormat\":\"Jpeg\",\"ShotTime\":\"20251103101515\","
                + "\"Width\":112,\"Height\":112,\"StoragePath\":\"images/a.jpg\","), out);
        assertEquals(image, mapper.readValue(out, SubImageInfoObject.class));
    }

    @Test
    void statusCodeIsReadAsStringOrNumberAndWrittenAsString() throws Exception {
        String asNumber = "{\"ResponseStatusListObject\":{\"ResponseStatusObject\":[{\"RequestURL\":\"/VIID/Archives\",\"StatusCode\":8,"
                + "\"StatusString\":\"ArchiveID is missing\",\"Id\":\"A1\",\"LocalTime\":\"20251103101515\"}]}}";
        String asString = asNumber.replace("\"StatusCode\":8", "\"StatusCode\":\"8\"");

        var fromNumber = mapper.readValue(asNumber, ResponseStatusListObject.Body.class);
        var fromString = mapper.readValue(asString, ResponseStatusListObject.Body.class);

        assertEquals(StatusCode.INVALID_JSON_CONTENT, fromNumber.list().statuses().get(0).statusCode());
        assertEquals(fromNumber, fromString);
        assertEquals(asString, mapper.writeValueAsString(fromNumber));
    }

    @Test
    void anUnknownStatusCodeIsRefusedWithTheValidRange() {
        var e = assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"StatusCode\":42}", ResponseStatusObject.class));

        assertTrue(e.getMessage().contains("Unknown StatusCode '42'"), e.getMessage());
    }

    @Test
    void taskCarriesProgressAndMessage() throws Exception {
        var task = new ArchiveTaskObject("T1", "Cluster faces", "L1", "1", "2", CREATED, UPDATED, 40, "Clustering 4,000 of 10,000 faces");

        String json = mapper.writeValueAsString(ArchiveTaskListObject.body(List.of(task)));

        assertEquals("{\"ArchiveTaskListObject\":{\"ArchiveTaskObject\":[{\"TaskID\":\"T1\",\"TaskName\":\"Cluster faces\","
                + "\"ArchiveLibraryID\":\"L1\",\"EventType\":\"1\",\"Status\":\"2\",\"CreateTime\":\"20251103101515\","
                + "\"UpdateTime\":\"20251104090000\",\"Progress\":40,\"Message\":\"Clustering 4,000 of 10,000 faces\"}]}}", json);
        assertEquals(task, mapper.readValue(json, ArchiveTaskListObject.Body.class).list().tasks().get(0));
    }

    @Test
    void inputIsToleratedWhereSendersDiffer() throws Exception {
        String in = "{\"ArchiveListObject\":{\"ArchiveObject\":{\"ArchiveID\":\"A1\",\"CreateTime\":20251103101515,\"UpdateTime\":\"\","
                + "\"SourceIDList\":\"S1\",\"SomethingNew\":1}}}";

        var archive = mapper.readValue(in, ArchiveListObject.Body.class).list().archives().get(0);

        assertEquals(CREATED, archive.createTime());
        assertNull(archive.updateTime());
        assertEquals(List.of("S1"), archive.sourceIds());
        assertFalse(mapper.writeValueAsString(archive).contains("SomethingNew"));
    }

    @Test
    void aBadTimeSaysWhatFormatIsExpected() {
        var e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"ArchiveID\":\"A1\",\"CreateTime\":\"2025-11-03 10:15:15\"}", ArchiveObject.class));

        assertTrue(e.getMessage().contains("yyyyMMddHHmmss"), e.getMessage());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
