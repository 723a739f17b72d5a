package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.message.PictureQueryConditionObject;
import org.judang.engine.message.SubImageInfoObject;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.vector.Vectors;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search by image (以图搜档) for a query's {@code PictureQueryCondition}s. The workstation has no feature extractor, so
 * a condition names its probe one of two ways:
 * <ul>
 *   <li>{@code SubjectID}: a capture already in the library, whose stored feature is used;</li>
 *   <li>{@code SubImage} carrying a {@code FeatureInfoObject} ({@code Vendor}, {@code AlgorithmVersion}, base64
 *       little-endian float32 {@code FeatureData}) of one of the case's feature spaces; its {@code Type} (11 face, 10
 *       person, 09 vehicle…) picks the space when vendor, version and dimension alone do not.</li>
 * </ul>
 * Several conditions are alternatives: an archive matches when it is close to any of them, ranked by its best
 * similarity.
 */
final class PictureSearch {
    /** Threshold when a condition gives none. */
    static final double DEFAULT_THRESHOLD = 0.5;

    private final CaseSession session;

    PictureSearch(CaseSession session) {
        this.session = session;
    }

    /** Archive ID to its best similarity with any condition, best first, at most {@code limit} per condition. */
    Map<String, Double> matches(List<PictureQueryConditionObject> conditions, int limit) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (int i = 0; i < conditions.size(); i++) {
            PictureQueryConditionObject c = conditions.get(i);
            String where = "PictureQueryConditionObject[" + i + "]";
            double threshold = threshold(c.threshold(), where);
            List<ArchiveMatch> found;
            if (c.subjectId() != null && !c.subjectId().isBlank()) {
                if (c.subImage() != null) throw InterfaceException.badContent(where + ": give a SubjectID or a SubImage, not both.");
                found = bySubject(c.subjectId().trim(), threshold, limit, where);
            } else if (c.subImage() != null) {
                found = byFeature(c.subImage(), threshold, limit, where);
            } else {
                throw InterfaceException.badContent(where + ": give a SubjectID (a capture in the library) or a SubImage carrying a FeatureInfoObject.");
            }
            for (ArchiveMatch m : found) best.merge(m.archive().id(), m.similarity(), Math::max);
        }
        return best;
    }

    private List<ArchiveMatch> bySubject(String recordId, double threshold, int limit, String where) {
        var record = session.record(recordId).orElseThrow(() -> InterfaceException.notFound(where + ": no capture " + recordId + " in this library."));
        if (record.spaceId() <= 0) throw InterfaceException.badContent(where + ": capture " + recordId + " has no feature to search with.");
        return session.searchByRecord(recordId, threshold, limit);
    }

    private List<ArchiveMatch> byFeature(SubImageInfoObject image, double threshold, int limit, String where) {
        JsonNode feature = image.other().get("FeatureInfoObject");
        if (feature != null && feature.isArray() && feature.size() == 1) feature = feature.get(0);
        if (feature == null || !feature.isObject()) {
            throw InterfaceException.badContent(where + ".SubImage: the workstation computes no features from images; send the image's "
                    + "FeatureInfoObject {Vendor, AlgorithmVersion, FeatureData} with it, or a SubjectID.");
        }
        String vendor = feature.path("Vendor").asText(""), version = feature.path("AlgorithmVersion").asText("");
        float[] vector;
        try {
            byte[] bytes = Base64.getDecoder().decode(feature.path("FeatureData").asText(""));
            if (bytes.length == 0 || bytes.length % 4 != 0) throw new IllegalArgumentException("not float32");
            vector = Vectors.fromBytes(bytes);
        } catch (IllegalArgumentException e) {
            throw InterfaceException.badContent(where + ".SubImage.FeatureInfoObject.FeatureData must be base64 of little-endian float32 values.");
        }
        List<FeatureSpace> spaces = session.spaces().stream()
                .filter(s -> s.vendor().equals(vendor) && s.algorithmVersion().equals(version) && s.dimension() == vector.length)
                .filter(s -> image.type() == null || s.type().cropImageTypes().contains(image.type().trim()))
                .toList();
        if (spaces.isEmpty()) {
            throw InterfaceException.badContent(where + ": this library has no " + vector.length + "-value features of " + vendor + " " + version
                    + (image.type() == null ? "" : " for images of Type " + image.type()) + ".");
        }
        if (spaces.size() > 1) throw InterfaceException.badContent(where + ": several object types use " + vendor + " " + version + "; give the SubImage's Type.");
        if (!Vectors.normalize(vector.clone())) throw InterfaceException.badContent(where + ": the feature is zero or not finite.");
        return session.searchByFeature(spaces.get(0), vector, threshold, limit);
    }

    /** 0..1, or a percentage above 1 up to 100. */
    private static double threshold(Double given, String where) {
        if (given == null) return DEFAULT_THRESHOLD;
        if (given.isNaN() || given < 0 || given > 100) throw InterfaceException.badContent(where + ".Threshold must be from 0 to 1 (or a percentage up to 100).");
        return given > 1 ? given / 100 : given;
    }
}
