package org.judang.engine.archive;

import org.judang.engine.cluster.ApproximateKnn;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.cluster.ExactKnn;
import org.judang.engine.cluster.KnnGraph;
import org.judang.engine.cluster.ThresholdClustering;
import org.judang.engine.cluster.ThresholdEstimate;
import org.judang.engine.cluster.ThresholdEstimator;
import org.judang.engine.cluster.UnionFind;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Constraints;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.MappedVectors;
import org.judang.engine.vector.SpaceIndex;
import org.judang.engine.vector.Vectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Turns clusters into archives (目标归档): clusters every record not yet archived, per feature space, joins each
 * cluster to an existing archive whose centre it matches (or, for vehicles, whose plate it carries), and makes
 * the rest new archives. Every change is written in one transaction at the end, so a cancelled or failed run
 * leaves the case as it was.
 */
public final class Archiving {
    private final CaseStore store;

    public Archiving(CaseStore store) {
        this.store = store;
    }

    /** A group of new records bound for one archive (existing, or new when {@code target} is null). */
    private record Group(List<ObjectRecord> records, ArchiveKind kind, String target) {}

    public ArchivingSummary clusterUnarchived(ClusterOptions options, ProgressListener progress, CancellationToken cancel) {
        long start = System.currentTimeMillis();
        List<Group> groups = new ArrayList<>();
        List<ArchivingSummary.SpaceSummary> spaceSummaries = new ArrayList<>();
        Map<Integer, Double> thresholds = new HashMap<>();

        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            thresholds.put(space.id(), store.db().read(c -> FeatureSpaces.threshold(c, space.id())).orElse(ClusterOptions.DEFAULT_THRESHOLD));
            List<ObjectRecord> recs = store.db().read(c -> Records.list(c, "WHERE space_id=? AND archive_id IS NULL ORDER BY id", List.of(space.id())));
            if (recs.isEmpty()) continue;
            spaceSummaries.add(clusterSpace(space, recs, options, thresholds, groups, progress, cancel));
        }
        cancel.throwIfCancelled();
        groupRecordsWithoutFeatures(groups);
        cancel.throwIfCancelled();

        progress.stage("Writing archives", groups.size());
        long now = CaseTime.now();
        long[] counts = store.db().inTransaction(c -> {
            for (ArchivingSummary.SpaceSummary sp : spaceSummaries) {
                if (sp.thresholdSource() == ThresholdSource.MANUAL || sp.thresholdSource() == ThresholdSource.ESTIMATED) FeatureSpaces.setThreshold(c, sp.spaceId(), sp.threshold(), sp.thresholdSource().name(), now);
            }
            return write(c, groups, thresholds, now, progress);
        });
        long clustered = groups.stream().mapToLong(g -> g.records().size()).sum();
        return new ArchivingSummary(clustered, counts[0], counts[1], System.currentTimeMillis() - start, spaceSummaries);
    }

    /** The threshold a space clusters with: the caller's, else the one remembered for the space, else one estimated from its graph. */
    private ChosenThreshold chooseThreshold(FeatureSpace space, KnnGraph knn, ClusterOptions options) {
        if (options.threshold() != null) return new ChosenThreshold(options.threshold(), ThresholdSource.MANUAL, null);
        if (!options.reestimate()) {
            var remembered = store.db().read(c -> FeatureSpaces.threshold(c, space.id()));
            if (remembered.isPresent()) return new ChosenThreshold(remembered.get(), ThresholdSource.REMEMBERED, null);
        }
        ThresholdEstimate e = ThresholdEstimator.estimate(knn);
        if (!e.trustworthy()) return new ChosenThreshold(ClusterOptions.DEFAULT_THRESHOLD, ThresholdSource.DEFAULT, e);
        return new ChosenThreshold(e.threshold(), ThresholdSource.ESTIMATED, e);
    }

    private record ChosenThreshold(double value, ThresholdSource source, ThresholdEstimate estimate) {}

    /**
     * How archive counts would change with the threshold, per feature space, without writing anything: the kNN graph
     * of the records not yet archived is built once and cut at each of {@code steps} thresholds around the one the
     * next run would use.
     */
    public List<ThresholdPreview> preview(ClusterOptions options, int steps, ProgressListener progress, CancellationToken cancel) {
        List<ThresholdPreview> out = new ArrayList<>();
        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            List<ObjectRecord> recs = store.db().read(c -> Records.list(c, "WHERE space_id=? AND archive_id IS NULL ORDER BY id", List.of(space.id())));
            if (recs.isEmpty()) continue;
            long[] ordinals = recs.stream().mapToLong(ObjectRecord::ordinal).toArray();
            KnnGraph knn = knnGraph(space, store.vectors().file(space).map(), ordinals, options, progress, cancel);
            ChosenThreshold chosen = chooseThreshold(space, knn, options);
            ThresholdEstimate e = chosen.estimate() != null ? chosen.estimate() : ThresholdEstimator.estimate(knn);
            double gap = Math.max(0.01, e.highMean() - e.lowMean());
            List<ThresholdPreview.Row> rows = new ArrayList<>();
            for (int i = -steps; i <= steps; i++) {
                double t = chosen.value() + i * gap * 0.1;
                int[] labels = ThresholdClustering.components(knn, t).labels();
                rows.add(ThresholdPreview.Row.of(t, labels));
            }
            out.add(new ThresholdPreview(space.label(), recs.size(), chosen.value(), chosen.source(), e, rows));
        }
        return out;
    }

    private ArchivingSummary.SpaceSummary clusterSpace(FeatureSpace space, List<ObjectRecord> recs, ClusterOptions options, Map<Integer, Double> thresholds,
                                                       List<Group> out, ProgressListener progress, CancellationToken cancel) {
        int n = recs.size(), d = space.dimension();
        MappedVectors mapped = store.vectors().file(space).map();
        long[] ordinals = new long[n];
        for (int i = 0; i < n; i++) ordinals[i] = recs.get(i).ordinal();

        long t0 = System.currentTimeMillis();
        KnnGraph knn = knnGraph(space, mapped, ordinals, options, progress, cancel);
        long t1 = System.currentTimeMillis();
        ChosenThreshold chosen = chooseThreshold(space, knn, options);
        double threshold = chosen.value();
        thresholds.put(space.id(), threshold);
        UnionFind uf = ThresholdClustering.components(knn, threshold);
        if (space.type() == ObjectType.MOTOR_VEHICLE) unionByPlate(recs, uf);
        int[] labels = uf.labels();
        long t2 = System.currentTimeMillis();

        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) clusters.computeIfAbsent(labels[i], x -> new ArrayList<>()).add(i);

        Map<String, float[]> existing = new LinkedHashMap<>();
        store.db().read(c -> Archives.centersInSpace(c, space.id())).forEach((id, bytes) -> existing.put(id, Vectors.fromBytes(bytes)));
        Map<String, String> archiveByPlate = space.type() == ObjectType.MOTOR_VEHICLE ? vehicleArchivesByPlate() : Map.of();

        long joined = 0;
        ArchiveKind kind = space.type().archiveKind();
        float[] row = new float[d];
        for (List<Integer> members : clusters.values()) {
            List<ObjectRecord> gr = new ArrayList<>(members.size());
            String target = null;
            if (!existing.isEmpty()) {
                float[] centre = new float[d];
                for (int i : members) {
                    mapped.get(ordinals[i], row);
                    for (int c = 0; c < d; c++) centre[c] += row[c];
                }
                Vectors.normalize(centre);
                target = bestExisting(centre, existing, threshold);
            }
            for (int i : members) gr.add(recs.get(i));
            if (target == null) target = plateMatch(gr, archiveByPlate);
            if (target != null) joined++;
            out.add(new Group(gr, kind, target));
        }
        return new ArchivingSummary.SpaceSummary(space.id(), space.label(), n, threshold, chosen.source(), clusters.size(), joined, t1 - t0, t2 - t1);
    }

    /** Exact search for small sets; above {@link ClusterOptions#exactBelow()} the space's jvector index, extended first. */
    private KnnGraph knnGraph(FeatureSpace space, MappedVectors mapped, long[] ordinals, ClusterOptions options, ProgressListener progress,
                              CancellationToken cancel) {
        int n = ordinals.length, d = space.dimension();
        if (n < options.exactBelow()) {
            progress.stage("Loading " + space.label(), n);
            float[] data = new float[n * d];
            float[] row = new float[d];
            for (int i = 0; i < n; i++) {
                mapped.get(ordinals[i], row);
                System.arraycopy(row, 0, data, i * d, d);
            }
            return ExactKnn.build(data, n, d, options.k(), options.threads(), progress, cancel);
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            SpaceIndex index = store.vectors().index(space);
            index.extend(mapped, pool, progress, cancel);
            return ApproximateKnn.build(index, mapped, ordinals, options.k(), ApproximateKnn.DEFAULT_BEAM, pool, progress, cancel);
        } finally {
            pool.shutdown();
        }
    }

    private static String bestExisting(float[] centre, Map<String, float[]> existing, double threshold) {
        String best = null;
        double bestSim = threshold;
        for (Map.Entry<String, float[]> e : existing.entrySet()) {
            double s = Vectors.dot(centre, e.getValue());
            if (s >= bestSim) {
                bestSim = s;
                best = e.getKey();
            }
        }
        return best;
    }

    private static void unionByPlate(List<ObjectRecord> recs, UnionFind uf) {
        Map<String, Integer> firstWithPlate = new HashMap<>();
        for (int i = 0; i < recs.size(); i++) {
            String p = recs.get(i).plate();
            if (p == null) continue;
            Integer f = firstWithPlate.putIfAbsent(p, i);
            if (f != null) uf.union(f, i);
        }
    }

    private Map<String, String> vehicleArchivesByPlate() {
        Map<String, String> out = new HashMap<>();
        for (Archive a : store.db().read(c -> Archives.list(c, "WHERE kind='VEHICLE' AND plate IS NOT NULL ORDER BY id", List.of()))) {
            out.putIfAbsent(a.plate(), a.id());
        }
        return out;
    }

    private static String plateMatch(List<ObjectRecord> group, Map<String, String> archiveByPlate) {
        for (ObjectRecord r : group) {
            if (r.plate() != null && archiveByPlate.containsKey(r.plate())) return archiveByPlate.get(r.plate());
        }
        return null;
    }

    /** Records with no feature: vehicles group by plate (joining an archive with that plate), others stand alone. */
    private void groupRecordsWithoutFeatures(List<Group> out) {
        List<ObjectRecord> recs = store.db().read(c -> Records.list(c, "WHERE space_id IS NULL AND archive_id IS NULL ORDER BY id", List.of()));
        if (recs.isEmpty()) return;
        Map<String, String> archiveByPlate = vehicleArchivesByPlate();
        Map<String, List<ObjectRecord>> byPlate = new TreeMap<>();
        for (ObjectRecord r : recs) {
            if (r.type() == ObjectType.MOTOR_VEHICLE && r.plate() != null) {
                byPlate.computeIfAbsent(r.plate(), p -> new ArrayList<>()).add(r);
            } else {
                out.add(new Group(List.of(r), r.type().archiveKind(), null));
            }
        }
        byPlate.forEach((plate, rs) -> out.add(new Group(rs, ArchiveKind.VEHICLE, archiveByPlate.get(plate))));
    }

    /** Writes every group; returns {created, updated}. */
    private long[] write(Connection c, List<Group> groups, Map<Integer, Double> thresholds, long now, ProgressListener progress) throws SQLException {
        String library = store.libraryId();
        Map<String, List<Group>> joins = new TreeMap<>();
        List<Group> fresh = new ArrayList<>();
        for (Group g : groups) {
            if (g.target() == null) {
                fresh.add(g);
                continue;
            }
            // a person said these records are not this identity: they never rejoin the archive
            List<ObjectRecord> barred = new ArrayList<>(), allowed = new ArrayList<>();
            for (ObjectRecord r : g.records()) (barredFrom(c, r.id(), g.target()) ? barred : allowed).add(r);
            if (!allowed.isEmpty()) joins.computeIfAbsent(g.target(), x -> new ArrayList<>()).add(new Group(allowed, g.kind(), g.target()));
            if (!barred.isEmpty()) fresh.add(new Group(barred, g.kind(), null));
        }
        // new archives are numbered in the order of their smallest record ID, so the same input gives the same IDs
        fresh.sort((a, b) -> a.records().get(0).id().compareTo(b.records().get(0).id()));
        Map<ArchiveKind, List<Group>> freshByKind = new TreeMap<>();
        for (Group g : fresh) freshByKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
        long created = 0;
        ArchiveSummaryBuilder.VectorSource source = new StoredVectors(store)::vectorOf;
        for (Map.Entry<ArchiveKind, List<Group>> e : freshByKind.entrySet()) {
            String[] ids = ArchiveIds.reserve(c, library, e.getKey(), e.getValue().size());
            for (int i = 0; i < ids.length; i++) {
                Group g = e.getValue().get(i);
                save(c, ids[i], g.kind(), g.records(), source, thresholds, ArchiveStatus.AUTOMATIC, null, now, now);
                created++;
                progress.advance(1);
            }
        }
        for (Map.Entry<String, List<Group>> e : joins.entrySet()) {
            Archive old = Archives.byId(c, e.getKey()).orElseThrow();
            List<ObjectRecord> recs = new ArrayList<>(Records.list(c, "WHERE archive_id=? ORDER BY id", List.of(old.id())));
            for (Group g : e.getValue()) {
                recs.addAll(g.records());
                progress.advance(1);
            }
            save(c, old.id(), old.kind(), recs, source, thresholds, old.status(), old.name(), old.createTime(), now);
        }
        return new long[]{created, joins.size()};
    }

    private static boolean barredFrom(Connection c, String recordId, String archiveId) throws SQLException {
        return Constraints.involving(c, recordId).contains(Corrections.toRow(Constraint.recordNotIn(recordId, archiveId)));
    }

    /** The cover a person chose for an archive, if any. */
    static String chosenCover(Connection c, String archiveId) throws SQLException {
        String[] e = Archives.editable(c, archiveId);
        if (e == null || !"1".equals(e[2])) return null;
        return Archives.byId(c, archiveId).map(Archive::coverRecordId).orElse(null);
    }

    static void save(Connection c, String id, ArchiveKind kind, List<ObjectRecord> members, ArchiveSummaryBuilder.VectorSource source,
                             Map<Integer, Double> thresholds, ArchiveStatus status, String name, long createTime, long now) throws SQLException {
        ArchiveSummaryBuilder.Built b = ArchiveSummaryBuilder.build(id, kind, members, source, chosenCover(c, id), thresholds, status, name, createTime, now);
        Archives.upsert(c, b.archive());
        for (Map.Entry<Integer, float[]> e : b.centres().entrySet()) Archives.putCenter(c, id, e.getKey(), Vectors.toBytes(e.getValue()));
        List<String> ids = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ids.add(members.get(i).id());
            sims.add(b.similarities()[i]);
        }
        Records.assign(c, ids, id, sims);
    }
}
