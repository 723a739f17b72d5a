package org.judang.engine.archive;

import org.judang.engine.cluster.ApproximateKnn;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.cluster.ClusteringInput;
import org.judang.engine.cluster.GraphClusterers;
import org.judang.engine.cluster.ExactKnn;
import org.judang.engine.cluster.KnnCheckpoint;
import org.judang.engine.cluster.KnnGraph;
import org.judang.engine.cluster.PieceJoin;
import org.judang.engine.cluster.ThresholdEstimate;
import org.judang.engine.cluster.ThresholdEstimator;
import org.judang.engine.cluster.UnionFind;
import org.judang.engine.model.Archive;
import org.judang.engine.model.PlateKey;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Audit;
import org.judang.engine.store.Constraints;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;
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
import java.util.Optional;
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
    private record Group(List<ObjectRecord> records, ArchiveKind kind, String target, boolean clonedPlate) {
        Group(List<ObjectRecord> records, ArchiveKind kind, String target) {
            this(records, kind, target, false);
        }
    }

    /** Clusters whose archives to join are looked up at a time (bounds the memory of one lookup). */
    private static final int JOIN_BATCH = 4096;
    /** Existing archives a run found to share a plate with a clearly different vehicle. */
    private final java.util.Set<String> clonedExisting = new java.util.TreeSet<>();
    /** Neighbour graphs saved by this run, deleted once its archives are written. */
    private final List<KnnCheckpoint> checkpoints = new ArrayList<>();
    /** Runs when the groups are computed, before anything is written (tests make corrections there). */
    Runnable beforeWrite = () -> {};
    /** A full re-clustering: the archives it dissolves and forms again (empty for an incremental run). */
    private java.util.Set<String> dissolving = java.util.Set.of();
    /** The archives this run created or extended. */
    private final java.util.Set<String> touched = new java.util.TreeSet<>();
    /** Strangers' mean similarity per space, as this run's estimates saw it. */
    private final Map<Integer, Double> strangerMeans = new HashMap<>();

    public ArchivingSummary clusterUnarchived(ClusterOptions options, ProgressListener progress, CancellationToken cancel) {
        long start = System.currentTimeMillis();
        List<Group> groups = new ArrayList<>();
        List<ArchivingSummary.SpaceSummary> spaceSummaries = new ArrayList<>();
        Map<Integer, Double> thresholds = new HashMap<>();

        if (options.everything()) dissolving = store.db().read(Archives::dissolvedByReclustering);
        for (FeatureSpace space : store.spaces()) {
            cancel.throwIfCancelled();
            thresholds.put(space.id(), store.db().read(c -> FeatureSpaces.threshold(c, space.id())).orElse(ClusterOptions.DEFAULT_THRESHOLD));
            List<ObjectRecord> recs = store.db().read(c -> Records.list(c, "WHERE space_id=? AND " + toCluster() + " ORDER BY id", List.of(space.id())));
            if (recs.isEmpty()) continue;
            spaceSummaries.add(clusterSpace(space, recs, options, thresholds, groups, progress, cancel));
        }
        cancel.throwIfCancelled();
        groupRecordsWithoutFeatures(groups);
        List<Group> linked = linkPersons(groups);
        groups.clear();
        groups.addAll(linked);
        cancel.throwIfCancelled();

        beforeWrite.run();
        progress.stage(TaskPhrase.WRITING_ARCHIVES.with(), groups.size());
        long now = CaseTime.now();
        long[] counts = store.db().inTransaction(c -> {
            for (ArchivingSummary.SpaceSummary sp : spaceSummaries) {
                if (sp.thresholdSource() == ThresholdSource.MANUAL || sp.thresholdSource() == ThresholdSource.ESTIMATED) {
                    FeatureSpaces.setThreshold(c, sp.spaceId(), sp.threshold(), sp.thresholdSource().name(), strangerMeans.get(sp.spaceId()), now);
                }
            }
            long[] written = write(c, groups, thresholds, now, progress);
            long records = groups.stream().mapToLong(g -> g.records().size()).sum();
            Audit.append(c, now, "system", false, "CLUSTER", "Clustered " + records + " records: " + written[0] + " new archives, "
                    + written[1] + " extended", "[]");
            return written;
        });
        checkpoints.forEach(KnnCheckpoint::delete);
        long clustered = groups.stream().mapToLong(g -> g.records().size()).sum();
        return new ArchivingSummary(clustered, counts[0], counts[1], System.currentTimeMillis() - start, spaceSummaries, List.copyOf(touched));
    }

    /** The records a run clusters: those not archived, and in a full re-clustering those in archives it dissolves. */
    private String toCluster() {
        return dissolving.isEmpty() ? "archive_id IS NULL"
                : "(archive_id IS NULL OR (locked = 0 AND archive_id IN (SELECT a.id FROM archives a WHERE NOT " + Archives.KEPT + ")))";
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
            float[] quality = new float[recs.size()];
            for (int i = 0; i < quality.length; i++) quality[i] = (float) recs.get(i).quality();
            var clusterer = GraphClusterers.byName(options.method());
            for (int i = -steps; i <= steps; i++) {
                double t = chosen.value() + i * gap * 0.1;
                rows.add(ThresholdPreview.Row.of(t, clusterer.cluster(knn, new ClusteringInput(Math.max(-1, Math.min(1, t)), quality, 1L), ProgressListener.NONE, cancel)));
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
        if (chosen.estimate() != null) strangerMeans.put(space.id(), chosen.estimate().lowMean());
        float[] quality = new float[n];
        for (int i = 0; i < n; i++) quality[i] = (float) recs.get(i).quality();
        int[] clusterLabels = GraphClusterers.byName(options.method()).cluster(knn, new ClusteringInput(threshold, quality, 1L), progress, cancel);
        clusterLabels = PieceJoin.join(clusterLabels, knn, PieceJoin.bar(threshold), i -> mapped.get(ordinals[i]));
        if (space.type() == ObjectType.MOTOR_VEHICLE) {
            String[] plates = recs.stream().map(ObjectRecord::plate).toArray(String[]::new);
            VehiclePlates.separate(clusterLabels, plates, i -> mapped.get(ordinals[i]));
        }
        UnionFind uf = new UnionFind(n);
        for (int i = 0; i < n; i++) uf.union(i, clusterLabels[i]);
        double bar = clearlyDifferentBar(space, chosen);
        java.util.Set<Integer> clonedRoots = java.util.Set.of();
        if (space.type() == ObjectType.MOTOR_VEHICLE) {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int i = 0; i < n; i++) byRoot.computeIfAbsent(uf.find(i), x -> new ArrayList<>()).add(i);
            String[] plates = recs.stream().map(ObjectRecord::plate).toArray(String[]::new);
            clonedRoots = VehiclePlates.join(uf, n, plates, root -> centre(mapped, ordinals, byRoot.get(root), d), bar).clonedPlate();
        }
        int[] labels = uf.labels();
        long t2 = System.currentTimeMillis();

        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) clusters.computeIfAbsent(labels[i], x -> new ArrayList<>()).add(i);

        // a full re-clustering joins only the archives it keeps; the others are being formed again
        if (dissolving.isEmpty()) indexLongTail(space, mapped, options, progress, cancel);
        ArchiveNeighbours existing = dissolving.isEmpty() ? ArchiveNeighbours.of(store, space)
                : ArchiveNeighbours.over(store, space, store.db().read(c -> Archives.keptCentersInSpace(c, space.id())));
        boolean vehicles = space.type() == ObjectType.MOTOR_VEHICLE;
        java.util.Set<Integer> clonedLabels = new java.util.HashSet<>();
        for (int r : clonedRoots) clonedLabels.add(labels[r]);

        long joined = 0;
        ArchiveKind kind = space.type().archiveKind();
        List<List<Integer>> memberLists = new ArrayList<>(clusters.values());
        List<float[]> centres = new ArrayList<>(memberLists.size());
        for (List<Integer> members : memberLists) centres.add(centre(mapped, ordinals, members, d));
        // the archives each cluster might join, asked for many clusters at a time (vehicles: a few, their plates decide)
        List<List<ArchiveNeighbours.Hit>> near = new ArrayList<>(memberLists.size());
        for (int from = 0; from < centres.size(); from += JOIN_BATCH) {
            List<float[]> batch = centres.subList(from, Math.min(centres.size(), from + JOIN_BATCH));
            if (existing.isEmpty()) batch.forEach(c -> near.add(List.of()));
            else near.addAll(existing.nearAll(batch, threshold, vehicles ? 5 : 1, ProgressListener.NONE, cancel));
        }
        int next = 0;
        for (Map.Entry<Integer, List<Integer>> cluster : clusters.entrySet()) {
            int at = next++;
            List<Integer> members = cluster.getValue();
            List<ObjectRecord> gr = new ArrayList<>(members.size());
            for (int i : members) gr.add(recs.get(i));
            boolean cloned = clonedLabels.contains(cluster.getKey());
            float[] centre = centres.get(at);
            List<ArchiveNeighbours.Hit> hits = near.get(at);
            String target = vehicles ? vehicleByAppearance(hits, gr) : hits.isEmpty() ? null : hits.get(0).archiveId();
            if (target == null && vehicles && !existing.isEmpty()) {
                String plateArchive = plateMatch(gr);
                float[] plateCentre = plateArchive == null ? null : centreOf(plateArchive, space);
                if (plateCentre != null) {
                    if (Vectors.dot(centre, plateCentre) >= bar) {
                        target = plateArchive;
                    } else {
                        cloned = true; // the plate is already on a clearly different vehicle
                        clonedExisting.add(plateArchive);
                    }
                }
            }
            if (target != null) joined++;
            out.add(new Group(gr, kind, target, cloned));
        }
        return new ArchivingSummary.SpaceSummary(space.id(), space.label(), n, threshold, chosen.source(), clusters.size(), joined, t1 - t0, t2 - t1);
    }

    /**
     * Indexes the space's vectors the index does not cover once there are as many as a clustering would index
     * ({@link ClusterOptions#exactBelow()}): batches smaller than that leave their vectors out of it, and every fold
     * compares each of its clusters with all of those one by one.
     */
    private void indexLongTail(FeatureSpace space, MappedVectors mapped, ClusterOptions options, ProgressListener progress, CancellationToken cancel) {
        SpaceIndex index = store.vectors().index(space);
        if (index.covered() == 0 || index.uncovered(mapped) < Math.max(1, options.exactBelow())) return;
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            index.extend(mapped, pool, progress, cancel);
        } finally {
            pool.shutdown();
        }
    }

    /** Exact search for small sets; above {@link ClusterOptions#exactBelow()} the space's jvector index, extended first. */
    private KnnGraph knnGraph(FeatureSpace space, MappedVectors mapped, long[] ordinals, ClusterOptions options, ProgressListener progress,
                              CancellationToken cancel) {
        int n = ordinals.length, d = space.dimension();
        if (n < options.exactBelow()) {
            progress.stage(TaskPhrase.LOADING_SPACE.with(space.label()), n);
            float[] data = new float[n * d];
            float[] row = new float[d];
            for (int i = 0; i < n; i++) {
                mapped.get(ordinals[i], row);
                System.arraycopy(row, 0, data, i * d, d);
            }
            return ExactKnn.build(data, n, d, options.k(), options.threads(), progress, cancel);
        }
        // the index segments and this checkpoint survive a killed run, so running it again resumes after them
        KnnCheckpoint checkpoint = KnnCheckpoint.of(store.folder().temp(), space.id(), ordinals, options.k(), "jvector-beam-" + ApproximateKnn.DEFAULT_BEAM);
        Optional<KnnGraph> saved = checkpoint.load();
        if (saved.isPresent()) {
            progress.message("Resuming from the saved neighbour graph of " + space.label());
            checkpoints.add(checkpoint);
            return saved.get();
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            SpaceIndex index = store.vectors().index(space);
            index.extend(mapped, pool, progress, cancel);
            KnnGraph g = ApproximateKnn.build(index, mapped, ordinals, options.k(), ApproximateKnn.DEFAULT_BEAM, pool, progress, cancel);
            checkpoint.save(g);
            checkpoints.add(checkpoint);
            return g;
        } finally {
            pool.shutdown();
        }
    }

    /** Normalised mean of some nodes' vectors. */
    private static float[] centre(MappedVectors mapped, long[] ordinals, List<Integer> nodes, int d) {
        float[] centre = new float[d];
        float[] row = new float[d];
        for (int i : nodes) {
            mapped.get(ordinals[i], row);
            for (int c = 0; c < d; c++) centre[c] += row[c];
        }
        Vectors.normalize(centre);
        return centre;
    }

    /**
     * Centre similarity below which two groups are clearly different things: halfway from the strangers' mean to the
     * linking threshold, on the space's own scale.
     */
    private double clearlyDifferentBar(FeatureSpace space, ChosenThreshold chosen) {
        double strangers = chosen.estimate() != null ? chosen.estimate().lowMean()
                : store.db().read(c -> FeatureSpaces.strangerMean(c, space.id())).orElse(chosen.value() - 0.4);
        return (strangers + chosen.value()) / 2;
    }

    private float[] centreOf(String archiveId, FeatureSpace space) {
        byte[] b = store.db().read(c -> Archives.centersOf(c, space.id(), List.of(archiveId))).get(archiveId);
        return b == null ? null : Vectors.fromBytes(b);
    }

    /**
     * The nearest of the vehicle archives whose centres reach the threshold ({@code near}, best first) whose plate is
     * not clearly different from the group's own (vehicles of one model and colour look alike; their plates tell them apart), or null.
     */
    private String vehicleByAppearance(List<ArchiveNeighbours.Hit> near, List<ObjectRecord> group) {
        String key = commonPlateKey(group);
        for (ArchiveNeighbours.Hit h : near) {
            if (key == null) return h.archiveId();
            String theirs = store.db().read(c -> Archives.byId(c, h.archiveId())).map(a -> PlateKey.of(a.plate())).orElse(null);
            if (!PlateKey.clearlyDifferent(key, theirs)) return h.archiveId();
        }
        return null;
    }

    /** The plate key most of the group's records carry (the smallest such key on a tie), or null when none is read. */
    private static String commonPlateKey(List<ObjectRecord> group) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ObjectRecord r : group) {
            String k = PlateKey.of(r.plate());
            if (k != null) counts.merge(k, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best;
    }

    /** The vehicle archive carrying the plate of one of the group's records (OCR confusions folded), if any. */
    private String plateMatch(List<ObjectRecord> group) {
        for (ObjectRecord r : group) {
            String key = PlateKey.of(r.plate());
            if (key == null) continue;
            Optional<String> id = store.db().read(c -> Archives.byPlateKey(c, key));
            if (id.isPresent() && !dissolving.contains(id.get())) return id.get();
        }
        return null;
    }

    /** Bodies join the archives of the faces they were captured with (see {@link PersonLinks}). */
    private List<Group> linkPersons(List<Group> groups) {
        java.util.Set<String> bodies = new java.util.HashSet<>();
        Map<String, Integer> faceGroup = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (ObjectRecord r : groups.get(i).records()) {
                if (r.type() == ObjectType.FACE) faceGroup.put(r.id(), i);
                else if (r.type() == ObjectType.PERSON) bodies.add(r.id());
            }
        }
        Map<String, List<String>> faceOfBody = new HashMap<>();
        // only the relations of this run's bodies, not every link of the case
        for (String[] link : store.db().read(c -> Records.linksOf(c, bodies, ObjectType.FACE.name()))) {
            faceOfBody.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
        }
        if (faceOfBody.isEmpty()) return new ArrayList<>(groups);
        // only the linked faces archived earlier are looked up, not every face of the case
        java.util.Set<String> earlierFaces = new java.util.TreeSet<>();
        faceOfBody.values().forEach(fs -> fs.stream().filter(f -> !faceGroup.containsKey(f)).forEach(earlierFaces::add));
        Map<String, String> faceArchive = store.db().read(c -> Records.archiveOf(c, earlierFaces));
        return PersonLinks.apply(groups, Group::records, Group::target, faceOfBody, faceGroup, faceArchive,
                (recs, target) -> new Group(recs, ArchiveKind.PERSON, target));
    }

    /** Records with no feature: vehicles group by plate (joining an archive with that plate), others stand alone. */
    private void groupRecordsWithoutFeatures(List<Group> out) {
        List<ObjectRecord> recs = store.db().read(c -> Records.list(c, "WHERE space_id IS NULL AND " + toCluster() + " ORDER BY id", List.of()));
        if (recs.isEmpty()) return;
        Map<String, List<ObjectRecord>> byPlate = new TreeMap<>();
        for (ObjectRecord r : recs) {
            if (r.type() == ObjectType.MOTOR_VEHICLE && r.plate() != null) {
                byPlate.computeIfAbsent(PlateKey.of(r.plate()), p -> new ArrayList<>()).add(r);
            } else {
                out.add(new Group(List.of(r), r.type().archiveKind(), null));
            }
        }
        byPlate.forEach((plate, rs) -> out.add(new Group(rs, ArchiveKind.VEHICLE,
                store.db().read(c -> Archives.byPlateKey(c, plate)).filter(id -> !dissolving.contains(id)).orElse(null))));
    }

    /** Writes every group; returns {created, updated}. */
    private long[] write(Connection c, List<Group> read, Map<Integer, Double> thresholds, long now, ProgressListener progress) throws SQLException {
        List<Group> groups = stillAsRead(c, read);
        String library = store.libraryId();
        Map<String, List<Group>> joins = new TreeMap<>();
        List<Group> fresh = new ArrayList<>();
        for (Group g : groups) {
            if (g.target() == null) {
                fresh.add(g);
                continue;
            }
            // a person said these records are not this identity: they never rejoin the archive
            if (crossesCannotLink(c, g.records(), g.target())) {
                fresh.add(new Group(g.records(), g.kind(), null, g.clonedPlate()));
                continue;
            }
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
        Map<Group, Archive> reused = reuseByOverlap(c, fresh);
        for (Map.Entry<ArchiveKind, List<Group>> e : freshByKind.entrySet()) {
            List<Group> kindGroups = e.getValue();
            String[] reserved = ArchiveIds.reserve(c, library, e.getKey(), (int) kindGroups.stream().filter(g -> !reused.containsKey(g)).count());
            int next = 0;
            for (Group g : kindGroups) {
                Archive old = reused.get(g);
                String id = old != null ? old.id() : reserved[next++];
                if (old != null) save(c, id, g.kind(), g.records(), source, thresholds, ArchiveStatus.AUTOMATIC, old.name(), old.createTime(), now);
                else save(c, id, g.kind(), g.records(), source, thresholds, ArchiveStatus.AUTOMATIC, null, now, now);
                touched.add(id);
                if (g.clonedPlate()) Archives.setClonedPlate(c, id, true);
                if (old == null) created++;
                progress.advance(1);
            }
        }
        for (Map.Entry<String, List<Group>> e : joins.entrySet()) {
            Archive old = Archives.byId(c, e.getKey()).orElseThrow();
            Map<String, ObjectRecord> byId = new LinkedHashMap<>(); // a re-clustered member may already be there
            for (ObjectRecord r : Records.list(c, "WHERE archive_id=? ORDER BY id", List.of(old.id()))) byId.put(r.id(), r);
            for (Group g : e.getValue()) {
                for (ObjectRecord r : g.records()) byId.put(r.id(), r);
                progress.advance(1);
            }
            List<ObjectRecord> recs = new ArrayList<>(byId.values());
            save(c, old.id(), old.kind(), recs, source, thresholds, old.status(), old.name(), old.createTime(), now);
            touched.add(old.id());
            if (e.getValue().stream().anyMatch(Group::clonedPlate)) Archives.setClonedPlate(c, old.id(), true);
        }
        for (String id : clonedExisting) Archives.setClonedPlate(c, id, true);
        forgetOrRefreshLeftBehind(c, groups, source, thresholds, now);
        return new long[]{created, touched.size() - created};
    }

    /**
     * The groups without the records a person moved, locked or deleted while this run was computing (corrections go
     * on during a clustering task): what a person did wins. A group whose target archive is gone becomes new.
     */
    private List<Group> stillAsRead(Connection c, List<Group> groups) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (Group g : groups) for (ObjectRecord r : g.records()) ids.add(r.id());
        Map<String, Records.State> now = Records.states(c, ids);
        Map<String, Boolean> exists = new HashMap<>();
        List<Group> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<ObjectRecord> keep = new ArrayList<>(g.records().size());
            for (ObjectRecord r : g.records()) {
                Records.State st = now.get(r.id());
                if (st != null && st.locked() == r.locked() && java.util.Objects.equals(st.archiveId(), r.archiveId())) keep.add(r);
            }
            if (keep.isEmpty()) continue;
            String target = g.target();
            if (target != null && !exists.computeIfAbsent(target, t -> archiveExists(c, t))) target = null;
            out.add(keep.size() == g.records().size() && java.util.Objects.equals(target, g.target()) ? g : new Group(keep, g.kind(), target, g.clonedPlate()));
        }
        return out;
    }

    private static boolean archiveExists(Connection c, String id) {
        try {
            return Archives.byId(c, id).isPresent();
        } catch (SQLException e) {
            throw new org.judang.engine.store.StoreException("Cannot read archive " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * A full re-clustering gives each new group the ID of the dissolved archive it shares most records with (largest
     * overlaps first, each ID once), so archives that survive keep their IDs, names and creation times.
     */
    private Map<Group, Archive> reuseByOverlap(Connection c, List<Group> fresh) throws SQLException {
        if (dissolving.isEmpty()) return Map.of();
        record Overlap(Group group, String archive, int count, String firstRecord) {}
        List<Overlap> overlaps = new ArrayList<>();
        for (Group g : fresh) {
            Map<String, Integer> counts = new TreeMap<>();
            for (ObjectRecord r : g.records()) if (r.archiveId() != null && dissolving.contains(r.archiveId())) counts.merge(r.archiveId(), 1, Integer::sum);
            counts.forEach((a, n) -> overlaps.add(new Overlap(g, a, n, g.records().get(0).id())));
        }
        overlaps.sort(java.util.Comparator.comparingInt((Overlap o) -> -o.count()).thenComparing(Overlap::archive).thenComparing(Overlap::firstRecord));
        Map<Group, Archive> out = new java.util.IdentityHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Overlap o : overlaps) {
            if (out.containsKey(o.group()) || used.contains(o.archive())) continue;
            Optional<Archive> old = Archives.byId(c, o.archive());
            if (old.isEmpty() || old.get().kind() != o.group().kind()) continue;
            out.put(o.group(), old.get());
            used.add(o.archive());
        }
        return out;
    }

    /** After a full re-clustering: archives its records left are deleted when empty, their basic info recomputed otherwise. */
    private void forgetOrRefreshLeftBehind(Connection c, List<Group> groups, ArchiveSummaryBuilder.VectorSource source, Map<Integer, Double> thresholds,
                                           long now) throws SQLException {
        if (dissolving.isEmpty()) return;
        java.util.Set<String> left = new java.util.TreeSet<>();
        for (Group g : groups) for (ObjectRecord r : g.records()) if (r.archiveId() != null && !touched.contains(r.archiveId())) left.add(r.archiveId());
        for (String id : left) {
            Optional<Archive> a = Archives.byId(c, id);
            if (a.isEmpty()) continue;
            List<ObjectRecord> members = Records.list(c, "WHERE archive_id=? ORDER BY id", List.of(id));
            if (members.isEmpty()) {
                Archives.delete(c, id);
            } else {
                save(c, id, a.get().kind(), members, source, thresholds, a.get().status(), a.get().name(), a.get().createTime(), now);
            }
            touched.add(id);
        }
    }

    /** Whether records that came from an archive would join one a person said is a different identity. */
    private static boolean crossesCannotLink(Connection c, List<ObjectRecord> records, String target) throws SQLException {
        java.util.Set<String> from = new java.util.TreeSet<>();
        for (ObjectRecord r : records) if (r.archiveId() != null && !r.archiveId().equals(target)) from.add(r.archiveId());
        for (String a : from) {
            if (Constraints.involving(c, a).contains(Corrections.toRow(Constraint.cannotLinkArchives(a, target)))) return true;
        }
        return false;
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
        // only the records that join are written: rewriting rows is the costly part of folding a few records into (or
        // merging) an archive of tens of thousands; members' similarity to the centre is computed when they are read
        List<String> joining = members.stream().filter(r -> !id.equals(r.archiveId())).map(ObjectRecord::id).toList();
        Records.assign(c, joining, id);
    }
}
