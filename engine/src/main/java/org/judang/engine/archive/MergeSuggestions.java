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
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pairs of archives that may be one identity split in two: each archive's nearest archives by centre, in the
 * same feature space, whose similarity is above the space's "clearly different" bar. Pairs a person answered, and
 * pairs under a cannot-link, are never offered again.
 */
public final class MergeSuggestions {
    /** Nearest archives looked at per archive. */
    static final int NEIGHBOURS = 5;
    /** The largest archives considered per space: the centre search is exact and quadratic. */
    static final int MAX_ARCHIVES_PER_SPACE = 20_000;

    private final CaseStore store;

    public MergeSuggestions(CaseStore store) {
        this.store = store;
    }

    /** Replaces the open suggestions with fresh ones; returns how many are open. */
    public long refresh(ProgressListener progress, CancellationToken cancel) {
        long now = CaseTime.now();
        List<String[]> pairs = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            Map<String, byte[]> centres = store.db().read(c -> Archives.centersInSpace(c, space.id()));
            if (centres.size() < 2) continue;
            List<String> ids = store.db().read(c -> {
                List<String> out = new ArrayList<>();
                for (Archive a : Archives.list(c, "WHERE status <> 'HIDDEN' AND record_count >= 1 ORDER BY record_count DESC, id LIMIT ?",
                        List.of(MAX_ARCHIVES_PER_SPACE * 4))) {
                    if (centres.containsKey(a.id()) && out.size() < MAX_ARCHIVES_PER_SPACE) out.add(a.id());
                }
                return out;
            });
            int n = ids.size(), d = space.dimension();
            if (n < 2) continue;
            float[] data = new float[n * d];
            for (int i = 0; i < n; i++) System.arraycopy(Vectors.fromBytes(centres.get(ids.get(i))), 0, data, i * d, d);
            KnnGraph g = ExactKnn.build(data, n, d, NEIGHBOURS, Runtime.getRuntime().availableProcessors(), progress, cancel);
            double threshold = store.db().read(c -> FeatureSpaces.threshold(c, space.id())).orElse(0.5);
            double strangers = store.db().read(c -> FeatureSpaces.strangerMean(c, space.id())).orElse(threshold - 0.4);
            double bar = (strangers + threshold) / 2;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < g.k(); r++) {
                    int j = g.neighbor(i, r);
                    if (j < 0 || g.similarity(i, r) < bar) break;
                    String a = ids.get(i), b = ids.get(j);
                    if (a.compareTo(b) > 0) { String t = a; a = b; b = t; }
                    if (seen.add(a + b)) {
                        pairs.add(new String[]{a, b});
                        sims.add((double) g.similarity(i, r));
                    }
                }
            }
        }
        return store.db().inTransaction(c -> {
            Suggestions.clearOpen(c);
            for (int i = 0; i < pairs.size(); i++) {
                String a = pairs.get(i)[0], b = pairs.get(i)[1];
                if (Constraints.involving(c, a).contains(Corrections.toRow(Constraint.cannotLinkArchives(a, b)))) continue;
                Suggestions.offer(c, a, b, sims.get(i), now);
            }
            return Suggestions.countOpen(c);
        });
    }

    public List<MergeSuggestion> open(int offset, int limit) {
        return store.db().read(c -> Suggestions.open(c, offset, limit)).stream().map(r -> new MergeSuggestion(r.a(), r.b(), r.similarity())).toList();
    }

    public long countOpen() {
        return store.db().read(Suggestions::countOpen);
    }
}
