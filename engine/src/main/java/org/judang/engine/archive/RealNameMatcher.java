package org.judang.engine.archive;

import org.judang.engine.model.CaseTime;
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
        List<Gallery.GalleryEntry> gallery = store.db().read(Gallery::all);
        Map<Integer, ArchiveNeighbours> neighbours = new java.util.HashMap<>(); // one snapshot per space, not per person
        Map<String, ArchiveNeighbours.Hit> best = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>(store.db().read(RealNames::confirmedGallery));
        List<org.judang.engine.model.FeatureSpace> spaces = gallery.isEmpty() ? List.of() : store.spaces();
        for (Gallery.GalleryEntry g : gallery) {
            if (g.vector() == null || g.spaceId() <= 0 || taken.contains(g.id())) continue;
            var space = spaces.stream().filter(s -> s.id() == g.spaceId()).findFirst();
            if (space.isEmpty()) continue;
            float[] photo = Vectors.fromBytes(g.vector());
            double bar = store.db().read(c -> FeatureSpaces.threshold(c, g.spaceId())).orElse(0.5);
            List<ArchiveNeighbours.Hit> hits = neighbours.computeIfAbsent(g.spaceId(), id -> ArchiveNeighbours.of(store, space.get())).near(photo, bar, 1);
            if (!hits.isEmpty()) best.put(g.id(), hits.get(0));
        }
        return store.db().inTransaction(c -> {
            RealNames.clearProposed(c);
            for (Map.Entry<String, ArchiveNeighbours.Hit> e : best.entrySet()) {
                String archive = e.getValue().archiveId();
                if (RealNames.state(c, archive, e.getKey()).isEmpty()) RealNames.propose(c, archive, e.getKey(), e.getValue().similarity(), now);
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
        return store.db().snapshot(c -> RealNames.ofArchive(c, archiveId)).stream()
                .map(r -> new RealName(r.archiveId(), r.galleryId(), r.name(), r.idType(), r.idNumber(), r.similarity(), RealName.State.valueOf(r.state())))
                .toList();
    }
}
