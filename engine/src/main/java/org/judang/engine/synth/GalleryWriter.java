package org.judang.engine.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;

/**
 * Writes the gallery batch ({@code "Kind":"Gallery"}): one {@code FaceObject} per known person with a name, an ID
 * number, an enrolment photo and its feature (always inline: a gallery is small). Also writes
 * {@code gallery-truth.tsv}, which says which identity each gallery entry is, for tests of real-name matching; it is
 * kept apart from {@code truth.tsv} because gallery entries are not captures to be clustered.
 */
final class GalleryWriter {
    /** Enrolment (registration) source: device type 500 of the same division. */
    static final String ENROLMENT_DEVICE = CameraNetwork.REGION + "00" + "00" + "500" + "0" + "000001";
    /** Identity cards are issued here, and the photos taken, a year before the case. */
    static final long ENROLMENT_TIME = CaptureSchedule.CASE_START - 365L * 86_400 + 10 * 3600;

    private final IdentityModel persons;
    private final FeatureSpaceModel faces;
    private final RandomStreams streams;
    private final CropPainter painter;

    /** @param painter null when images are off */
    GalleryWriter(IdentityModel persons, FeatureSpaceModel faces, RandomStreams streams, CropPainter painter) {
        this.persons = persons;
        this.faces = faces;
        this.streams = streams;
        this.painter = painter;
    }

    void write(Path root, Path truthFile, GeneratorSettings settings, JsonFactory json) throws IOException {
        Files.createDirectories(root);
        if (painter != null) Files.createDirectories(root.resolve("images"));
        try (JsonGenerator g = json.createGenerator(Files.newOutputStream(root.resolve("manifest.json"), StandardOpenOption.CREATE_NEW))) {
            g.setPrettyPrinter(BatchWriter.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("BatchID", BatchWriter.batchId(settings) + "-gallery");
            g.writeStringField("Kind", "Gallery");
            g.writeStringField("Source", "Judang synthetic generator, seed " + settings.seed() + " (made-up names and ID numbers)");
            g.writeStringField("CreateTime", CaseTime.format(CaptureSchedule.CASE_START + settings.days() * 86_400L + 9 * 3600));
            g.writeEndObject();
            g.writeRaw('\n');
        }
        Base64.Encoder base64 = Base64.getEncoder();
        int[] gallery = persons.gallery();
        try (MessageFile file = new MessageFile(root.resolve("gallery.json"), ObjectType.FACE.listKey(), ObjectType.FACE.elementKey(), false, json);
             BufferedWriter truth = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            for (int k = 0; k < gallery.length; k++) {
                IdentityModel.Person p = persons.person(gallery[k]);
                SplittableRandom rng = streams.stream("gallery", p.index());
                String imageId = ObjectIds.imageId(ENROLMENT_DEVICE, CaseTime.format(ENROLMENT_TIME), k + 1);
                String faceId = ObjectIds.objectId(imageId, ObjectType.FACE, 1);
                LocalDate birth = LocalDate.of(2025 - p.age(), 1, 1).plusDays(rng.nextInt(365));
                JsonGenerator g = file.begin();
                g.writeStartObject();
                g.writeStringField("FaceID", faceId);
                g.writeNumberField("InfoKind", 0);
                g.writeStringField("Name", PersonNames.name(p.male(), rng));
                g.writeStringField("IDType", "111");
                g.writeStringField("IDNumber", IdNumbers.of(CameraNetwork.REGION, birth, rng.nextInt(499), p.male()));
                g.writeStringField("GenderCode", p.male() ? "1" : "2");
                g.writeObjectFieldStart("SubImageList");
                g.writeArrayFieldStart("SubImageInfoObject");
                g.writeStartObject();
                g.writeStringField("ImageID", imageId);
                g.writeStringField("Type", ObjectType.FACE.cropImageTypes().get(0));
                if (painter != null) g.writeStringField("FileFormat", "Png");
                g.writeNumberField("Width", CropPainter.width(ObjectType.FACE));
                g.writeNumberField("Height", CropPainter.height(ObjectType.FACE));
                if (painter != null) {
                    String path = String.format(Locale.ROOT, "images/%06d.png", k + 1);
                    Files.write(root.resolve(path), painter.portrait(p.look()), StandardOpenOption.CREATE_NEW);
                    g.writeStringField("StoragePath", path);
                }
                BatchWriter.writeFeature(g, faces.parameters(), faces.enrolment(p.face(), rng), base64);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                file.end();
                truth.write(faceId + "\t" + p.label() + "\n");
            }
        }
    }
}
