package org.judang.engine.archive;

import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One person, one archive: bodies go where their faces are. A body capture linked to a face of the same capture
 * ({@code RelatedList}) follows that face's group (or its existing archive); the unlinked bodies of a body cluster
 * follow the place most of its linked bodies went. Faces lead because face features tell people apart far better
 * than clothing does; a body cluster that chained two people together is thus taken apart along its faces.
 *
 * @param <G> a group of records bound for one archive
 */
final class PersonLinks<G> {
    /** Where a record goes: a new group (by index) or an existing archive. */
    record Place(int group, String archive) {}

    private PersonLinks() {}

    /**
     * @param groups      the run's groups, in order; body groups are split and their records moved into face groups
     * @param faceOfBody  body record ID to the face record IDs it is linked with
     * @param faceGroup   face record ID to the index of its group in this run
     * @param faceArchive face record ID to its existing archive, for faces archived before this run
     * @param make        builds a group from records and an existing-archive target (null for a new archive)
     * @return the groups after the move, empty ones dropped
     */
    static <G> List<G> apply(List<G> groups, java.util.function.Function<G, List<ObjectRecord>> recordsOf, java.util.function.Function<G, String> targetOf,
                             Map<String, List<String>> faceOfBody, Map<String, Integer> faceGroup, Map<String, String> faceArchive,
                             BiFunction<List<ObjectRecord>, String, G> make) {
        List<List<ObjectRecord>> records = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (G g : groups) {
            records.add(new ArrayList<>(recordsOf.apply(g)));
            targets.add(targetOf.apply(g));
        }
        Map<String, List<ObjectRecord>> toArchive = new LinkedHashMap<>();
        boolean[] changed = new boolean[groups.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            List<ObjectRecord> recs = records.get(gi);
            if (recs.isEmpty() || recs.get(0).type() != ObjectType.PERSON || targets.get(gi) != null) continue;
            Map<ObjectRecord, Place> placed = new LinkedHashMap<>();
            Map<Place, Integer> votes = new HashMap<>();
            for (ObjectRecord body : recs) {
                Place p = placeOf(faceOfBody.get(body.id()), faceGroup, faceArchive);
                if (p == null) continue;
                placed.put(body, p);
                votes.merge(p, 1, Integer::sum);
            }
            if (placed.isEmpty()) continue;
            Place majority = votes.entrySet().stream().max(Map.Entry.<Place, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().group())).map(Map.Entry::getKey).orElseThrow();
            List<ObjectRecord> stay = new ArrayList<>();
            for (ObjectRecord body : recs) {
                Place p = placed.getOrDefault(body, majority);
                if (p.archive() != null) {
                    toArchive.computeIfAbsent(p.archive(), k -> new ArrayList<>()).add(body);
                } else if (p.group() == gi) {
                    stay.add(body);
                } else {
                    records.get(p.group()).add(body);
                    changed[p.group()] = true;
                }
            }
            changed[gi] = stay.size() != recs.size();
            records.set(gi, stay);
        }
        List<G> out = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            if (records.get(gi).isEmpty()) continue;
            out.add(changed[gi] ? make.apply(records.get(gi), targets.get(gi)) : groups.get(gi));
        }
        toArchive.forEach((archive, bodies) -> out.add(make.apply(bodies, archive)));
        return out;
    }

    /** The place of a body's linked faces: the first face (in ID order) whose place is known. */
    private static Place placeOf(List<String> faces, Map<String, Integer> faceGroup, Map<String, String> faceArchive) {
        if (faces == null) return null;
        for (String f : faces) {
            Integer g = faceGroup.get(f);
            if (g != null) return new Place(g, null);
            String a = faceArchive.get(f);
            if (a != null) return new Place(-1, a);
        }
        return null;
    }
}
