package org.judang.engine.archive;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes an archive's basic information (基础信息) from its members: cover, counts, first and last seen,
 * centre feature per space, {@code Similaritydegree} and {@code Confidence}. Public for the archive importer, which
 * files archives made elsewhere the same way.
 */
public final class ArchiveSummaryBuilder {
    /** Reads a member's normalised vector; null when it has none. */
    public interface VectorSource {
        float[] vectorOf(ObjectRecord r);
    }

    /** The outcome: the archive row and its centres. */
    public record Built(Archive archive, Map<Integer, float[]> centres) {}

    private ArchiveSummaryBuilder() {}

    /**
     * A member's similarity to its space's centre, in 0..1; 1 when either is missing (a record joined without a
     * feature, e.g. by plate, has nothing to be measured against).
     */
    public static double similarity(float[] vector, float[] centre) {
        if (vector == null || centre == null) return 1.0;
        return Math.max(0, Math.min(1, Vectors.dot(vector, centre)));
    }

    public static Built build(String id, ArchiveKind kind, List<ObjectRecord> recs, VectorSource source, String chosenCover, Map<Integer, Double> thresholds, ArchiveStatus status, String name,
                       long createTime, long now) {
        int n = recs.size();
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) vectors[i] = source.vectorOf(recs.get(i));

        Map<Integer, float[]> sums = new HashMap<>();
        for (int i = 0; i < n; i++) {
            float[] v = vectors[i];
            if (v == null) continue;
            float[] s = sums.computeIfAbsent(recs.get(i).spaceId(), k -> new float[v.length]);
            for (int c = 0; c < v.length; c++) s[c] += v[c];
        }
        Map<Integer, float[]> centres = new HashMap<>();
        sums.forEach((space, s) -> {
            if (Vectors.normalize(s)) centres.put(space, s);
        });

        double simSum = 0;
        int withVector = 0, confident = 0;
        for (int i = 0; i < n; i++) {
            float[] v = vectors[i];
            float[] c = v == null ? null : centres.get(recs.get(i).spaceId());
            double s = similarity(v, c);
            if (c == null) {
                confident++;
                continue;
            }
            simSum += s;
            withVector++;
            // member-to-centre similarity runs higher than pairwise similarity: compare with its square root
            if (s >= Math.sqrt(Math.max(0, thresholds.getOrDefault(recs.get(i).spaceId(), 0.5)))) confident++;
        }
        double similarityDegree = withVector == 0 ? 1.0 : simSum / withVector;
        double confidence = n == 0 ? 0 : (double) confident / n;

        ObjectRecord chosen = chosenCover == null ? null : recs.stream().filter(r -> r.id().equals(chosenCover)).findFirst().orElse(null);
        // a person is recognised by the face: a person archive's cover is its best face when it has one
        boolean hasFace = kind == ArchiveKind.PERSON && recs.stream().anyMatch(r -> r.type() == ObjectType.FACE);
        ObjectRecord cover = chosen != null ? chosen : recs.stream().filter(r -> !hasFace || r.type() == ObjectType.FACE)
                .max(Comparator.comparingDouble(ObjectRecord::quality)
                        .thenComparing((ObjectRecord r) -> r.cropImage() != null)
                        .thenComparing(ObjectRecord::id, Comparator.reverseOrder()))
                .orElseThrow();
        ObjectRecord first = null, last = null;
        for (ObjectRecord r : recs) {
            if (r.shotTime() == null) continue;
            if (first == null || r.shotTime() < first.shotTime()) first = r;
            if (last == null || r.shotTime() > last.shotTime()) last = r;
        }
        Map<ObjectType, Integer> byType = new EnumMap<>(ObjectType.class);
        Map<String, Integer> plates = new HashMap<>();
        for (ObjectRecord r : recs) {
            byType.merge(r.type(), 1, Integer::sum);
            if (r.plate() != null) plates.merge(r.plate(), 1, Integer::sum);
        }
        ObjectType primary = hasFace ? ObjectType.FACE : byType.entrySet().stream()
                .max(Map.Entry.<ObjectType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElseThrow();
        String plate = plates.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);

        Archive a = new Archive(id, kind, primary, cover.id(), n,
                first == null ? null : first.shotTime(), last == null ? null : last.shotTime(),
                first == null ? null : first.deviceId(), last == null ? null : last.deviceId(),
                similarityDegree, confidence, status, plate, name, createTime, now);
        return new Built(a, centres);
    }
}
