package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Gallery;
import org.judang.engine.store.NewRecord;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.vector.Vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Decides what becomes of each object read: imported (with warnings), skipped as a duplicate, or rejected with a
 * reason. Every check that can reject runs before anything is written (images included), so a rejected record leaves
 * no trace but its issue.
 */
final class ElementHandler implements MessageBodyReader.ElementSink {
    private final boolean galleryBatch;
    private final BodyJson json;
    private final SidecarFeatures sidecars;
    private final ImageIntake images;
    private final SpaceCatalog spaces;
    private final ImportWriter writer;
    private final ReportBuilder report;
    private final IngestLimits limits;
    private final CancellationToken cancel;

    /** Why a record is not imported; its message is the issue's. */
    private static final class Rejection extends Exception {
        Rejection(String message) {
            super(message, null, false, false);
        }
    }

    /** What became of an object. */
    enum Outcome { IMPORTED, DUPLICATE, REJECTED }

    /** A record's chosen feature, validated and normalised; null parts when it has none. */
    private record ChosenFeature(SpaceKey space, float[] vector) {}

    ElementHandler(boolean galleryBatch, BodyJson json, SidecarFeatures sidecars, ImageIntake images, SpaceCatalog spaces,
                   ImportWriter writer, ReportBuilder report, IngestLimits limits, CancellationToken cancel) {
        this.galleryBatch = galleryBatch;
        this.json = json;
        this.sidecars = sidecars;
        this.images = images;
        this.spaces = spaces;
        this.writer = writer;
        this.report = report;
        this.limits = limits;
        this.cancel = cancel;
    }

    @Override
    public void accept(MessageBodyReader.BodyElement e) {
        cancel.throwIfCancelled();
        if (e.list() == BodyList.CAMERA) camera(e);
        else object(e);
    }

    private void camera(MessageBodyReader.BodyElement e) {
        List<String> warnings = new ArrayList<>();
        Camera camera = CameraParser.parse(e.node(), warnings);
        if (camera == null) {
            report.cameraRejected(ImportIssue.error(e.file(), e.position(), null, "the APEObject has no ApeID; the camera was not imported."));
            return;
        }
        for (String w : warnings) report.issue(ImportIssue.warning(e.file(), e.position(), camera.apeId(), w));
        writer.add(camera, json.write(e.node()));
    }

    /** Imports one object (not a camera), reporting what became of it. */
    Outcome object(MessageBodyReader.BodyElement e) {
        ObjectType type = e.list().type();
        String id = new ObjectFields(e.node()).text(type.idField());
        try {
            return importObject(e, type, id);
        } catch (Rejection r) {
            report.rejected(type, ImportIssue.error(e.file(), e.position(), id, r.getMessage()));
            return Outcome.REJECTED;
        }
    }

    private Outcome importObject(MessageBodyReader.BodyElement e, ObjectType type, String id) throws Rejection {
        ObjectNode node = e.node();
        if (galleryBatch && type != ObjectType.FACE) {
            throw new Rejection("a gallery batch holds FaceObjects only; this " + type.elementKey() + " was not imported.");
        }
        if (id == null) throw new Rejection("the object has no " + type.idField() + "; every object needs its ID. It was not imported.");
        if (id.length() > limits.maxIdLength()) {
            throw new Rejection(type.idField() + " is " + id.length() + " characters long; at most " + limits.maxIdLength() + " are accepted.");
        }
        List<String> warnings = new ArrayList<>();
        if (id.length() != RecordParser.STANDARD_OBJECT_ID_LENGTH) {
            warnings.add(type.idField() + " has " + id.length() + " characters, not the standard " + RecordParser.STANDARD_OBJECT_ID_LENGTH + ".");
        }

        Optional<SidecarFeatures.Row> sidecar;
        try {
            sidecar = sidecars.take(type, id);
        } catch (IOException ex) {
            throw new Rejection("its feature in the batch's feature file cannot be read (" + ex.getMessage() + ").");
        }
        String received = json.write(node);
        String hash = contentHash(received, sidecar.map(SidecarFeatures.Row::bytes).orElse(null));
        Optional<String> known = galleryBatch ? writer.knownGalleryHash(id) : writer.knownRecordHash(id);
        if (known.isPresent()) {
            if (known.get().equals(hash)) {
                report.duplicate(type);
                return Outcome.DUPLICATE;
            }
            throw new Rejection("ID " + id + " already exists with different content; not overwritten. "
                    + "If this is another object, give it its own ID; if it replaces the stored one, remove that first.");
        }

        List<ObjectNode> subImages = ImageIntake.subImages(node);
        ChosenFeature feature = feature(type, node, subImages, sidecar, warnings);
        String refusedPath = ImageIntake.refusedPath(subImages);
        if (refusedPath != null) throw new Rejection(refusedPath);

        // Accepted: from here on things are written.
        if (feature.space() != null) spaces.claim(feature.space());
        ImageIntake.Stored stored = images.store(type, subImages, warnings);
        if (galleryBatch) {
            ObjectFields f = new ObjectFields(node);
            for (String field : List.of("Name", "IDType", "IDNumber")) {
                if (f.text(field) == null) warnings.add("no " + field + ": the gallery entry cannot show who this is in full.");
            }
            String raw = json.write(node);
            writer.add(new ImportWriter.GalleryDraft(new Gallery.GalleryEntry(id, f.text("Name"), f.text("IDType"), f.text("IDNumber"), 0,
                    Vectors.toBytes(feature.vector()), stored.crop(), hash, raw, 0), feature.space()));
            report.galleryImported();
        } else {
            int crop = ImageIntake.cropIndex(type, subImages);
            RecordParser.Parsed p = RecordParser.parse(type, node, crop >= 0 ? subImages.get(crop) : null, warnings);
            String raw = json.write(node);
            NewRecord draft = new NewRecord(id, type, 0, -1, p.deviceId(), p.shotTime(), p.box(), p.quality(), p.plate(), stored.crop(),
                    stored.scene(), hash, raw, 0, warnings.isEmpty() ? null : String.join("\n", warnings), p.relations());
            writer.add(new ImportWriter.Capture(draft, feature.space(), feature.vector()));
        }
        report.imported(type, warnings.stream().map(w -> ImportIssue.warning(e.file(), e.position(), id, w)).toList());
        return Outcome.IMPORTED;
    }

    /** The record's feature: from the sidecar or the first in its body; checked and L2-normalised. */
    private ChosenFeature feature(ObjectType type, ObjectNode node, List<ObjectNode> subImages, Optional<SidecarFeatures.Row> sidecar,
                                  List<String> warnings) throws Rejection {
        List<FeatureInfo> inBody = FeatureInfo.find(node, subImages);
        if (sidecar.isPresent() && !inBody.isEmpty()) {
            throw new Rejection("the object has a feature both in its message body (" + inBody.get(0).where() + ") and in " + sidecar.get().origin()
                    + "; which one is meant is ambiguous. Keep one of them and import again.");
        }
        String vendor, algorithm, origin;
        byte[] bytes;
        if (sidecar.isPresent()) {
            vendor = sidecar.get().vendor();
            algorithm = sidecar.get().algorithm();
            origin = sidecar.get().origin();
            bytes = sidecar.get().bytes();
        } else if (!inBody.isEmpty()) {
            FeatureInfo first = inBody.get(0);
            origin = "the feature in " + first.where();
            try {
                bytes = first.bytes();
            } catch (IllegalArgumentException ex) {
                throw new Rejection(ex.getMessage() + "; the record was not imported.");
            }
            vendor = first.vendor();
            algorithm = first.algorithm();
            if (vendor == null || algorithm == null) {
                String missing = vendor == null && algorithm == null ? "Vendor or AlgorithmVersion" : vendor == null ? "Vendor" : "AlgorithmVersion";
                warnings.add(origin + " has no " + missing + "; it is filed under '"
                        + SidecarFeatures.UNKNOWN + "' and compared only with features filed so.");
                if (vendor == null) vendor = SidecarFeatures.UNKNOWN;
                if (algorithm == null) algorithm = SidecarFeatures.UNKNOWN;
            }
        } else {
            if (galleryBatch) throw new Rejection("a gallery entry needs a feature to be matched against archives; this FaceObject has none.");
            warnings.add("no feature: will not be clustered.");
            return new ChosenFeature(null, null);
        }
        float[] v = Vectors.fromBytes(bytes);
        if (Double.isNaN(Vectors.norm(v))) throw new Rejection(origin + " contains NaN or infinite values; the record was not imported.");
        SpaceKey space = new SpaceKey(type, vendor, algorithm, v.length);
        Integer existing = spaces.conflictingDimension(space);
        if (existing != null) {
            throw new Rejection(origin + " has " + v.length + " values, but features of " + space.algorithmLabel() + " have " + existing
                    + "; features of different dimensions cannot be compared. Check the Vendor and AlgorithmVersion; the record was not imported.");
        }
        if (!Vectors.normalize(v)) throw new Rejection(origin + " is all zeros, so it matches nothing; the record was not imported.");
        return new ChosenFeature(space, v);
    }

    /** SHA-256 of the object as received and of its sidecar vector, if any: equal content, equal hash. */
    static String contentHash(String received, byte[] sidecarVector) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(received.getBytes(StandardCharsets.UTF_8));
            if (sidecarVector != null) d.update(sidecarVector);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
