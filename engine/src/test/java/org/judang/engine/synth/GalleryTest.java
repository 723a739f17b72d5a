package org.judang.engine.synth;

import static org.judang.engine.synth.WrittenBatch.cosine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.WrittenBatch.Record;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery holds known persons who really appear in the captures, with well-formed (fake) identities. */
class GalleryTest {
    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withRecords(1500).withIdentities(150)
            .withVehicles(20).withDimension(128).withSeed(4).withGalleryPersons(6);

    @TempDir
    static Path dir;
    static GeneratedBatch generated;
    static WrittenBatch batch;
    static JsonNode gallery;
    static Map<String, String> galleryTruth;

    @BeforeAll
    static void generate() throws IOException {
        generated = new SyntheticBatchGenerator(SETTINGS).write(dir);
        batch = WrittenBatch.read(dir);
        gallery = WrittenBatch.JSON.readTree(generated.gallery().resolve("gallery.json").toFile()).get("FaceListObject").get("FaceObject");
        galleryTruth = WrittenBatch.readTsv(dir.resolve("gallery-truth.tsv"));
    }

    @Test
    void aGalleryBatchOfKnownPersons() throws IOException {
        JsonNode manifest = WrittenBatch.JSON.readTree(generated.gallery().resolve("manifest.json").toFile());
        assertEquals("Gallery", manifest.get("Kind").asText());
        assertEquals(SETTINGS.galleryPersons(), gallery.size());
        for (JsonNode face : gallery) {
            assertEquals(48, face.get("FaceID").asText().length());
            assertTrue(face.get("Name").asText().matches("[\\u4e00-\\u9fa5]{2,3}"), face.get("Name").asText());
            assertEquals("111", face.get("IDType").asText());
            JsonNode crop = face.get("SubImageList").get("SubImageInfoObject").get(0);
            assertEquals("11", crop.get("Type").asText());
            assertNotNull(ImageIO.read(generated.gallery().resolve(crop.get("StoragePath").asText()).toFile()));
            float[] feature = Vectors.fromBytes(Base64.getDecoder().decode(crop.get("FeatureInfoObject").get("FeatureData").asText()));
            assertEquals(SETTINGS.dimension(), feature.length);
            assertEquals(1.0, Vectors.norm(feature), 1e-5);
        }
    }

    @Test
    void idNumbersAreWellFormed() {
        for (JsonNode face : gallery) {
            String id = face.get("IDNumber").asText();
            assertTrue(id.matches("330203\\d{11}[\\dX]"), id);
            LocalDate birth = LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            assertTrue(birth.isAfter(LocalDate.of(1940, 1, 1)) && birth.isBefore(LocalDate.of(2008, 1, 1)), id);
            assertEquals(IdNumbers.checkCharacter(id.substring(0, 17)), id.charAt(17));
            boolean male = (id.charAt(16) - '0') % 2 == 1;
            assertEquals(male ? "1" : "2", face.get("GenderCode").asText(), "the sequence's parity gives the sex");
        }
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"), "the standard's own example");
    }

    @Test
    void galleryPersonsAppearInTheCapturesAndTheirPhotoMatchesThem() {
        Map<String, List<Record>> faces = batch.byLabel(ObjectType.FACE);
        assertEquals(SETTINGS.galleryPersons(), galleryTruth.size());
        for (JsonNode face : gallery) {
            String label = galleryTruth.get(face.get("FaceID").asText());
            assertTrue(batch.truth.values().stream().filter(label::equals).count() >= 2, label + " recurs in the captures");
            float[] photo = Vectors.fromBytes(Base64.getDecoder().decode(
                    face.get("SubImageList").get("SubImageInfoObject").get(0).get("FeatureInfoObject").get("FeatureData").asText()));
            String best = null;
            double bestMean = -1;
            for (Map.Entry<String, List<Record>> e : faces.entrySet()) {
                double mean = e.getValue().stream().mapToDouble(r -> cosine(photo, r.feature())).average().orElseThrow();
                if (mean > bestMean) { bestMean = mean; best = e.getKey(); }
            }
            assertEquals(label, best, "the photo is closest to its own person's faces");
            assertTrue(bestMean > 0.5, "photo to own faces " + bestMean);
        }
    }
}
