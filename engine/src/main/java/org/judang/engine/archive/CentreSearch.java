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
 * Search by image or feature (以图搜档): the archives whose centre is closest to a query vector in its feature space.
 * Centres are held as one matrix per space and reloaded only when archives have changed since (the audit log's
 * newest entry moves with every clustering run and correction).
 */
public final class CentreSearch {
    private final CaseStore store;
    private final Map<Integer, Loaded> cache = new HashMap<>();

    private record Loaded(long mark, String[] ids, float[] matrix, int dimension) {}

    public CentreSearch(CaseStore store) {
        this.store = store;
    }

    /** Archives at or above {@code threshold} cosine, best first, at most {@code limit}. */
    public synchronized List<ArchiveMatch> search(FeatureSpace space, float[] query, double threshold, int limit) {
        if (query.length != space.dimension()) {
            throw new IllegalArgumentException("The query has " + query.length + " values; " + space.label() + " vectors have " + space.dimension() + ".");
        }
        float[] q = query.clone();
        if (!Vectors.normalize(q)) throw new IllegalArgumentException("The query vector is zero or not finite.");
        Loaded l = load(space);
        int n = l.ids().length;
        int[] best = new int[Math.max(0, limit)];
        float[] bestSim = new float[best.length];
        int found = 0;
        for (int i = 0; i < n; i++) {
            float s = Vectors.dot(q, l.matrix(), i);
            if (s < threshold) continue;
            if (found < best.length) found++;
            else if (s <= bestSim[found - 1]) continue;
            int pos = found - 1;
            while (pos > 0 && bestSim[pos - 1] < s) {
                best[pos] = best[pos - 1];
                bestSim[pos] = bestSim[pos - 1];
                pos--;
            }
            best[pos] = i;
            bestSim[pos] = s;
        }
        List<ArchiveMatch> out = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            int idx = i;
            store.db().read(c -> Archives.byId(c, l.ids()[best[idx]])).ifPresent(a -> out.add(new ArchiveMatch(a, bestSim[idx])));
        }
        return out;
    }

    private Loaded load(FeatureSpace space) {
        long mark = store.db().read(Queries::changeMark);
        Loaded l = cache.get(space.id());
        if (l != null && l.mark() == mark) return l;
        Map<String, byte[]> centres = store.db().read(c -> Archives.centersInSpace(c, space.id()));
        int d = space.dimension();
        String[] ids = new String[centres.size()];
        float[] matrix = new float[centres.size() * d];
        int i = 0;
        for (Map.Entry<String, byte[]> e : centres.entrySet()) {
            ids[i] = e.getKey();
            System.arraycopy(Vectors.fromBytes(e.getValue()), 0, matrix, i * d, d);
            i++;
        }
        l = new Loaded(mark, ids, matrix, d);
        cache.put(space.id(), l);
        return l;
    }
}
