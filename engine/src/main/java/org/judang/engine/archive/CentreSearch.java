package org.judang.engine.archive;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Queries;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search by image or feature (以图搜档): the archives whose centre is closest to a query vector in its feature space,
 * found by {@link ArchiveNeighbours#forSearch} (every centre compared while they fit the heap's share). A snapshot of
 * every centre takes in the centres written since it was made ({@link ArchiveNeighbours#refreshed()}); one that goes
 * through the record index is made again when archives have changed (the audit log's newest entry that is not an
 * annotation moves with every clustering run and correction).
 */
public final class CentreSearch {
    private final CaseStore store;
    private final Map<Integer, Loaded> cache = new HashMap<>();

    private record Loaded(long mark, ArchiveNeighbours neighbours) {}

    public CentreSearch(CaseStore store) {
        this.store = store;
    }

    /** Archives at or above {@code threshold} cosine, best first, at most {@code limit}. */
    public List<ArchiveMatch> search(FeatureSpace space, float[] query, double threshold, int limit) {
        return search(space, query, threshold, limit, java.util.Set.of());
    }

    /** As {@link #search(FeatureSpace, float[], double, int)}, always comparing the given archives too. */
    public List<ArchiveMatch> search(FeatureSpace space, float[] query, double threshold, int limit, java.util.Set<String> alsoCompare) {
        if (query.length != space.dimension()) {
            throw new IllegalArgumentException("The query has " + query.length + " values; " + space.label() + " vectors have " + space.dimension() + ".");
        }
        float[] q = query.clone();
        if (!Vectors.normalize(q)) throw new IllegalArgumentException("The query vector is zero or not finite.");
        List<ArchiveNeighbours.Hit> hits = neighbours(space).near(q, threshold, limit, alsoCompare);
        // the archives of all hits from one snapshot (up to a thousand of them), not one each
        return store.db().snapshot(c -> {
            List<ArchiveMatch> out = new ArrayList<>();
            for (ArchiveNeighbours.Hit h : hits) Archives.byId(c, h.archiveId()).ifPresent(a -> out.add(new ArchiveMatch(a, h.similarity())));
            return out;
        });
    }

    private synchronized ArchiveNeighbours neighbours(FeatureSpace space) {
        Loaded l = cache.get(space.id());
        // every centre compared: brought up to date with the centres written since, where there are few
        ArchiveNeighbours refreshed = l == null ? null : l.neighbours().refreshed();
        if (refreshed != null) {
            if (refreshed != l.neighbours()) cache.put(space.id(), new Loaded(l.mark(), refreshed));
            return refreshed;
        }
        long mark = store.db().snapshot(Queries::membershipMark);
        if (l == null || l.mark() != mark || l.neighbours().exact()) {
            l = new Loaded(mark, ArchiveNeighbours.forSearch(store, space));
            cache.put(space.id(), l);
        }
        return l.neighbours();
    }
}
