package org.judang.engine.archive;

import org.judang.engine.model.CaseTime;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.Gallery;
import org.judang.engine.store.RealNames;
import org.judang.engine.vector.Vectors;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the gallery of known persons against archive centres in the gallery photo's feature space. A gallery
 * person whose best archive reaches the space's threshold is proposed for it; a person confirms or rejects the
 * proposal. A photo compared with an archive's centre scores higher than two single captures do, so the pairwise
 * threshold is a conservative bar.
 */
public final class RealNameMatcher {
    private final CaseStore store;

    public RealNameMatcher(CaseStore store) {
        this.store = store;
    }

    /** Replaces the machine's proposals; returns how many archives are proposed or confirmed real-name. */
    public int refresh() {
        long now = CaseTime.now();
        return store.db().inTransaction(c -> {
            RealNames.clearProposed(c);
            Set<String> taken = new HashSet<>(RealNames.confirmedGallery(c));
            Map<Integer, Map<String, float[]>> centresBySpace = new java.util.HashMap<>(); // read once per space, not per person
            for (Gallery.GalleryEntry g : Gallery.all(c)) {
                if (g.vector() == null || g.spaceId() <= 0 || taken.contains(g.id())) continue;
                float[] photo = Vectors.fromBytes(g.vector());
                double bar = FeatureSpaces.threshold(c, g.spaceId()).orElse(0.5);
                String best = null;
                double bestSim = bar;
                if (!centresBySpace.containsKey(g.spaceId())) {
                    Map<String, float[]> decoded = new java.util.LinkedHashMap<>();
                    for (Map.Entry<String, byte[]> e : Archives.centersInSpace(c, g.spaceId()).entrySet()) decoded.put(e.getKey(), Vectors.fromBytes(e.getValue()));
                    centresBySpace.put(g.spaceId(), decoded);
                }
                for (Map.Entry<String, float[]> e : centresBySpace.get(g.spaceId()).entrySet()) {
                    double s = Vectors.dot(photo, e.getValue());
                    if (s >= bestSim) {
                        bestSim = s;
                        best = e.getKey();
                    }
                }
                if (best != null && RealNames.state(c, best, g.id()).isEmpty()) RealNames.propose(c, best, g.id(), bestSim, now);
            }
            try (var ps = c.prepareStatement("SELECT count(DISTINCT archive_id) FROM realname WHERE state IN ('PROPOSED','CONFIRMED')"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The archive's known person, if a match is proposed or confirmed (the best one). */
    public java.util.Optional<RealName> of(String archiveId) {
        return all(archiveId).stream().filter(r -> r.state() != RealName.State.REJECTED).findFirst();
    }

    /** Every match of the archive, rejected ones included, best first. */
    public List<RealName> all(String archiveId) {
        return store.db().read(c -> RealNames.ofArchive(c, archiveId)).stream()
                .map(r -> new RealName(r.archiveId(), r.galleryId(), r.name(), r.idType(), r.idNumber(), r.similarity(), RealName.State.valueOf(r.state())))
                .toList();
    }
}
