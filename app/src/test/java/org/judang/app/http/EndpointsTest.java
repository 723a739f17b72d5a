package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.ArchiveOrder;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.AuditEntry;
import org.judang.engine.archive.RealName;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.task.TaskInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every path of the interface answering what the case holds, and writes landing in the case as the window's do. */
class EndpointsTest {
    @TempDir static Path shared;
    static TestLibrary library;

    @TempDir Path tmp;
    CaseSession session;
    LocalInterface server;
    Client client;

    @BeforeAll
    static void buildLibrary() {
        library = TestLibrary.build(shared, TestLibrary.SMALL);
    }

    @BeforeEach
    void serve() {
        session = library.open(tmp.resolve("case"));
        server = LocalInterface.start(session, 0);
        client = new Client(server.url());
    }

    @AfterEach
    void stop() {
        server.stop();
        session.close();
    }

    static final ArchiveFilter PERSONS = ArchiveFilter.all().withKinds(EnumSet.of(ArchiveKind.PERSON, ArchiveKind.OBJECT));
    static final ArchiveFilter VEHICLES = ArchiveFilter.all().withKinds(EnumSet.of(ArchiveKind.VEHICLE));

    List<String> ids(ArchiveFilter f) {
        return session.archives(f, ArchiveOrder.BY_ID, 0, Integer.MAX_VALUE).stream().map(Archive::id).toList();
    }

    static List<String> archiveIds(JsonNode list, String element) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : list.path(element)) out.add(a.path("ArchiveID").asText());
        return out;
    }

    Archive aPersonArchiveWith(ObjectType type) {
        return session.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(3), 0, 1000).stream()
                .filter(a -> session.members(a.id()).stream().anyMatch(r -> r.type() == type)).findFirst().orElseThrow();
    }

    @Test
    void theLibraryIsTheCase() {
        Client.Reply r = client.get("VIID/ArchiveLibraries");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/VIID+JSON"), r.contentType());
        JsonNode lib = r.body().path("ArchiveLibraryListObject").path("ArchiveLibraryObject").path(0);
        assertEquals(session.libraryId(), lib.path("ArchiveLibraryID").asText());
        assertEquals("Harbour case", lib.path("Name").asText());
        assertEquals(404, client.get("VIID/ArchiveLibraries?ArchiveLibraryID=123").status());
        assertEquals("4", client.get("VIID/ArchiveLibraries?ArchiveLibraryID=123").code());
    }

    @Test
    void aQueryPagesThroughEveryPersonArchiveInTheOrderAsked() {
        List<String> all = ids(PERSONS);
        List<String> paged = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 7) {
            Client.Reply r = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"QueryID\":\"q-" + start + "\",\"RecordStartNo\":" + start
                    + ",\"PageRecordNum\":\"7\",\"Sort\":\"ArchiveID\"}}");
            assertEquals(200, r.status(), r.body().toString());
            JsonNode result = r.body().path("ArchiveQueryResultObject");
            assertEquals("q-" + start, result.path("QueryID").asText());
            assertEquals(all.size(), result.path("TotalNum").asLong());
            assertEquals(start, result.path("RecordStartNo").asInt());
            List<String> page = archiveIds(result.path("ArchiveListObject"), "ArchiveObject");
            assertEquals(Math.min(7, all.size() - start), result.path("PageRecordNum").asInt());
            assertEquals(page.size(), result.path("PageRecordNum").asInt());
            paged.addAll(page);
        }
        assertEquals(all, paged);
        JsonNode capped = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"MaxNumRecordReturn\":5,\"PageRecordNum\":20}}").body()
                .path("ArchiveQueryResultObject");
        assertEquals(5, capped.path("TotalNum").asInt());
        assertEquals(5, capped.path("ArchiveListObject").path("ArchiveObject").size());
        JsonNode largest = capped.path("ArchiveListObject").path("ArchiveObject").path(0);
        assertEquals(session.archives(PERSONS, 0, 1).get(0).id(), largest.path("ArchiveID").asText(), "default order: most records first");
        assertEquals(session.libraryId(), largest.path("ArchiveLibraryID").asText());
        assertTrue(largest.path("CenterFeatureList").path("FeatureInfoObject").size() > 0);
    }

    @Test
    void queryFieldsNarrowTheAnswerAsTheEngineFilterDoes() {
        List<RealName> named = new ArrayList<>();
        for (String id : ids(PERSONS)) session.realName(id).ifPresent(named::add);
        assertFalse(named.isEmpty(), "the gallery matched some archives");
        RealName one = named.get(0);

        assertEquals(named.stream().map(RealName::archiveId).sorted().toList(), queryIds("\"Fields\":{\"OnlyRealNameArchive\":1},\"Sort\":\"ArchiveID\""));
        assertEquals(List.of(one.archiveId()), queryIds("\"Fields\":{\"Names\":\"" + one.name() + "\"}"));
        assertEquals(List.of(one.archiveId()), queryIds("\"Fields\":{\"IDNumbers\":[\"" + one.idNumber() + "\"]}"));
        assertEquals(ids(PERSONS).size() - named.size(), queryIds("\"Fields\":{\"OnlyRealNameArchive\":2},\"PageRecordNum\":1000").size());

        Camera cam = session.cameras().get(0);
        List<String> atCam = queryIds("\"DeviceSelected\":{\"DeviceIDs\":[\"" + cam.apeId() + "\"]},\"PageRecordNum\":1000,\"Sort\":\"ArchiveID\"");
        assertEquals(ids(PERSONS.withDevices(Set.of(cam.apeId()))), atCam);
        assertTrue(atCam.stream().allMatch(a -> session.members(a).stream().anyMatch(r -> cam.apeId().equals(r.deviceId()))));
        String area = "\"GeoRectangle\":{\"LeftTopLongitude\":" + (cam.longitude() - 1e-4) + ",\"LeftTopLatitude\":" + (cam.latitude() + 1e-4)
                + ",\"RightBtmLongitude\":" + (cam.longitude() + 1e-4) + ",\"RightBtmLatitude\":" + (cam.latitude() - 1e-4) + "}";
        assertEquals(atCam, queryIds(area + ",\"PageRecordNum\":1000,\"Sort\":\"ArchiveID\""));

        Archive a = session.archive(atCam.get(0)).orElseThrow();
        String at = org.judang.engine.model.CaseTime.format(a.firstTime());
        assertTrue(queryIds("\"BeginTime\":\"" + at + "\",\"EndTime\":\"" + at + "\",\"PageRecordNum\":1000").contains(a.id()));
        assertEquals(List.of(atCam.get(0)), queryIds("\"Fields\":{\"ArchiveIDList\":\"" + atCam.get(0) + "," + ids(VEHICLES).get(0) + "\"}"),
                "a vehicle archive is not a person archive");
        Client.Reply other = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"Fields\":{\"ArchiveLibraryID\":\"999\"}}}");
        assertEquals(404, other.status());
        assertEquals("4", other.code());
    }

    private List<String> queryIds(String fields) {
        Client.Reply r = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{" + fields + "}}");
        assertEquals(200, r.status(), r.body().toString());
        return archiveIds(r.body().path("ArchiveQueryResultObject").path("ArchiveListObject"), "ArchiveObject");
    }

    @Test
    void vehicleQueriesFindPlatesAndAnswerVehicleArchives() {
        Archive car = session.archives(VEHICLES, 0, 100).stream().filter(a -> a.plate() != null).findFirst().orElseThrow();
        Client.Reply r = client.post("VIID/VehicleArchivesQuerySync", "{\"ArchiveQueryObject\":{\"Fields\":{\"PlateNos\":[\"" + car.plate() + "\"]}}}");
        assertEquals(200, r.status(), r.body().toString());
        JsonNode result = r.body().path("ArchiveQueryResultObject");
        assertTrue(result.path("ArchiveListObject").isMissingNode());
        JsonNode v = result.path("VehicleArchiveListObject").path("VehicleArchiveObject");
        assertTrue(archiveIds(result.path("VehicleArchiveListObject"), "VehicleArchiveObject").contains(car.id()));
        assertEquals(car.plate(), v.path(0).path("PlateNo").asText());
        String colour = v.path(0).path("VehicleColor").asText();
        JsonNode byColour = client.post("VIID/VehicleArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PageRecordNum\":1000,\"Fields\":{\"VehicleColor\":\""
                + colour + "\"}}}").body().path("ArchiveQueryResultObject");
        assertTrue(archiveIds(byColour.path("VehicleArchiveListObject"), "VehicleArchiveObject").contains(car.id()));
        assertEquals(ids(VEHICLES).size(), client.post("VIID/VehicleArchivesQuerySync", "{\"ArchiveQueryObject\":{}}").body()
                .path("ArchiveQueryResultObject").path("TotalNum").asInt());
    }

    @Test
    void searchByImageWithACaptureOrAFeatureFindsItsArchiveFirst() {
        Archive a = aPersonArchiveWith(ObjectType.FACE);
        ObjectRecord face = session.members(a.id()).stream().filter(r -> r.type() == ObjectType.FACE).findFirst().orElseThrow();
        JsonNode bySubject = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":"
                + "[{\"SubjectID\":\"" + face.id() + "\",\"Threshold\":60}]}}}").body().path("ArchiveQueryResultObject");
        assertEquals(a.id(), bySubject.path("ArchiveListObject").path("ArchiveObject").path(0).path("ArchiveID").asText());

        JsonNode centre = client.get("VIID/Archives?ArchiveID=" + a.id()).body().path("ArchiveListObject").path("ArchiveObject").path(0)
                .path("CenterFeatureList").path("FeatureInfoObject");
        var faceSpace = session.spaces().stream().filter(s -> s.type() == ObjectType.FACE).findFirst().orElseThrow();
        JsonNode feature = null;
        for (JsonNode f : centre) if (f.path("AlgorithmVersion").asText().equals(faceSpace.algorithmVersion())) feature = f;
        JsonNode byFeature = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":"
                + "{\"SubImage\":{\"Type\":\"11\",\"FeatureInfoObject\":" + feature + "},\"Threshold\":0.9}}}}").body().path("ArchiveQueryResultObject");
        assertEquals(a.id(), byFeature.path("ArchiveListObject").path("ArchiveObject").path(0).path("ArchiveID").asText(), byFeature.toString());
        Client.Reply noFeature = client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":"
                + "[{\"SubImage\":{\"Type\":\"11\",\"Data\":\"/9j/4AAQ\"}}]}}}");
        assertEquals("8", noFeature.code());
        assertTrue(noFeature.status0().path("StatusString").asText().contains("computes no features"));
    }

    @Test
    void archivesAreReadByIdAndUnknownOnesAreNamed() {
        List<String> persons = ids(PERSONS);
        Client.Reply two = client.get("VIID/Archives?ArchiveID=" + persons.get(0) + "," + persons.get(1));
        assertEquals(200, two.status());
        assertEquals(persons.subList(0, 2), archiveIds(two.body().path("ArchiveListObject"), "ArchiveObject"));

        String vehicle = ids(VEHICLES).get(0);
        Client.Reply mixed = client.get("VIID/Archives?IDList=" + persons.get(0) + ",nope," + vehicle);
        assertEquals(404, mixed.status());
        assertEquals(List.of("0", "4", "4"), codes(mixed));
        assertTrue(mixed.statuses().path(2).path("StatusString").asText().contains("/VIID/VehicleArchives"));
        assertEquals(200, client.get("VIID/VehicleArchives?ArchiveID=" + vehicle).status());
        assertEquals(5, client.get("VIID/Archives?PageRecordNum=5").body().path("ArchiveListObject").path("ArchiveObject").size());
    }

    static List<String> codes(Client.Reply r) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : r.statuses()) out.add(s.path("StatusCode").asText());
        return out;
    }

    @Test
    void putRenamesThroughTheCorrectionsAndTheLogSaysItCameOverHttp() {
        String id = ids(PERSONS).get(0);
        Client.Reply r = client.put("VIID/Archives", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + id
                + "\",\"Name\":\"码头的人\",\"Notes\":\"seen at the gate\",\"Tags\":\"gate,night\"},{\"ArchiveID\":\"nope\",\"Name\":\"x\"},{\"ArchiveID\":\""
                + id + "\",\"Confidence\":1}]}}");
        assertEquals(200, r.status());
        assertEquals(List.of("0", "4", "8"), codes(r));
        assertEquals("码头的人", session.archive(id).orElseThrow().name());
        assertEquals("seen at the gate", session.archiveNotes(id).orElseThrow());
        assertEquals(List.of("gate", "night"), session.archiveTags(id));
        List<AuditEntry> log = session.corrections().log(0, 3);
        assertTrue(log.stream().allMatch(e -> e.actor().endsWith(" via HTTP")), log.toString());
        assertEquals(List.of("TAGS", "NOTES", "NAME"), log.stream().map(AuditEntry::action).toList());

        session.corrections().undo();
        session.corrections().undo();
        session.corrections().undo();
        assertNull(session.archive(id).orElseThrow().name(), "the window's undo takes back what came over HTTP");
    }

    @Test
    void deleteHidesArchivesSoTheyLeaveQueries() {
        List<String> persons = ids(PERSONS);
        Client.Reply r = client.delete("VIID/Archives?IDList=" + persons.get(0) + ",nope");
        assertEquals(List.of("0", "4"), codes(r));
        assertEquals(ArchiveStatus.HIDDEN, session.archive(persons.get(0)).orElseThrow().status());
        assertEquals(persons.size() - 1, client.post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{}}").body()
                .path("ArchiveQueryResultObject").path("TotalNum").asInt());
        assertEquals(List.of("0"), codes(client.delete("VIID/Archives?IDList=" + persons.get(0))), "deleting again changes nothing and is fine");
        assertEquals("8", client.delete("VIID/Archives").code());
    }

    @Test
    void subjectQueriesAnswerMemberIdsAndOnRequestTheirObjects() {
        Archive a = aPersonArchiveWith(ObjectType.FACE);
        List<String> faces = session.members(a.id()).stream().filter(r -> r.type() == ObjectType.FACE).map(ObjectRecord::id).toList();
        JsonNode ids = client.post("VIID/ArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":[\"" + a.id() + "\"]}}").body()
                .path("ArchiveSubjectQueryResultObject");
        assertEquals(1, ids.path("TotalNum").asInt());
        JsonNode subject = ids.path("ArchiveSubjectInfoList").path("ArchiveSubjectObject").path(0);
        assertEquals(faces, texts(subject.path("FaceIDList")));
        assertTrue(subject.path("FaceObjectList").isMissingNode(), "IDs only unless asked");

        JsonNode full = client.post("VIID/ArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":\"" + a.id()
                + "\",\"ResultSubjectDetailDeclare\":1}}").body().path("ArchiveSubjectQueryResultObject").path("ArchiveSubjectInfoList")
                .path("ArchiveSubjectObject").path(0);
        List<String> objectIds = new ArrayList<>();
        for (JsonNode f : full.path("FaceObjectList").path("FaceObject")) objectIds.add(f.path("FaceID").asText());
        assertEquals(faces, objectIds);
        assertEquals(subject.path("FaceIDList"), client.get("VIID/ArchiveSubjects?ArchiveID=" + a.id()).body().path("ArchiveSubjectListObject")
                .path("ArchiveSubjectObject").path(0).path("FaceIDList"));
        assertEquals("8", client.post("VIID/ArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{\"ResultSubjectDetailDeclare\":0}}").code());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    @Test
    void postingSubjectsMovesCapturesAndDeletingThemIsNotThisIdentity() {
        List<Archive> withFaces = session.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(2), 0, 1000).stream()
                .filter(a -> session.members(a.id()).stream().anyMatch(r -> r.type() == ObjectType.FACE)).toList();
        Archive target = withFaces.get(0), source = withFaces.get(1);
        ObjectRecord moving = session.members(source.id()).stream().filter(r -> r.type() == ObjectType.FACE).findFirst().orElseThrow();
        String car = session.archives(VEHICLES, 0, 1).get(0).id();
        String carRecord = session.members(car).get(0).id();

        Client.Reply moved = client.post("VIID/ArchiveSubjects", "{\"ArchiveSubjectListObject\":{\"ArchiveSubjectObject\":[{\"ArchiveID\":\"" + target.id()
                + "\",\"FaceIDList\":[\"" + moving.id() + "\",\"nope\"],\"PersonIDList\":[\"" + moving.id() + "\"],\"MotorVehicleIDList\":[\"" + carRecord + "\"]}]}}");
        assertEquals(200, moved.status());
        assertEquals(List.of("0", "4", "8", "4"), codes(moved), moved.body().toString());
        assertEquals(moving.id(), moved.statuses().path(0).path("Id").asText());
        ObjectRecord after = session.record(moving.id()).orElseThrow();
        assertEquals(target.id(), after.archiveId());
        assertTrue(after.locked(), "a person placed it");

        Client.Reply out = client.delete("VIID/ArchiveSubjects?ArchiveID=" + target.id() + "&FaceIDList=" + moving.id() + "," + carRecord);
        assertEquals(List.of("0", "8"), codes(out), out.body().toString());
        assertNull(session.record(moving.id()).orElseThrow().archiveId());
        assertEquals("REJECT", session.corrections().log(0, 1).get(0).action());
        assertEquals(List.of("4"), codes(client.delete("VIID/ArchiveSubjects?ArchiveID=" + target.id() + "&FaceIDList=" + moving.id())),
                "not in that archive any more");

        Client.Reply vehicleOut = client.delete("VIID/VehicleArchiveSubjects?ArchiveID=" + car + "&MotorVehicleIDList=" + carRecord);
        assertEquals(List.of("0"), codes(vehicleOut), vehicleOut.body().toString());
        assertFalse(car.equals(session.record(carRecord).orElseThrow().archiveId()));
    }

    @Test
    void confidenceIsAnsweredForTheArchivesNamed() {
        List<String> persons = ids(PERSONS);
        Client.Reply r = client.post("VIID/ArchiveConfidence", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + persons.get(0)
                + "\"},{\"ArchiveID\":\"" + persons.get(1) + "\"}]}}");
        assertEquals(200, r.status());
        JsonNode list = r.body().path("ArchiveListObject").path("ArchiveObject");
        assertEquals(session.archive(persons.get(1)).orElseThrow().confidence(), list.path(1).path("Confidence").asDouble(), 1e-12);
        String car = ids(VEHICLES).get(0);
        JsonNode v = client.post("VIID/VehicleArchiveConfidence", "{\"VehicleArchiveListObject\":{\"VehicleArchiveObject\":{\"ArchiveID\":\"" + car + "\"}}}")
                .body().path("VehicleArchiveListObject").path("VehicleArchiveObject").path(0);
        assertEquals(session.archive(car).orElseThrow().confidence(), v.path("Confidence").asDouble(), 1e-12);
        Client.Reply unknown = client.post("VIID/ArchiveConfidence", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + car + "\"}]}}");
        assertEquals(404, unknown.status());
        assertEquals(List.of("4"), codes(unknown));
    }

    @Test
    void aClusteringTaskIsStartedListedAndCannotBeCancelledOnceDone() throws InterruptedException {
        Client.Reply started = client.post("VIAS/Tasks", "{\"ArchiveTaskListObject\":{\"ArchiveTaskObject\":[{\"TaskName\":\"re-cluster\",\"EventType\":1}]}}");
        assertEquals(List.of("0"), codes(started), started.body().toString());
        long id = started.status0().path("Id").asLong();
        TaskInfo done = session.tasks().await(id, 60, TimeUnit.SECONDS);
        assertTrue(done.state().finished());
        JsonNode task = client.get("VIAS/Tasks?TaskID=" + id).body().path("ArchiveTaskListObject").path("ArchiveTaskObject").path(0);
        assertEquals("1", task.path("EventType").asText());
        assertEquals("2", task.path("Status").asText(), task.toString());
        assertEquals(100, task.path("Progress").asInt());
        assertEquals(Long.toString(id), client.get("VIAS/Tasks").body().path("ArchiveTaskListObject").path("ArchiveTaskObject").path(0).path("TaskID").asText());
        assertEquals(List.of("4", "4"), codes(client.delete("VIAS/Tasks?IDList=" + id + ",77")));
        assertEquals(List.of("8"), codes(client.post("VIAS/Tasks", "{\"ArchiveTaskListObject\":{\"ArchiveTaskObject\":[{\"EventType\":\"2\"}]}}")));
        assertEquals(404, client.get("VIAS/Tasks?TaskID=77").status());
    }
}
