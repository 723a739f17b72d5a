package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.ArchiveOrder;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.AuditEntry;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight programs at once, 500 requests each, queries mixed with moves, "not this identity" and renames: every answer
 * is what its path promises, every write that said OK is one entry in the audit log, and the case is consistent
 * afterwards.
 */
class ConcurrentClientsTest {
    static final int CLIENTS = 8;
    static final int REQUESTS = 500;

    @TempDir Path tmp;

    List<String> persons, vehicles, faces;
    String library;
    final AtomicInteger writesDone = new AtomicInteger();

    @Test
    void eightClientsMixingQueriesAndWritesLeaveAConsistentCase() throws Exception {
        try (CaseSession session = TestLibrary.build(tmp, TestLibrary.SMALL).open(tmp.resolve("served"));
             LocalInterface server = LocalInterface.start(session, 0)) {
            library = session.libraryId();
            persons = session.archives(EndpointsTest.PERSONS, ArchiveOrder.BY_ID, 0, 10_000).stream().map(Archive::id).toList();
            vehicles = session.archives(EndpointsTest.VEHICLES, ArchiveOrder.BY_ID, 0, 10_000).stream().map(Archive::id).toList();
            faces = new ArrayList<>();
            for (String p : persons) session.members(p).stream().filter(r -> r.type() == ObjectType.FACE).map(ObjectRecord::id).forEach(faces::add);

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int seed = i;
                done.add(pool.submit(() -> run(new Client(server.url()), new Random(seed))));
            }
            int answered = 0;
            for (Future<Integer> f : done) answered += f.get();
            pool.shutdown();
            assertEquals(CLIENTS * REQUESTS, answered);

            List<AuditEntry> log = session.corrections().log(0, 100_000);
            assertEquals(writesDone.get(), log.stream().filter(e -> e.actor().endsWith(" via HTTP")).count(),
                    "each write that answered OK is one correction in the log");
            assertTrue(writesDone.get() > 100, "the run wrote: " + writesDone.get());
            consistent(session);
            assertEquals(session.countArchives(EndpointsTest.PERSONS), new Client(server.url()).post("VIID/ArchivesQuerySync",
                    "{\"ArchiveQueryObject\":{}}").body().path("ArchiveQueryResultObject").path("TotalNum").asLong());
        }
    }

    /** Every archive holds as many members as it counts, at least one; every archived record is in exactly one of them. */
    static void consistent(CaseSession session) {
        List<Archive> all = new ArrayList<>(session.archives(ArchiveFilter.all(), 0, Integer.MAX_VALUE));
        all.addAll(session.archives(ArchiveFilter.all().withStatus(ArchiveStatus.HIDDEN), 0, Integer.MAX_VALUE));
        Set<String> seen = new HashSet<>();
        long members = 0;
        for (Archive a : all) {
            List<ObjectRecord> m = session.members(a.id());
            assertEquals(a.recordCount(), m.size(), a.id());
            assertTrue(m.size() > 0, a.id() + " is empty");
            for (ObjectRecord r : m) assertTrue(seen.add(r.id()), r.id() + " is in two archives");
            members += m.size();
        }
        assertEquals(session.archiveAssignments(Set.of()).size(), members);
    }

    private int run(Client c, Random random) {
        for (int i = 0; i < REQUESTS; i++) {
            int pick = random.nextInt(100);
            if (pick < 30) query(c, random, "VIID/ArchivesQuerySync", "ArchiveListObject", "ArchiveObject");
            else if (pick < 40) query(c, random, "VIID/VehicleArchivesQuerySync", "VehicleArchiveListObject", "VehicleArchiveObject");
            else if (pick < 50) byId(c, any(random, persons));
            else if (pick < 58) subjects(c, any(random, persons));
            else if (pick < 63) confidence(c, random);
            else if (pick < 75) move(c, any(random, faces), any(random, persons));
            else if (pick < 87) reject(c, any(random, persons));
            else if (pick < 95) rename(c, any(random, persons), "n" + random.nextInt(1_000_000));
            else assertEquals(200, c.get("VIAS/Tasks").status());
        }
        return REQUESTS;
    }

    private static String any(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void query(Client c, Random random, String path, String list, String element) {
        int page = 1 + random.nextInt(10);
        String sort = List.of("", ",\"Sort\":\"UpdateTime\"", ",\"Sort\":\"ArchiveID\"", ",\"Sort\":\"LastTime\"").get(random.nextInt(4));
        Client.Reply r = c.post(path, "{\"ArchiveQueryObject\":{\"PageRecordNum\":" + page + ",\"RecordStartNo\":" + random.nextInt(20) + sort + "}}");
        assertEquals(200, r.status(), r.body().toString());
        JsonNode result = r.body().path("ArchiveQueryResultObject");
        JsonNode archives = result.path(list).path(element);
        assertEquals(result.path("PageRecordNum").asInt(), archives.size(), r.body().toString());
        assertTrue(archives.size() <= page);
        for (JsonNode a : archives) assertEquals(library, a.path("ArchiveLibraryID").asText());
    }

    private void byId(Client c, String id) {
        Client.Reply r = c.get("VIID/Archives?ArchiveID=" + id);
        if (r.status() == 404) {
            assertEquals("4", r.code(), "an archive emptied by a correction is gone: " + r.body());
        } else {
            assertEquals(200, r.status(), r.body().toString());
            assertEquals(id, r.body().path("ArchiveListObject").path("ArchiveObject").path(0).path("ArchiveID").asText());
        }
    }

    private void subjects(Client c, String id) {
        Client.Reply r = c.post("VIID/ArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":[\"" + id
                + "\"],\"ResultSubjectDetailDeclare\":1}}");
        assertEquals(200, r.status(), r.body().toString());
        JsonNode result = r.body().path("ArchiveSubjectQueryResultObject");
        assertTrue(result.path("TotalNum").asInt() <= 1);
        for (JsonNode s : result.path("ArchiveSubjectInfoList").path("ArchiveSubjectObject")) assertEquals(id, s.path("ArchiveID").asText());
    }

    private void confidence(Client c, Random random) {
        String a = any(random, persons), b = any(random, persons);
        Client.Reply r = c.post("VIID/ArchiveConfidence", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + a + "\"},{\"ArchiveID\":\"" + b + "\"}]}}");
        if (r.status() == 404) {
            for (JsonNode s : r.statuses()) assertTrue(Set.of("0", "4").contains(s.path("StatusCode").asText()), r.body().toString());
        } else {
            assertEquals(200, r.status(), r.body().toString());
            assertEquals(a.equals(b) ? 1 : 2, r.body().path("ArchiveListObject").path("ArchiveObject").size());
        }
    }

    private void move(Client c, String face, String into) {
        Client.Reply r = c.post("VIID/ArchiveSubjects", "{\"ArchiveSubjectListObject\":{\"ArchiveSubjectObject\":[{\"ArchiveID\":\"" + into
                + "\",\"FaceIDList\":[\"" + face + "\"]}]}}");
        counted(r, "Moved into");
    }

    private void reject(Client c, String archive) {
        Client.Reply got = c.get("VIID/ArchiveSubjects?ArchiveID=" + archive);
        if (got.status() == 404) return;
        JsonNode ids = got.body().path("ArchiveSubjectListObject").path("ArchiveSubjectObject").path(0).path("FaceIDList");
        if (ids.isEmpty()) return;
        counted(c.delete("VIID/ArchiveSubjects?ArchiveID=" + archive + "&FaceIDList=" + ids.path(0).asText()), "Taken out of");
    }

    private void rename(Client c, String archive, String name) {
        Client.Reply r = c.put("VIID/Archives", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + archive + "\",\"Name\":\"" + name + "\"}]}}");
        counted(r, "Updated Name");
    }

    /** A write answers 200 with one status, 0 or 4 (an archive or capture changed under it); an OK that changed something is counted. */
    private void counted(Client.Reply r, String changed) {
        assertEquals(200, r.status(), r.body().toString());
        assertEquals(1, r.statuses().size(), r.body().toString());
        assertTrue(Set.of("0", "4").contains(r.code()), r.body().toString());
        if (r.status0().path("StatusString").asText().startsWith(changed)) writesDone.incrementAndGet();
    }
}
