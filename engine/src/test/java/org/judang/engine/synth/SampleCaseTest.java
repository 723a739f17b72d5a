package org.judang.engine.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.judang.engine.model.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample case is exactly what {@link SampleCase#SETTINGS} produce, and small enough to ship. */
class SampleCaseTest {
    /** Tests run in the engine module's directory. */
    static final Path DEMO = Path.of("..", "sample-cases", "demo");

    @Test
    void theCommittedSampleCaseIsWhatItsSettingsProduce(@TempDir Path dir) throws IOException {
        assertTrue(Files.isDirectory(DEMO), DEMO.toAbsolutePath() + " is missing: run SampleCase (see sample-cases/README.md)");
        new SyntheticBatchGenerator(SampleCase.SETTINGS).write(dir);
        Map<String, byte[]> committed = SyntheticBatchGeneratorTest.files(DEMO), regenerated = SyntheticBatchGeneratorTest.files(dir);
        assertEquals(regenerated.keySet(), committed.keySet(), "the same files");
        for (String name : committed.keySet()) {
            if (name.endsWith(".png")) {
                // PNG compression may differ between JDKs; the pixels may not.
                assertArrayEquals(pixels(regenerated.get(name)), pixels(committed.get(name)), name);
            } else {
                assertArrayEquals(regenerated.get(name), committed.get(name), name + " differs: regenerate the sample case");
            }
        }
    }

    @Test
    void theSampleCaseHasWhatTheDemoShowsAndStaysSmall() throws IOException {
        WrittenBatch demo = WrittenBatch.read(DEMO);
        long bytes = SyntheticBatchGeneratorTest.files(DEMO).values().stream().mapToLong(b -> b.length).sum();
        assertTrue(bytes <= 6_500_000, "sample case is " + bytes + " bytes");
        assertTrue(demo.records.size() >= 2500 && demo.records.size() <= 3500);
        assertEquals(SampleCase.SETTINGS.cameras(), demo.cameras.get("APEListObject").get("APEObject").size());
        assertTrue(demo.records(ObjectType.FACE).stream().anyMatch(r -> r.json().has("RelatedList")));
        assertEquals(5, WrittenBatch.readTsv(DEMO.resolve("gallery-truth.tsv")).size());
        assertTrue(Files.isRegularFile(DEMO.resolve("gallery/gallery.json")));
    }

    private static int[] pixels(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
