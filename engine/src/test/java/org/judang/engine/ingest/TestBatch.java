package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Builds offline batches for tests in a few lines: message bodies (JSON and JSON Lines), cameras, images, features
 * (inline or as .npy + .ids sidecars), manifests, and zips of it all.
 */
final class TestBatch {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String VENDOR = "VendorA";
    static final String ALGORITHM = "v1";
    static final int DIM = 8;
    static final String DEVICE = "33020300001190000001";

    private final Path root;

    private TestBatch(Path root) {
        this.root = root;
    }

    static TestBatch in(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestBatch(folder);
    }

    Path root() {
        return root;
    }

    Path file(String path) {
        return root.resolve(path);
    }

    // ---- files ----

    /** A .json message body: {@code {"<Type>ListObject":{"<Type>Object":[...]}}}. */
    TestBatch json(String path, ObjectType type, ObjectNode... objects) {
        return json(path, type.listKey(), type.elementKey(), objects);
    }

    TestBatch cameras(String path, ObjectNode... apes) {
        return json(path, "APEListObject", "APEObject", apes);
    }

    private TestBatch json(String path, String listKey, String elementKey, ObjectNode... objects) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putObject(listKey).putArray(elementKey);
        for (ObjectNode o : objects) list.add(o);
        return text(path, body.toString());
    }

    /** A .jsonl message body, each object wrapped in its element key. */
    TestBatch jsonl(String path, ObjectType type, ObjectNode... objects) {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode o : objects) sb.append(wrap(type.elementKey(), o)).append('\n');
        return text(path, sb.toString());
    }

    /** A faces message body with one face per line (so that a cut can be placed by line). */
    static String facesBody(ObjectNode... faces) {
        StringBuilder sb = new StringBuilder("{\"FaceListObject\":{\"FaceObject\":[\n");
        for (int i = 0; i < faces.length; i++) sb.append(i > 0 ? ",\n" : "").append(faces[i]);
        return sb.append("\n]}}").toString();
    }

    static String wrap(String elementKey, ObjectNode o) {
        ObjectNode w = JSON.createObjectNode();
        w.set(elementKey, o);
        return w.toString();
    }

    TestBatch text(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestBatch bytes(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestBatch png(String path, int seed) {
        return bytes(path, png(seed));
    }

    TestBatch manifest(ObjectNode manifest) {
        return text("manifest.json", manifest.toString());
    }

    /** A manifest naming one feature file of {@code type}. */
    static ObjectNode manifestWithFeatures(ObjectType type, String npy, String ids) {
        ObjectNode m = JSON.createObjectNode().put("BatchID", "test-batch").put("Kind", "Captures");
        m.putArray("FeatureFiles").addObject().put("ObjectType", type.name()).put("Vendor", VENDOR).put("AlgorithmVersion", ALGORITHM)
                .put("Path", npy).put("IDs", ids);
        return m;
    }

    TestBatch npy(String path, int version, float[]... rows) {
        return bytes(path, npyBytes(version, rows));
    }

    TestBatch ids(String path, String... ids) {
        return text(path, String.join("\n", ids) + "\n");
    }

    /** A zip of the folder, entries relative to it (prefixed with {@code topFolder/} unless it is empty). */
    Path zip(Path target, String topFolder) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(topFolder.isEmpty() ? name : topFolder + "/" + name));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of exactly these entries, names as given (even ones no honest zip tool writes). */
    static Path zipOf(Path target, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- objects ----

    /** A 48-character object ID, unique per (type, n). */
    static String id(ObjectType type, int n) {
        return DEVICE + "02" + "20251103101515" + String.format("%05d", type.ordinal()) + "06" + String.format("%05d", n);
    }

    /**
     * A complete object of the type: ID, DeviceID, box, time, and one crop sub-image holding an inline PNG and an
     * 8-d feature. It imports with no warning.
     */
    static ObjectNode object(ObjectType type, int n) {
        return object(type, n, png(n), vector(type.ordinal() * 1000 + n, DIM));
    }

    /** As {@link #object(ObjectType, int)}, with the given crop image and feature. */
    static ObjectNode object(ObjectType type, int n, byte[] cropImage, float[] feature) {
        ObjectNode o = JSON.createObjectNode();
        o.put(type.idField(), id(type, n));
        o.put("InfoKind", 1);
        o.put("DeviceID", DEVICE);
        o.put("LeftTopX", 10).put("LeftTopY", 20).put("RightBtmX", 66).put("RightBtmY", 132);
        o.put(type.timeFields().get(0), time(n));
        if (type == ObjectType.MOTOR_VEHICLE) o.put("PlateNo", "浙B1234" + (n % 10));
        ObjectNode sub = subImage(type.cropImageTypes().get(0), n);
        sub.put("Data", base64(cropImage));
        sub.set("FeatureInfoObject", feature(feature));
        o.putObject("SubImageList").putArray("SubImageInfoObject").add(sub);
        return o;
    }

    static ObjectNode face(int n) {
        return object(ObjectType.FACE, n);
    }

    static String time(int n) {
        return String.format("20251103%02d%02d%02d", 10 + n / 3600 % 10, n / 60 % 60, n % 60);
    }

    static ObjectNode subImage(String type, int n) {
        return JSON.createObjectNode().put("ImageID", DEVICE + "02" + "20251103101515" + String.format("%05d", n)).put("Type", type)
                .put("FileFormat", "Png").put("ShotTime", time(n)).put("Width", 4).put("Height", 4);
    }

    /** The object's sub-images. */
    static ArrayNode subImages(ObjectNode object) {
        return (ArrayNode) object.get("SubImageList").get("SubImageInfoObject");
    }

    /** The object's crop sub-image (its first). */
    static ObjectNode crop(ObjectNode object) {
        return (ObjectNode) subImages(object).get(0);
    }

    static ObjectNode feature(float[] v) {
        return feature(VENDOR, ALGORITHM, v);
    }

    static ObjectNode feature(String vendor, String algorithm, float[] v) {
        ObjectNode f = JSON.createObjectNode();
        if (vendor != null) f.put("Vendor", vendor);
        if (algorithm != null) f.put("AlgorithmVersion", algorithm);
        return f.put("FeatureData", base64(v));
    }

    static ObjectNode camera(int n) {
        return JSON.createObjectNode().put("ApeID", DEVICE.substring(0, 15) + String.format("%05d", n)).put("Name", "Camera " + n)
                .put("Longitude", 121.5 + n / 100.0).put("Latitude", "29.8" + n).put("PlaceCode", "330203");
    }

    // ---- values ----

    static float[] vector(int seed, int dim) {
        Random r = new Random(seed);
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) v[i] = (float) r.nextGaussian();
        return v;
    }

    static float[] normalized(float[] v) {
        double n = 0;
        for (float f : v) n += (double) f * f;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / Math.sqrt(n));
        return out;
    }

    static String base64(float[] v) {
        return Base64.getEncoder().encodeToString(floatBytes(v));
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static byte[] floatBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        return b.array();
    }

    /** A tiny PNG whose pixels (and so whose bytes) depend on the seed. */
    static byte[] png(int seed) {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) img.setRGB(x, y, seed * 7919 + x * 31 + y);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A NumPy .npy file of float32 rows, format 1.0 or 2.0, as {@code numpy.save} writes it. */
    static byte[] npyBytes(int version, float[]... rows) {
        int n = rows.length, d = n == 0 ? DIM : rows[0].length;
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + n + ", " + d + "), }";
        int preamble = version == 1 ? 10 : 12;
        int pad = (64 - (preamble + dict.length() + 1) % 64) % 64;
        byte[] header = (dict + " ".repeat(pad) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(preamble + header.length + n * d * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) version).put((byte) 0);
        if (version == 1) b.putShort((short) header.length);
        else b.putInt(header.length);
        b.put(header);
        for (float[] row : rows) for (float f : row) b.putFloat(f);
        return b.array();
    }

    /** IDs 1..n of a type. */
    static List<String> ids(ObjectType type, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(id(type, i));
        return out;
    }
}
