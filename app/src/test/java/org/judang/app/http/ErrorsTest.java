package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal is a GA/T 1400 status object with the right code, never a stack trace, and the server keeps serving
 * after each, hostile bodies included.
 */
class ErrorsTest {
    @TempDir static Path tmp;
    static TestLibrary library;
    static CaseSession session;
    static LocalInterface server;
    static Client client;

    @BeforeAll
    static void serve() {
        library = TestLibrary.build(tmp, TestLibrary.SMALL);
        session = library.open(tmp.resolve("served"));
        server = LocalInterface.start(session, 0);
        client = new Client(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
        session.close();
    }

    /** After every test: the server still answers, and no answer so far carried a trace. */
    @AfterEach
    void stillServing() {
        assertEquals(200, client.get("VIID/ArchiveLibraries").status());
    }

    static void refused(Client.Reply r, int http, String code, String says) {
        assertEquals(http, r.status(), r.body().toString());
        assertEquals(code, r.code(), r.body().toString());
        assertTrue(r.status0().path("StatusString").asText().contains(says), r.status0().path("StatusString").asText());
        assertTrue(r.status0().path("LocalTime").asText().matches("\\d{14}"));
        String text = r.body().toString();
        assertFalse(text.contains("\\tat ") || text.contains("Exception") || text.contains("org.judang") || text.contains("com.fasterxml"), text);
    }

    static Client.Reply query(String body) {
        return client.post("VIID/ArchivesQuerySync", body);
    }

    @Test
    void malformedJsonIs7() {
        refused(query("{\"ArchiveQueryObject\":{"), 400, "7", "not well-formed JSON");
        refused(query("{\"ArchiveQueryObject\":{}} {}"), 400, "7", "more than one JSON value");
        refused(query(""), 400, "7", "empty");
        refused(query("{'ArchiveQueryObject':{}}"), 400, "7", "not well-formed");
    }

    @Test
    void wellFormedButWrongContentIs8() {
        refused(query("{\"ArchiveQueryObject\":{\"PageRecordNum\":\"many\"}}"), 400, "8", "ArchiveQueryObject.PageRecordNum: expected a whole number, got \"many\"");
        refused(query("{\"ArchiveQueryObject\":{\"PageRecordNum\":2.5}}"), 400, "8", "expected a whole number");
        refused(query("{\"ArchiveQueryObject\":{\"PageRecordNum\":99999999999}}"), 400, "8", "out of range");
        refused(query("{\"ArchiveQueryObject\":{\"PageRecordNum\":0}}"), 400, "8", "PageRecordNum must be from 1 to 1000");
        refused(query("{\"ArchiveQueryObject\":{\"RecordStartNo\":-1}}"), 400, "8", "RecordStartNo");
        refused(query("{\"ArchiveQueryObject\":{\"Fields\":{\"OnlyRealNameArchive\":3}}}"), 400, "8", "OnlyRealNameArchive");
        refused(query("{\"ArchiveQueryObject\":{\"Fields\":{\"Names\":{\"a\":1}}}}"), 400, "8", "ArchiveQueryObject.Fields.Names: expected a list");
        refused(query("{\"ArchiveQueryObject\":{\"BeginTime\":\"yesterday\"}}"), 400, "8", "yyyyMMddHHmmss");
        refused(query("{\"ArchiveQueryObject\":{\"BeginTime\":\"20251105000000\",\"EndTime\":\"20251104000000\"}}"), 400, "8", "BeginTime is after EndTime");
        refused(query("{\"ArchiveQueryObject\":{\"GeoRectangle\":{\"LeftTopLongitude\":120}}}"), 400, "8", "GeoRectangle needs all");
        refused(query("{\"ArchiveQueryObject\":{\"GeoRectangle\":{\"LeftTopLongitude\":520,\"LeftTopLatitude\":1,\"RightBtmLongitude\":1,"
                + "\"RightBtmLatitude\":1}}}"), 400, "8", "not a longitude");
        refused(query("{\"ArchiveQueryObject\":{\"Sort\":\"Colour\"}}"), 400, "8", "Sort must be");
        refused(query("{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"Threshold\":0.5}]}}}"), 400, "8", "give a SubjectID");
        refused(query("{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"SubjectID\":\"x\",\"Threshold\":300}]}}}"),
                400, "8", "Threshold");
        refused(query("{\"ArchiveQuery\":{}}"), 400, "8", "Expected a message body {\"ArchiveQueryObject\":{…}}; it has \"ArchiveQuery\"");
        refused(query("[1,2]"), 400, "8", "Expected a message body");
        refused(query("{\"ArchiveQueryObject\":[]}"), 400, "8", "must be an object");
        refused(client.get("VIID/Archives?PageRecordNum=lots"), 400, "8", "PageRecordNum");
        refused(client.get("VIID/Archives?BeginTime=%E6%98%A8%E5%A4%A9"), 400, "8", "ArchiveQueryObject.BeginTime: expected a time yyyyMMddHHmmss, got \"昨天\"");
    }

    @Test
    void unknownIdsAre4() {
        refused(client.get("VIID/Archives?ArchiveID=nope"), 404, "4", "No archive nope");
        refused(client.get("VIID/VehicleArchiveSubjects?ArchiveID=nope"), 404, "4", "No archive nope");
        refused(query("{\"ArchiveQueryObject\":{\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"SubjectID\":\"nope\"}]}}}"),
                404, "4", "no capture nope");
        Client.Reply delete = client.delete("VIID/Archives?IDList=nope");
        assertEquals(200, delete.status(), "a write answers a status per ID");
        assertEquals("4", delete.code());
        assertEquals("nope", delete.status0().path("Id").asText());
    }

    @Test
    void unknownPathsAndMethodsAreRefusedWithAStatus() {
        refused(client.get("VIID/Archive"), 404, "4", "No resource /VIID/Archive here");
        refused(client.get(""), 404, "4", "the interface serves /VIID/ArchiveLibraries");
        Client.Reply post = client.post("VIID/Archives", "{}");
        refused(post, 405, "4", "does not take POST; it takes DELETE, GET, PUT");
        assertEquals("DELETE, GET, PUT", post.raw().headers().firstValue("Allow").orElse(""));
        refused(client.send(client.request("VIID/ArchiveLibraries").method("PATCH", HttpRequest.BodyPublishers.noBody()).build()), 405, "4", "PATCH");
        refused(client.get("VIID/ArchivesQuerySync"), 405, "4", "takes POST");
    }

    @Test
    void bodiesMustBeJsonInUtf8() {
        refused(client.send(client.request("VIID/ArchivesQuerySync").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 415, "4", "application/VIID+JSON or application/json");
        refused(client.send(client.request("VIID/ArchivesQuerySync").header("Content-Type", "application/json; charset=GBK")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ArchiveQueryObject\":{}}")).build()), 415, "4", "UTF-8");
        Client.Reply plain = client.send(client.request("VIID/ArchivesQuerySync").header("Content-Type", "application/json;charset=utf-8")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"ArchiveQueryObject\":{}}")).build());
        assertEquals(200, plain.status());
        assertEquals("application/json;charset=UTF-8", plain.contentType(), "answered in the type asked for");
        byte[] latin = "{\"ArchiveQueryObject\":{\"QueryID\":\"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        refused(client.post("VIID/ArchivesQuerySync", latin), 400, "7", "Invalid UTF-8");
        refused(client.post("VIID/ArchivesQuerySync", new byte[]{'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'}), 400, "7", "UTF-8");
    }

    @Test
    void requestsFromWebPagesOrForOtherHostsAreRefused() {
        refused(client.send(client.request("VIID/ArchiveLibraries").header("Origin", "http://evil.example").GET().build()), 403, "4", "web pages");
        refused(client.send(client.request("VIID/ArchiveLibraries").header("Origin", "null").GET().build()), 403, "4", "web pages");
        assertEquals(200, client.send(client.request("VIID/ArchiveLibraries").header("Origin", "http://localhost:3000").GET().build()).status());
        // java.net.http does not let a caller set Host; a raw request does what a rebound browser would
        refused(RawHttp.send(server.url(), "GET /VIID/ArchiveLibraries HTTP/1.1\r\nHost: evil.example:18080\r\nConnection: close\r\n\r\n"), 403, "4",
                "addressed to this machine");
        assertEquals(200, RawHttp.send(server.url(), "GET /VIID/ArchiveLibraries HTTP/1.1\r\nHost: [::1]:1\r\nConnection: close\r\n\r\n").status());
    }

    @Test
    void hostileBodiesAreRefusedByTheParserLimits() {
        byte[] deep = new byte[100_000];
        Arrays.fill(deep, (byte) '[');
        refused(client.post("VIID/ArchivesQuerySync", deep), 400, "7", "nesting depth (65) exceeds the maximum allowed (64)");
        StringBuilder huge = new StringBuilder("{\"ArchiveQueryObject\":{\"PageRecordNum\":");
        huge.append("9".repeat(1_000_000)).append("}}");
        refused(query(huge.toString()), 400, "7", "Number value length");
        refused(query("{\"ArchiveQueryObject\":{\"PageRecordNum\":1e999999}}"), 400, "8", "PageRecordNum");
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedWithoutBeingRead() {
        long size = 50L * 1024 * 1024;
        // announced: refused from its Content-Length; streamed from a generator, never held in memory
        HttpRequest announced = client.request("VIID/ArchivesQuerySync").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)), size)).build();
        refused(client.send(announced), 413, "4", "larger than this interface takes (16777216 bytes)");
        // chunked: refused at the first byte past the limit
        HttpRequest chunked = client.request("VIID/ArchivesQuerySync").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size))).build();
        refused(client.send(chunked), 413, "4", "larger than");
    }

    @Test
    void anUnexpectedFailureIsLoggedAndAnsweredWith1() throws Exception {
        Path copy = tmp.resolve("closed");
        CaseSession closing = library.open(copy);
        LocalInterface s = LocalInterface.start(closing, 0);
        try {
            closing.close(); // the case's database goes away under the server
            refused(new Client(s.url()).post("VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{}}"), 500, "1", "http.log in the case's logs folder");
            String log = Files.readString(copy.resolve("logs/http.log"));
            assertTrue(log.contains("POST /VIID/ArchivesQuerySync") && log.contains("\tat "), log);
        } finally {
            s.stop();
        }
    }

    /** {@code n} bytes of a query whose QueryID never ends, generated as they are read. */
    static final class Zeros extends InputStream {
        private static final byte[] HEAD = "{\"ArchiveQueryObject\":{\"QueryID\":\"".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long at;

        Zeros(long n) {
            size = n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= size) return -1;
            int n = (int) Math.min(len, size - at);
            for (int i = 0; i < n; i++, at++) b[off + i] = at < HEAD.length ? HEAD[(int) at] : (byte) 'a';
            return n;
        }
    }
}
