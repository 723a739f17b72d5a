package org.judang.engine.archive;

import org.judang.engine.cluster.ExactKnn;
import org.judang.engine.cluster.KnnGraph;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.vector.MappedVectors;
import org.judang.engine.vector.Neighbor;
import org.judang.engine.vector.SpaceIndex;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The archives of one feature space nearest to a vector, by the cosine of the vector and each archive's centre: the
 * one question behind incremental archiving (does a new cluster belong to an archive?), merge suggestions and search
 * by image (以图搜档).
 * <p>
 * Up to {@link #EXACT_UP_TO} archives every centre is compared, from one matrix. Above that the space's jvector index
 * of records serves as the archives' representatives: every archived member represents its archive (a superset of
 * "centre plus a few diverse exemplars", kept up to date by the index that clustering maintains anyway, rather than a
 * second index that every correction would have to rewrite). The nearest archived records, from the index plus an
 * exact pass over the vectors imported since it was last extended, name the candidate archives; their centres decide.
 * <p>
 * A search by image ({@link #forSearch}) compares every centre for as many archives as fit a share of the heap
 * ({@link #SEARCH_HEAP_SHARE}): about 6 ms for 100,000 centres of 256 floats with SIMD, the same for every query and
 * exact, where the index, asked for a thousand archives from a capture of a large archive, walked thousands of that
 * archive's records (40 ms) and still missed archives now and then.
 * <p>
 * An instance is a snapshot of the archives when it was made; make a new one after they change.
 */
public final class ArchiveNeighbours {
    /** Archives per space up to which every centre is compared. */
    public static final int EXACT_UP_TO = 30_000;
    /** Nearest archived records looked at per query in the indexed mode. */
    static final int RECORD_HITS = 48;
    static final int BEAM = 100;
    /** Archives wanted above which one query first looks at {@link #RECORD_HITS} records only. */
    static final int FIRST_HITS = 12;
    /** The beam of that first look: wide, as it alone decides whether to look further. */
    static final int FIRST_BEAM = 400;
    /** How far below the threshold the farthest record of the first look may be for nothing further to match. */
    static final double REACH = 0.2;
    /** Share of the maximum heap the centres of one space may take for {@link #forSearch} to compare all of them. */
    static final double SEARCH_HEAP_SHARE = 0.125;
    /** Archives whose centres {@link #refreshed()} reads one by one; above that it is cheaper to read them all. */
    static final int REFRESH_UP_TO = 20_000;

    /** An archive and the cosine of its centre with the query. */
    public record Hit(String archiveId, double similarity) {}

    private final CaseStore store;
    private final FeatureSpace space;
    // exact mode
    private final CentreTable centres;
    // indexed mode
    private final Records.OrdinalArchives archived;
    private final SpaceIndex index;
    private final MappedVectors vectors;
    private final long covered;

    private ArchiveNeighbours(CaseStore store, FeatureSpace space, CentreTable centres, Records.OrdinalArchives archived, SpaceIndex index,
                              MappedVectors vectors, long covered) {
        this.store = store;
        this.space = space;
        this.centres = centres;
        this.archived = archived;
        this.index = index;
        this.vectors = vectors;
        this.covered = covered;
    }

    public static ArchiveNeighbours of(CaseStore store, FeatureSpace space) {
        return of(store, space, EXACT_UP_TO);
    }

    /**
     * For a search by image: as {@link #of(CaseStore, FeatureSpace)}, comparing every centre while they fit
     * {@link #SEARCH_HEAP_SHARE} of the maximum heap (at 256 floats and a 2 GB heap, about 246,000 archives).
     */
    public static ArchiveNeighbours forSearch(CaseStore store, FeatureSpace space) {
        return of(store, space, searchUpTo(space));
    }

    private static int searchUpTo(FeatureSpace space) {
        long fit = (long) (Runtime.getRuntime().maxMemory() * SEARCH_HEAP_SHARE) / (space.dimension() * 4L + 64);
        return (int) Math.min(Integer.MAX_VALUE / space.dimension(), Math.max(EXACT_UP_TO, fit));
    }

    /**
     * This snapshot of every centre brought up to date with the centres written since it was made (the case's log of
     * them, schema 11): only those are read, where making it again reads them all. Itself when nothing was written;
     * null when it cannot be (not a snapshot of every centre read from the case, the log no longer reaching back to
     * it, more than {@link #REFRESH_UP_TO} centres written since it was made, or more centres than
     * {@link #forSearch} would hold).
     */
    public ArchiveNeighbours refreshed() {
        if (!exact()) return null;
        return store.db().snapshot(c -> {
            CentreTable t = centres.refreshed(c, space.id(), REFRESH_UP_TO);
            if (t == null || t.size() > searchUpTo(space)) return null;
            return t == centres ? this : new ArchiveNeighbours(store, space, t, null, null, null, 0);
        });
    }

    /** As {@link #of(CaseStore, FeatureSpace)}, comparing every centre only up to {@code exactUpTo} archives. */
    static ArchiveNeighbours of(CaseStore store, FeatureSpace space, int exactUpTo) {
        long archives = store.db().snapshot(c -> Archives.centerCount(c, space.id()));
        SpaceIndex index = store.vectors().index(space);
        if (archives <= exactUpTo || index.covered() == 0) return everyCentre(store, space);
        Records.OrdinalArchives archived = store.db().snapshot(c -> Records.ordinalArchives(c, space.id()));
        MappedVectors vectors = store.vectors().file(space).map();
        return new ArchiveNeighbours(store, space, null, archived, index, vectors, Math.min(index.covered(), vectors.count()));
    }

    /** Compares exactly with every centre of the space, read straight into one matrix. */
    private static ArchiveNeighbours everyCentre(CaseStore store, FeatureSpace space) {
        return new ArchiveNeighbours(store, space, store.db().snapshot(c -> CentreTable.read(c, space.id(), space.dimension())), null, null, null, 0);
    }

    /** Compares exactly with the given centres only (archive id to vector bytes). */
    static ArchiveNeighbours over(CaseStore store, FeatureSpace space, Map<String, byte[]> centres) {
        return new ArchiveNeighbours(store, space, CentreTable.of(centres, space.dimension()), null, null, null, 0);
    }

    /** Whether every centre is compared (otherwise the record index proposes candidates). */
    public boolean exact() {
        return centres != null;
    }

    /** Whether the space has no archive to compare with. */
    public boolean isEmpty() {
        return exact() && centres.size() == 0;
    }

    /** The archive IDs this snapshot compares exactly, in ID order; empty in the indexed mode. */
    List<String> exactIds() {
        return exact() ? centres.ids() : List.of();
    }

    /** Archives whose centre has cosine at least {@code minSimilarity} with {@code unit} (normalised), best first, at most {@code limit}. */
    public List<Hit> near(float[] unit, double minSimilarity, int limit) {
        return near(unit, minSimilarity, limit, Set.of());
    }

    /**
     * As {@link #near(float[], double, int)}, with archives that are to be compared whatever the index proposes (the
     * archive of the capture a search by image starts from: the index may not find that capture itself).
     */
    public List<Hit> near(float[] unit, double minSimilarity, int limit, Set<String> alsoCompare) {
        if (limit <= 0) return List.of();
        List<Hit> hits = exact() ? scanCentres(unit, minSimilarity) : viaRecords(unit, minSimilarity, limit, alsoCompare);
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.similarity()).thenComparing(Hit::archiveId));
        return hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits;
    }

    /**
     * {@link #near} for many queries (what a clustering run and the merge-suggestion refresh after it ask, for thousands
     * of clusters or archives at once): in the exact mode one blocked pass over the centres on every core; in the
     * indexed mode the index searches on every core, the vectors it does not cover in one blocked pass, and the
     * candidates' centres in one read of the case.
     */
    public List<List<Hit>> nearAll(List<float[]> units, double minSimilarity, int limit, ProgressListener progress, CancellationToken cancel) {
        List<List<Hit>> out = new ArrayList<>(units.size());
        if (units.isEmpty() || limit <= 0) {
            for (int i = 0; i < units.size(); i++) out.add(new ArrayList<>());
            return out;
        }
        if (!exact()) return viaRecordsAll(units, minSimilarity, limit, progress, cancel);
        if (!centres.plain()) {
            for (float[] unit : units) out.add(near(unit, minSimilarity, limit));
            return out;
        }
        String[] ids = centres.baseIds();
        float[] matrix = centres.baseMatrix();
        int d = space.dimension(), m = units.size();
        float[] queries = new float[m * d];
        for (int i = 0; i < m; i++) System.arraycopy(units.get(i), 0, queries, i * d, d);
        KnnGraph g = ExactKnn.query(queries, m, matrix, ids.length, d, limit, Runtime.getRuntime().availableProcessors(),
                TaskPhrase.MERGE_SUGGESTIONS.with(), progress, cancel);
        for (int i = 0; i < m; i++) {
            List<Hit> hits = new ArrayList<>();
            for (int r = 0; r < g.k(); r++) {
                int j = g.neighbor(i, r);
                if (j < 0 || g.similarity(i, r) < minSimilarity) break;
                hits.add(new Hit(ids[j], g.similarity(i, r)));
            }
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.similarity()).thenComparing(Hit::archiveId));
            out.add(hits);
        }
        return out;
    }

    /** The best archive at or above {@code minSimilarity}, or null. */
    public String best(float[] unit, double minSimilarity) {
        List<Hit> h = near(unit, minSimilarity, 1);
        return h.isEmpty() ? null : h.get(0).archiveId();
    }

    private List<Hit> scanCentres(float[] q, double min) {
        List<Hit> out = new ArrayList<>();
        centres.above(q, min, (id, s) -> out.add(new Hit(id, s)));
        return out;
    }

    private List<Hit> viaRecords(float[] q, double min, int limit, Set<String> alsoCompare) {
        Set<String> candidates = candidates(q, min, limit);
        candidates.addAll(alsoCompare);
        return centreHits(q, min, candidates, store.db().snapshot(c -> Archives.centersOf(c, space.id(), candidates)));
    }

    /**
     * {@link #viaRecords} for many queries: the index searches on every core, then the candidates' centres in one
     * read of the case, rather than two reads per query.
     */
    private List<List<Hit>> viaRecordsAll(List<float[]> units, double min, int limit, ProgressListener progress, CancellationToken cancel) {
        progress.stage(TaskPhrase.MERGE_SUGGESTIONS.with(), units.size());
        List<List<Neighbor>> tails = tailAll(units, Math.max(RECORD_HITS, limit * 4), cancel);
        List<Set<String>> candidates = new ArrayList<>(java.util.Collections.nCopies(units.size(), null));
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, units.size()).parallel().forEach(i -> {
                if (cancel.isCancelled()) return;
                candidates.set(i, candidates(units.get(i), limit, tails.get(i)));
                progress.advance(1);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Searching the archives failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        cancel.throwIfCancelled();
        Set<String> all = new java.util.TreeSet<>();
        candidates.forEach(all::addAll);
        Map<String, byte[]> centres = store.db().snapshot(c -> Archives.centersOf(c, space.id(), all));
        List<List<Hit>> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            List<Hit> hits = centreHits(units.get(i), min, candidates.get(i), centres);
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.similarity()).thenComparing(Hit::archiveId));
            out.add(hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits);
        }
        return out;
    }

    /**
     * The archives of the archived records nearest to {@code q}, for one query: from the index, and from the vectors it
     * does not cover yet. Up to {@link #FIRST_HITS} wanted archives the index is asked for four records per archive.
     * For more (a search by image asks for up to a thousand, to count its matches), it is first asked for
     * {@link #RECORD_HITS} records with a wide beam, and for the four per archive only when the farthest of those is
     * still within {@link #REACH} of {@code min}: otherwise no record further away is near enough for its archive to
     * match, and the search costs what finding the few matches costs instead of a walk over thousands of records.
     */
    private Set<String> candidates(float[] q, double min, int limit) {
        int want = Math.max(RECORD_HITS, limit * 4);
        List<Neighbor> tail = scanTail(q, want);
        if (limit <= FIRST_HITS) return candidates(q, limit, tail);
        List<Neighbor> near = index.search(q, RECORD_HITS, FIRST_BEAM, o -> archived.archiveAt(o) != null, vectors);
        if (near.size() == RECORD_HITS && near.get(near.size() - 1).similarity() >= min - REACH) {
            near = index.search(q, want, Math.max(BEAM, want), o -> archived.archiveAt(o) != null, vectors);
        }
        // and, by the same reasoning, only the archives of records within reach are compared (each costs a read)
        return candidates(withinReach(near, min), withinReach(tail, min));
    }

    private static List<Neighbor> withinReach(List<Neighbor> found, double min) {
        return found.stream().filter(n -> n.similarity() >= min - REACH).toList();
    }

    /** As {@link #candidates(float[], int)}, with the nearest of the vectors the index does not cover given. */
    private Set<String> candidates(float[] q, int limit, List<Neighbor> tail) {
        int want = Math.max(RECORD_HITS, limit * 4);
        return candidates(index.search(q, want, Math.max(BEAM, want), o -> archived.archiveAt(o) != null), tail);
    }

    /** The archives of the records found in the index and among the vectors it does not cover. */
    private Set<String> candidates(List<Neighbor> near, List<Neighbor> tail) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Neighbor n : near) candidates.add(archived.archiveAt(n.ordinal()));
        for (Neighbor n : tail) candidates.add(archived.archiveAt(n.ordinal()));
        return candidates;
    }

    private static List<Hit> centreHits(float[] q, double min, Set<String> candidates, Map<String, byte[]> centres) {
        List<Hit> out = new ArrayList<>();
        for (String id : candidates) {
            byte[] centre = centres.get(id);
            if (centre == null) continue;
            double s = Vectors.dot(q, Vectors.fromBytes(centre));
            if (s >= min) out.add(new Hit(id, s));
        }
        return out;
    }

    /** {@link #scanTail} for many queries in one blocked pass over the vectors the index does not cover. */
    private List<List<Neighbor>> tailAll(List<float[]> units, int want, CancellationToken cancel) {
        long end = Math.min(vectors.count(), archived.archiveOf().length);
        List<Long> ordinals = new ArrayList<>();
        for (long o = covered; o < end; o++) if (archived.archiveAt(o) != null) ordinals.add(o);
        List<List<Neighbor>> out = new ArrayList<>(units.size());
        if (ordinals.isEmpty()) {
            for (int i = 0; i < units.size(); i++) out.add(List.of());
            return out;
        }
        int d = space.dimension(), t = ordinals.size(), m = units.size();
        float[] base = new float[t * d];
        float[] row = new float[d];
        for (int j = 0; j < t; j++) {
            vectors.get(ordinals.get(j), row);
            System.arraycopy(row, 0, base, j * d, d);
        }
        float[] queries = new float[m * d];
        for (int i = 0; i < m; i++) System.arraycopy(units.get(i), 0, queries, i * d, d);
        KnnGraph g = ExactKnn.query(queries, m, base, t, d, want, Runtime.getRuntime().availableProcessors(), TaskPhrase.MERGE_SUGGESTIONS.with(),
                ProgressListener.NONE, cancel);
        for (int i = 0; i < m; i++) {
            List<Neighbor> hits = new ArrayList<>();
            for (int r = 0; r < g.k(); r++) {
                int j = g.neighbor(i, r);
                if (j < 0) break;
                hits.add(new Neighbor(ordinals.get(j), g.similarity(i, r)));
            }
            out.add(hits);
        }
        return out;
    }

    /** The {@code want} nearest archived vectors among those imported after the index was last extended. */
    private List<Neighbor> scanTail(float[] q, int want) {
        return tailAll(List.of(q), want, CancellationToken.none()).get(0);
    }
}
