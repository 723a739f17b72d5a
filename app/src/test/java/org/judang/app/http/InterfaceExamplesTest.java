package org.judang.app.http;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.ArchiveOrder;
import org.judang.engine.CaseSession;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The examples of {@code docs/interfaces.md} are what the interface answers: each documented request is sent to a
 * server on a small generated case and its answer compared with the one written down (numbers to 1e-9). With
 * {@code -Djudang.writeExamples=true} the test writes the examples into the document instead.
 */
class InterfaceExamplesTest {
    /** A case small enough to print: 12 persons and 3 vehicles in 120 captures, 16-value features, 3 known persons. */
    static final GeneratorSettings DOC_CASE = GeneratorSettings.defaults().withIdentities(12).withRecords(120).withDimension(16).withVehicles(3)
            .withImages(false).withGalleryPersons(3).withSeed(5);
    static final String DOC_LIBRARY = "33020300001190000001";
    static final String DOC_TIME = "20251104093000";
    static final Path DOC = Path.of(System.getProperty("basedir", ".")).resolve("../docs/interfaces.md").normalize();
    static final Pattern BLOCK = Pattern.compile("<!-- example: (\\S+) -->\\n(.*?)<!-- /example -->", Pattern.DOTALL);

    @TempDir Path tmp;

    /** One documented exchange. */
    record Example(String name, String method, String path, String body) {}

    /** What the server answered, normalized for the document. */
    record Exchange(Example example, String path, String request, int status, JsonNode answer) {}

    @Test
    void theDocumentedExamplesAreWhatTheInterfaceAnswers() throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        try (CaseSession session = TestLibrary.build(tmp, DOC_CASE).open(tmp.resolve("served"));
             LocalInterface server = LocalInterface.start(session, 0)) {
            Client client = new Client(server.url());
            for (Example e : examples(session)) {
                Client.Reply r = switch (e.method()) {
                    case "GET" -> client.get(e.path());
                    case "DELETE" -> client.delete(e.path());
                    case "PUT" -> client.put(e.path(), e.body());
                    default -> client.post(e.path(), e.body());
                };
                String lib = session.libraryId();
                exchanges.add(new Exchange(e, e.path().replace(lib, DOC_LIBRARY), requestText(e.body(), lib), r.status(), normalize(r.body(), lib)));
                if (e.name().equals("tasks-post")) session.tasks().await(r.status0().path("Id").asLong(), 60, TimeUnit.SECONDS);
            }
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("judang.writeExamples")) {
            Files.writeString(DOC, write(doc, exchanges), StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> blocks = new LinkedHashMap<>();
        for (Matcher m = BLOCK.matcher(doc); m.find(); ) blocks.put(m.group(1), m.group(2));
        for (Exchange x : exchanges) {
            String block = blocks.remove(x.example().name());
            if (block == null) fail("docs/interfaces.md has no example '" + x.example().name() + "'");
            check(x, block);
        }
        assertTrue(blocks.isEmpty(), "examples in the document that no test sends: " + blocks.keySet());
    }

    private static List<Example> examples(CaseSession s) {
        List<Archive> persons = s.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON), ArchiveOrder.BY_ID, 0, 1000);
        Archive a = persons.stream().filter(p -> faces(s, p).size() >= 2).min(Comparator.comparingInt(Archive::recordCount)).orElseThrow();
        Archive b = persons.stream().filter(p -> p != a && !faces(s, p).isEmpty()).findFirst().orElseThrow();
        Archive hidden = persons.stream().filter(p -> p != a && p != b).findFirst().orElseThrow();
        Archive v = s.archives(ArchiveFilter.all().withKind(ArchiveKind.VEHICLE), ArchiveOrder.BY_ID, 0, 100).stream()
                .filter(x -> x.plate() != null).min(Comparator.comparingInt(Archive::recordCount)).orElseThrow();
        String moving = faces(s, b).get(0), face = faces(s, a).get(0), car = s.members(v.id()).get(0).id();
        String ocrPlate = ocrConfusion(v.plate());
        return List.of(
                new Example("libraries", "GET", "VIID/ArchiveLibraries", null),
                new Example("archives-query", "POST", "VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"QueryID\":\"q-1\",\"PageRecordNum\":1,"
                        + "\"RecordStartNo\":0,\"Sort\":\"RecordCount\",\"Fields\":{\"OnlyRealNameArchive\":1}}}"),
                new Example("archives-query-picture", "POST", "VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"QueryID\":\"q-2\",\"PageRecordNum\":2,"
                        + "\"PictureQueryCondition\":{\"PictureQueryConditionObject\":[{\"SubjectID\":\"" + face + "\",\"Threshold\":0.8}]}}}"),
                new Example("vehicle-archives-query", "POST", "VIID/VehicleArchivesQuerySync", "{\"ArchiveQueryObject\":{\"QueryID\":\"q-3\","
                        + "\"Fields\":{\"PlateNos\":[\"" + ocrPlate + "\"]}}}"),
                new Example("archives-get", "GET", "VIID/Archives?ArchiveID=" + a.id(), null),
                new Example("archives-get-unknown", "GET", "VIID/Archives?ArchiveID=" + a.id() + ",nope", null),
                new Example("subject-query", "POST", "VIID/ArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":[\"" + a.id()
                        + "\"],\"ResultSubjectDetailDeclare\":-1}}"),
                new Example("vehicle-subject-query-full", "POST", "VIID/VehicleArchiveSubjectQuerySync", "{\"ArchiveSubjectQueryObject\":{"
                        + "\"ArchiveIDList\":[\"" + v.id() + "\"],\"ResultSubjectDetailDeclare\":1}}"),
                new Example("subjects-get", "GET", "VIID/ArchiveSubjects?ArchiveID=" + a.id(), null),
                new Example("confidence", "POST", "VIID/ArchiveConfidence", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + a.id()
                        + "\"},{\"ArchiveID\":\"" + b.id() + "\"}]}}"),
                new Example("vehicle-confidence", "POST", "VIID/VehicleArchiveConfidence", "{\"VehicleArchiveListObject\":{\"VehicleArchiveObject\":"
                        + "[{\"ArchiveID\":\"" + v.id() + "\"}]}}"),
                new Example("archives-put", "PUT", "VIID/Archives", "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + a.id()
                        + "\",\"Name\":\"码头的人\",\"Notes\":\"seen at the gate twice\",\"Tags\":[\"gate\"]},{\"ArchiveID\":\"nope\",\"Name\":\"x\"}]}}"),
                new Example("subjects-post", "POST", "VIID/ArchiveSubjects", "{\"ArchiveSubjectListObject\":{\"ArchiveSubjectObject\":[{\"ArchiveID\":\""
                        + a.id() + "\",\"FaceIDList\":[\"" + moving + "\",\"" + face + "\"]}]}}"),
                new Example("subjects-delete", "DELETE", "VIID/ArchiveSubjects?ArchiveID=" + a.id() + "&FaceIDList=" + moving + ",nope", null),
                new Example("vehicle-subjects-delete", "DELETE", "VIID/VehicleArchiveSubjects?ArchiveID=" + v.id() + "&MotorVehicleIDList=" + car, null),
                new Example("archives-delete", "DELETE", "VIID/Archives?IDList=" + hidden.id(), null),
                new Example("tasks-post", "POST", "VIAS/Tasks", "{\"ArchiveTaskListObject\":{\"ArchiveTaskObject\":[{\"TaskName\":\"Cluster\",\"EventType\":\"1\"}]}}"),
                new Example("tasks-get", "GET", "VIAS/Tasks?TaskID=1", null),
                new Example("tasks-delete", "DELETE", "VIAS/Tasks?IDList=1", null),
                new Example("error-malformed-json", "POST", "VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PageRecordNum\":20,}}"),
                new Example("error-wrong-type", "POST", "VIID/ArchivesQuerySync", "{\"ArchiveQueryObject\":{\"PageRecordNum\":\"twenty\"}}"),
                new Example("error-unknown-path", "GET", "VIID/Persons", null),
                new Example("error-wrong-method", "DELETE", "VIID/ArchivesQuerySync", null));
    }

    /** The plate as an OCR might misread it: one of B/8, D/0 swapped. */
    private static String ocrConfusion(String plate) {
        for (String[] swap : new String[][]{{"B", "8"}, {"D", "0"}, {"8", "B"}, {"0", "D"}}) {
            int at = plate.indexOf(swap[0], 1);
            if (at > 0) return plate.substring(0, at) + swap[1] + plate.substring(at + 1);
        }
        return plate;
    }

    private static List<String> faces(CaseSession s, Archive a) {
        return s.members(a.id()).stream().filter(r -> r.type() == ObjectType.FACE).map(ObjectRecord::id).toList();
    }

    /** The request body as the document shows it: pretty-printed, or as sent when it is not JSON. */
    private static String requestText(String body, String libraryId) {
        if (body == null) return null;
        try {
            return pretty(normalize(Client.JSON.readTree(body), libraryId));
        } catch (IOException notJson) {
            return body.replace(libraryId, DOC_LIBRARY);
        }
    }

    /** The library ID and the times of this run replaced by the document's; feature data shortened. */
    static JsonNode normalize(JsonNode node, String libraryId) {
        if (node.isTextual()) return new TextNode(node.asText().replace(libraryId, DOC_LIBRARY));
        if (node instanceof ArrayNode a) {
            ArrayNode out = a.arrayNode();
            for (JsonNode e : a) out.add(normalize(e, libraryId));
            return out;
        }
        if (node instanceof ObjectNode o) {
            ObjectNode out = o.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String k = f.getKey();
                if (List.of("CreateTime", "UpdateTime", "LocalTime").contains(k) && f.getValue().isTextual()) out.put(k, DOC_TIME);
                else if (k.equals("FeatureData")) out.put(k, "<base64 of " + Base64.getDecoder().decode(f.getValue().asText()).length / 4 + " float32>");
                else out.set(k, normalize(f.getValue(), libraryId));
            }
            return out;
        }
        return node;
    }

    private static String write(String doc, List<Exchange> exchanges) {
        Map<String, Exchange> byName = new LinkedHashMap<>();
        for (Exchange x : exchanges) byName.put(x.example().name(), x);
        Matcher m = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Exchange x = byName.remove(m.group(1));
            if (x == null) fail("the document has an example '" + m.group(1) + "' that no test sends");
            m.appendReplacement(out, Matcher.quoteReplacement("<!-- example: " + m.group(1) + " -->\n" + render(x) + "<!-- /example -->"));
        }
        m.appendTail(out);
        if (!byName.isEmpty()) fail("add a marker <!-- example: NAME --><!-- /example --> to docs/interfaces.md for " + byName.keySet());
        return out.toString();
    }

    private static String render(Exchange x) {
        StringBuilder sb = new StringBuilder("`" + x.example().method() + " /" + x.path() + "`\n\n");
        if (x.request() != null) sb.append("```json\n").append(x.request()).append("\n```\n\n");
        sb.append("Answer `").append(x.status()).append("`:\n\n```json\n").append(pretty(x.answer())).append("\n```\n");
        return sb.toString();
    }

    private static String pretty(JsonNode n) {
        try {
            DefaultPrettyPrinter p = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return Client.JSON.writer(p).writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Exchange x, String block) throws IOException {
        String name = x.example().name();
        Matcher line = Pattern.compile("`(GET|POST|PUT|DELETE) /([^`]*)`").matcher(block);
        assertTrue(line.find(), name + ": no request line");
        assertEquals(x.example().method() + " /" + x.path(), line.group(1) + " /" + line.group(2), name);
        List<String> json = new ArrayList<>();
        for (Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(block); m.find(); ) json.add(m.group(1));
        Matcher status = Pattern.compile("Answer `(\\d+)`").matcher(block);
        assertTrue(status.find(), name + ": no answer status");
        assertEquals(x.status(), Integer.parseInt(status.group(1)), name);
        assertEquals(x.request() == null ? 1 : 2, json.size(), name + ": request and answer blocks");
        if (x.request() != null) assertEquals(x.request(), json.get(0), name + " request");
        same(name + " answer", Client.JSON.readTree(json.get(json.size() - 1)), x.answer());
    }

    /** Equal trees, numbers within 1e-9 (the last digits of a similarity may differ between machines). */
    static void same(String where, JsonNode documented, JsonNode actual) {
        if (documented.isNumber() && actual.isNumber()) {
            assertEquals(documented.asDouble(), actual.asDouble(), 1e-9, where);
        } else if (documented.isContainerNode() && actual.isContainerNode() && documented.isArray() == actual.isArray()) {
            assertEquals(documented.size(), actual.size(), where + ": " + actual);
            if (documented.isArray()) {
                for (int i = 0; i < documented.size(); i++) same(where + "[" + i + "]", documented.get(i), actual.get(i));
            } else {
                List<String> dn = new ArrayList<>(), an = new ArrayList<>();
                documented.fieldNames().forEachRemaining(dn::add);
                actual.fieldNames().forEachRemaining(an::add);
                assertEquals(dn, an, where + ": fields");
                for (String f : dn) same(where + "." + f, documented.get(f), actual.get(f));
            }
        } else {
            assertEquals(documented, actual, where);
        }
    }
}
