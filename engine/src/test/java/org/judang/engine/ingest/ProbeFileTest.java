package org.judang.engine.ingest;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A capture from elsewhere to search with: what is read from it, and every way it can be unusable. */
class ProbeFileTest {
    static final FeatureSpace FACES = new FeatureSpace(1, ObjectType.FACE, "VendorA", "face-3.2", 4, 10);
    static final FeatureSpace BODIES = new FeatureSpace(2, ObjectType.PERSON, "VendorA", "body-1.0", 4, 10);
    /** The smallest PNG: what the crop's bytes start with. */
    static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir Path tmp;

    static String feature(String vendor, String version, float... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return "{\"Vendor\":\"" + vendor + "\",\"AlgorithmVersion\":\"" + version + "\",\"FeatureData\":\"" + Base64.getEncoder().encodeToString(b.array()) + "\"}";
    }

    Path write(String name, String json) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsTheCapturesWithAFeatureOfTheCaseAndTheirCrops() throws Exception {
        Files.write(tmp.resolve("crop.png"), PNG);
        Path file = write("probe.json", "{\"FaceListObject\":{\"FaceObject\":["
                + "{\"FaceID\":\"F1\",\"SubImageList\":{\"SubImageInfoObject\":[{\"Type\":\"11\",\"StoragePath\":\"crop.png\","
                + "\"FeatureInfoObject\":" + feature("VendorA", "face-3.2", 3, 0, 4, 0) + "}]}},"
                + "{\"FaceID\":\"F2\",\"SubImageList\":{\"SubImageInfoObject\":[{\"Type\":\"11\",\"Data\":\"" + Base64.getEncoder().encodeToString(PNG) + "\"}]}},"
                + "{\"FaceID\":\"F3\",\"FeatureInfoObject\":" + feature("VendorB", "x-1", 1, 0, 0, 0) + "}"
                + "]}}");
        ProbeFile.Contents c = ProbeFile.read(file, List.of(FACES, BODIES));
        assertEquals(1, c.probes().size());
        ProbeFile.Probe p = c.probes().get(0);
        assertEquals("F1", p.objectId());
        assertSame(FACES, p.space());
        assertArrayEquals(new float[]{0.6f, 0, 0.8f, 0}, p.unit(), 1e-6f, "normalised");
        assertArrayEquals(PNG, p.crop(), "the crop beside the file");
        assertEquals(2, c.skipped().size());
        assertTrue(c.skipped().get(0).startsWith("F2: no feature"), c.skipped().toString());
        assertTrue(c.skipped().get(1).contains("no FaceObject features of VendorB x-1 with 4 values"), c.skipped().toString());
    }

    @Test
    void aSingleObjectWithAnInlineCropAndAPathOutsideItsFolder() throws Exception {
        Path file = write("one.json", "{\"PersonObject\":{\"PersonID\":\"P1\",\"SubImageList\":{\"SubImageInfoObject\":["
                + "{\"Type\":\"10\",\"Data\":\"data:image/png;base64," + Base64.getEncoder().encodeToString(PNG) + "\","
                + "\"FeatureInfoObject\":" + feature("VendorA", "body-1.0", 0, 1, 0, 0) + "}]}}}");
        ProbeFile.Probe p = ProbeFile.read(file, List.of(FACES, BODIES)).probes().get(0);
        assertSame(BODIES, p.space());
        assertArrayEquals(PNG, p.crop());

        Files.write(tmp.getParent().resolve("outside.png"), PNG);
        Path escaping = write("escaping.json", "{\"FaceObject\":{\"FaceID\":\"F9\",\"SubImageList\":{\"SubImageInfoObject\":["
                + "{\"Type\":\"11\",\"StoragePath\":\"../outside.png\",\"FeatureInfoObject\":" + feature("VendorA", "face-3.2", 1, 0, 0, 0) + "}]}}}");
        ProbeFile.Probe q = ProbeFile.read(escaping, List.of(FACES)).probes().get(0);
        assertNull(q.crop(), "a path leaving the file's folder is not read");
    }

    @Test
    void anUnusableFileSaysWhyNamingIt() throws Exception {
        assertMessage(write("cut.json", "{\"FaceListObject\":{\"FaceObject\":[{\"FaceID\":\"F1\""), "cut.json is not valid JSON at line 1");
        Path gbk = tmp.resolve("gbk.json");
        Files.write(gbk, "{\"FaceObject\":{\"FaceID\":\"张三\"}}".getBytes(Charset.forName("GBK")));
        assertMessage(gbk, "gbk.json is not UTF-8 text");
        assertMessage(write("other.json", "{\"Something\":{}}"), "other.json holds no capture: expected one of FaceListObject");
        assertMessage(write("nan.json", "{\"FaceObject\":{\"FaceID\":\"F1\",\"FeatureInfoObject\":" + feature("VendorA", "face-3.2", Float.NaN, 0, 0, 0) + "}}"),
                "nan.json: no capture to search with. F1: its feature is zero or not finite.");
        assertMessage(write("dim.json", "{\"FaceObject\":{\"FaceID\":\"F1\",\"FeatureInfoObject\":" + feature("VendorA", "face-3.2", 1, 0, 0) + "}}"),
                "F1: this case has no FaceObject features of VendorA face-3.2 with 3 values.");
        assertMessage(write("base64.json", "{\"FaceObject\":{\"FaceID\":\"F1\",\"FeatureInfoObject\":{\"Vendor\":\"VendorA\","
                + "\"AlgorithmVersion\":\"face-3.2\",\"FeatureData\":\"@@@\"}}}"), "FeatureData in the object is not valid base64");
        assertMessage(tmp.resolve("absent.json"), "absent.json cannot be read");
    }

    private void assertMessage(Path file, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProbeFile.read(file, List.of(FACES, BODIES)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
