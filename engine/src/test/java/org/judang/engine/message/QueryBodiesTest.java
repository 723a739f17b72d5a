package org.judang.engine.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The query bodies of B.6–B.14: tolerant when read, exact when written, nothing lost on the way through. */
class QueryBodiesTest {
    private final ObjectMapper mapper = MessageMapper.create();

    private static final String FULL_QUERY = "{\"ArchiveQueryObject\":{\"QueryID\":\"Q1\",\"MaxNumRecordReturn\":100,\"PageRecordNum\":20,"
            + "\"RecordStartNo\":0,\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"SubImage\":{\"Type\":\"11\","
            + "\"FeatureInfoObject\":{\"Vendor\":\"VendorA\",\"AlgorithmVersion\":\"face-3.2\",\"FeatureData\":\"AACAPw==\"}},"
            + "\"Threshold\":0.8,\"SubjectID\":\"F1\"}]},\"BeginTime\":\"20251103000000\",\"EndTime\":\"20251104000000\","
            + "\"GeoRectangle\":{\"LeftTopLongitude\":120.1,\"LeftTopLatitude\":30.3,\"RightBtmLongitude\":120.2,\"RightBtmLatitude\":30.2},"
            + "\"DeviceSelected\":{\"DeviceIDs\":[\"D1\",\"D2\"],\"DevicePlaceCode\":\"330203\"},\"Sort\":\"UpdateTime\","
            + "\"Fields\":{\"ArchiveLibraryID\":\"L1\",\"ArchiveIDList\":[\"A1\"],\"PlaceCode\":\"330203\",\"PlateNos\":[\"浙B12345\"],"
            + "\"PlateColor\":\"5\",\"VehicleClass\":\"K33\",\"VehicleBrand\":\"1\",\"VehicleModel\":\"2\",\"VehicleColor\":\"A\","
            + "\"VehicleStyles\":\"2019\",\"OnlyRealNameArchive\":1,\"Names\":[\"张三\"],\"IDNumbers\":[\"33020319800101001X\"]}}}";

    @Test
    void aFullArchiveQueryIsReadAndWrittenBackExactly() throws Exception {
        ArchiveQueryObject q = mapper.readValue(FULL_QUERY, ArchiveQueryObject.Body.class).query();

        assertEquals(20, q.pageRecordNum());
        assertEquals(LocalDateTime.of(2025, 11, 3, 0, 0), q.beginTime());
        assertEquals(List.of("D1", "D2"), q.deviceSelected().deviceIds());
        assertEquals(0.8, q.pictureQueryCondition().conditions().get(0).threshold());
        assertEquals("VendorA", q.pictureQueryCondition().conditions().get(0).subImage().other().get("FeatureInfoObject").get("Vendor").asText());
        assertEquals(Map.of("PlateColor", "5", "VehicleClass", "K33", "VehicleBrand", "1", "VehicleModel", "2", "VehicleColor", "A",
                "VehicleStyles", "2019"), q.fields().vehicleAttributes());
        assertEquals(FULL_QUERY, mapper.writeValueAsString(new ArchiveQueryObject.Body(q)));
    }

    @Test
    void numbersMayComeAsStringsAndListsAsCommaSeparatedText() throws Exception {
        ArchiveQueryObject q = mapper.readValue("{\"ArchiveQueryObject\":{\"PageRecordNum\":\"50\",\"RecordStartNo\":\"100\","
                + "\"DeviceSelected\":{\"DeviceIDs\":\"D1, D2,\"},\"Fields\":{\"OnlyRealNameArchive\":\"2\",\"ArchiveIDList\":\"A1,A2\","
                + "\"Names\":\"张三\",\"PlateNos\":[12345]},\"PictureQueryCondition\":{\"PictureQueryConditionObject\":{\"Threshold\":\"80\"}}}}",
                ArchiveQueryObject.Body.class).query();

        assertEquals(50, q.pageRecordNum());
        assertEquals(100, q.recordStartNo());
        assertEquals(List.of("D1", "D2"), q.deviceSelected().deviceIds());
        assertEquals(2, q.fields().onlyRealNameArchive());
        assertEquals(List.of("A1", "A2"), q.fields().archiveIds());
        assertEquals(List.of("张三"), q.fields().names());
        assertEquals(List.of("12345"), q.fields().plateNos());
        assertEquals(80.0, q.pictureQueryCondition().conditions().get(0).threshold(), "a single condition is taken as a list of one");
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevelAndWrittenAfterTheKnownOnes() throws Exception {
        String in = "{\"ArchiveQueryObject\":{\"VendorHint\":{\"x\":[1,2]},\"QueryID\":\"Q\",\"Fields\":{\"Extra\":\"e\",\"PlaceCode\":\"33\"},"
                + "\"GeoRectangle\":{\"Srid\":4326},\"DeviceSelected\":{\"Note\":1},"
                + "\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"Weight\":2,\"SubjectID\":\"F\"}]}}}";

        ArchiveQueryObject q = mapper.readValue(in, ArchiveQueryObject.Body.class).query();
        JsonNode out = mapper.readTree(mapper.writeValueAsString(new ArchiveQueryObject.Body(q)));

        assertEquals(mapper.readTree(in), out);
        assertEquals("{\"QueryID\":\"Q\",\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"SubjectID\":\"F\",\"Weight\":2}]},"
                + "\"GeoRectangle\":{\"Srid\":4326},\"DeviceSelected\":{\"Note\":1},\"Fields\":{\"PlaceCode\":\"33\",\"Extra\":\"e\"},"
                + "\"VendorHint\":{\"x\":[1,2]}}", mapper.writeValueAsString(q));
    }

    @Test
    void wrongTypesAreRefused() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"ArchiveQueryObject\":{\"PageRecordNum\":\"many\"}}", ArchiveQueryObject.Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"ArchiveQueryObject\":{\"Fields\":{\"Names\":{\"a\":1}}}}", ArchiveQueryObject.Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"ArchiveQueryObject\":{\"Fields\":{\"Names\":[[\"a\"]]}}}", ArchiveQueryObject.Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"ArchiveQueryObject\":{\"BeginTime\":\"yesterday\"}}", ArchiveQueryObject.Body.class));
    }

    @Test
    void aSubjectQueryCarriesTheArchiveQueryAndItsOwnTwoFields() throws Exception {
        String in = "{\"ArchiveSubjectQueryObject\":{\"QueryID\":\"Q2\",\"PageRecordNum\":5,\"Fields\":{\"OnlyRealNameArchive\":0},"
                + "\"ArchiveIDList\":[\"A1\",\"A2\"],\"ResultSubjectDetailDeclare\":1,\"Later\":true}}";

        ArchiveSubjectQueryObject q = mapper.readValue(in, ArchiveSubjectQueryObject.Body.class).query();

        assertEquals(List.of("A1", "A2"), q.archiveIds());
        assertEquals(1, q.resultSubjectDetailDeclare());
        assertEquals(5, q.archiveQuery().pageRecordNum());
        assertEquals(true, q.archiveQuery().other().get("Later").asBoolean());
        assertEquals(in, mapper.writeValueAsString(new ArchiveSubjectQueryObject.Body(q)));
    }

    @Test
    void resultsAreWrittenExactlyAndReadBack() throws Exception {
        var archive = new ArchiveObject("A1", "L1", null, null, List.of("S1"), null, 0.9, 0.8, null, null);
        var result = new ArchiveQueryResultObject("Q1", 0, 1, 7L, new ArchiveListObject(List.of(archive)), null);

        String json = mapper.writeValueAsString(new ArchiveQueryResultObject.Body(result));

        assertEquals("{\"ArchiveQueryResultObject\":{\"QueryID\":\"Q1\",\"RecordStartNo\":0,\"PageRecordNum\":1,\"TotalNum\":7,"
                + "\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"A1\",\"ArchiveLibraryID\":\"L1\",\"SourceIDList\":[\"S1\"],"
                + "\"Similaritydegree\":0.9,\"Confidence\":0.8}]}}}", json);
        assertEquals(result, mapper.readValue(json, ArchiveQueryResultObject.Body.class).result());

        var subject = new ArchiveSubjectObject("A1", null, List.of("F1", "F2"), null, null, null, null, null, null, null, null, null, null);
        var subjects = new ArchiveSubjectQueryResultObject(null, 20, 1, 21L, new ArchiveSubjectListObject(List.of(subject)));
        String sj = mapper.writeValueAsString(new ArchiveSubjectQueryResultObject.Body(subjects));
        assertEquals("{\"ArchiveSubjectQueryResultObject\":{\"RecordStartNo\":20,\"PageRecordNum\":1,\"TotalNum\":21,"
                + "\"ArchiveSubjectInfoList\":{\"ArchiveSubjectObject\":[{\"ArchiveID\":\"A1\",\"FaceIDList\":[\"F1\",\"F2\"]}]}}}", sj);
        assertEquals(subjects, mapper.readValue(sj, ArchiveSubjectQueryResultObject.Body.class).result());
        assertNull(mapper.readValue(sj, ArchiveSubjectQueryResultObject.Body.class).result().queryId());
    }
}
