package org.judang.engine.archive;

import org.judang.engine.cluster.ExactKnn;
import org.judang.engine.cluster.KnnGraph;
import org.judang.engine.model.Archive;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Constraints;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.Suggestions;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pairs of archives that may be one identity split in two: each archive's nearest archives by centre, in the
 * same feature space, whose similarity is above the space's "clearly different" bar. Pairs a person answered, and
 * pairs under a cannot-link, are never offered again.
 * <p>
 * A full refresh looks at the largest archives of each space ({@link #MAX_ARCHIVES_PER_SPACE}, an exact search); after
 * a clustering run that touched few archives, only the pairs around those archives are found again
 * ({@link #refreshAround}), through {@link ArchiveNeighbours}, so folding a batch into a large case stays quick.
 */
public final class MergeSuggestions {
    /** Nearest archives looked at per archive. */
    static final int NEIGHBOURS = 5;
    /** The largest archives considered per space by a full refresh: the centre search is exact and quadratic. */
    static final int MAX_ARCHIVES_PER_SPACE = 20_000;
    /** Up to this many touched archives, a run refreshes only the pairs around them. */
    public static final int AROUND_UP_TO = 20_000;

    private final CaseStore store;

    public MergeSuggestions(CaseStore store) {
        this.store = store;
    }

    /** After a clustering run: the pairs around the archives it touched, or a full refresh when it touched many. */
    public long refreshAfter(Collection<String> touched, ProgressListener progress, CancellationToken cancel) {
        return touched.size() <= AROUND_UP_TO ? refreshAround(touched, progress, cancel) : refresh(progress, cancel);
    }

    /** Replaces the open suggestions with fresh ones; returns how many are open. */
    public long refresh(ProgressListener progress, CancellationToken cancel) {
        long now = CaseTime.now();
        List<String[]> pairs = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            List<String> ids = store.db().read(c -> {
                List<String> out = new ArrayList<>();
                for (Archive a : Archives.list(c, "WHERE status <> 'HIDDEN' AND record_count >= 1 AND id IN (SELECT archive_id FROM archive_centers WHERE space_id=?) "
                        + "ORDER BY record_count DESC, id LIMIT ?", List.of(space.id(), MAX_ARCHIVES_PER_SPACE))) {
                    out.add(a.id());
                }
                return out;
            });
            int n = ids.size(), d = space.dimension();
            if (n < 2) continue;
            Map<String, byte[]> centres = store.db().read(c -> Archives.centersOf(c, space.id(), ids));
            float[] data = new float[n * d];
            for (int i = 0; i < n; i++) System.arraycopy(Vectors.fromBytes(centres.get(ids.get(i))), 0, data, i * d, d);
            KnnGraph g = ExactKnn.build(data, n, d, NEIGHBOURS, Runtime.getRuntime().availableProcessors(), progress, cancel);
            double bar = bar(space);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < g.k(); r++) {
                    int j = g.neighbor(i, r);
                    if (j < 0 || g.similarity(i, r) < bar) break;
                    addPair(ids.get(i), ids.get(j), g.similarity(i, r), seen, pairs, sims);
                }
            }
        }
        return store.db().inTransaction(c -> {
            Suggestions.clearOpen(c);
            offer(c, pairs, sims, now);
            return Suggestions.countOpen(c);
        });
    }

    /** Replaces the open suggestions that involve {@code touched} archives with the pairs around them now. */
    public long refreshAround(Collection<String> touched, ProgressListener progress, CancellationToken cancel) {
        long now = CaseTime.now();
        List<String[]> pairs = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> hidden = store.db().read(c -> Archives.list(c, "WHERE status = 'HIDDEN'", List.of())).stream().map(Archive::id).toList();
        Set<String> skip = new HashSet<>(hidden);
        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            Map<String, byte[]> centres = store.db().read(c -> Archives.centersOf(c, space.id(), touched));
            if (centres.isEmpty()) continue;
            ArchiveNeighbours neighbours = ArchiveNeighbours.of(store, space);
            double bar = bar(space);
            List<String> from = new ArrayList<>();
            List<float[]> units = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : centres.entrySet()) {
                if (skip.contains(e.getKey())) continue;
                from.add(e.getKey());
                units.add(Vectors.fromBytes(e.getValue()));
            }
            List<List<ArchiveNeighbours.Hit>> near = neighbours.nearAll(units, bar, NEIGHBOURS + 1, progress, cancel);
            for (int i = 0; i < from.size(); i++) {
                for (ArchiveNeighbours.Hit h : near.get(i)) {
                    if (!h.archiveId().equals(from.get(i)) && !skip.contains(h.archiveId())) addPair(from.get(i), h.archiveId(), h.similarity(), seen, pairs, sims);
                }
            }
        }
        return store.db().inTransaction(c -> {
            Suggestions.clearOpenInvolving(c, touched);
            offer(c, pairs, sims, now);
            return Suggestions.countOpen(c);
        });
    }

    private double bar(FeatureSpace space) {
        double threshold = store.db().read(c -> FeatureSpaces.threshold(c, space.id())).orElse(0.5);
        double strangers = store.db().read(c -> FeatureSpaces.strangerMean(c, space.id())).orElse(threshold - 0.4);
        return (strangers + threshold) / 2;
    }

    private static void addPair(String a, String b, double similarity, Set<String> seen, List<String[]> pairs, List<Double> sims) {
        if (a.compareTo(b) > 0) { String t = a; a = b; b = t; }
        if (seen.add(a + b)) {
            pairs.add(new String[]{a, b});
            sims.add(similarity);
        }
    }

    private static void offer(java.sql.Connection c, List<String[]> pairs, List<Double> sims, long now) throws java.sql.SQLException {
        for (int i = 0; i < pairs.size(); i++) {
            String a = pairs.get(i)[0], b = pairs.get(i)[1];
            if (Constraints.involving(c, a).contains(Corrections.toRow(Constraint.cannotLinkArchives(a, b)))) continue;
            Suggestions.offer(c, a, b, sims.get(i), now);
        }
    }

    public List<MergeSuggestion> open(int offset, int limit) {
        return store.db().snapshot(c -> Suggestions.open(c, offset, limit)).stream().map(r -> new MergeSuggestion(r.a(), r.b(), r.similarity())).toList();
    }

    /**
     * Open suggestions whose two archives both exist; kept until the case changes, as it checks both archives of
     * every one (135-190 ms at 60,000 suggestions), and the queue asks again each time a person skips one.
     */
    public long countOpen() {
        return store.db().cachedSnapshot("open suggestions", List.of(), Suggestions::countOpen);
    }
}
