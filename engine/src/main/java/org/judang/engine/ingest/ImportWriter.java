package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.judang.engine.archive.StoredVectors;
import org.judang.engine.model.Camera;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Batches;
import org.judang.engine.store.Cameras;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.Gallery;
import org.judang.engine.store.NewRecord;
import org.judang.engine.store.Records;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.VectorFile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Stores accepted records in transactions of a bounded size, so that a crash loses at most one transaction and the
 * case stays consistent: each transaction appends its vectors to the spaces' files and forces them to disk, then in
 * one database transaction inserts the rows that refer to them and moves each space's committed count. A failed
 * transaction cuts the files back; a case killed mid-way is cut back when it is next opened.
 * <p>The batch's row is created by the first transaction that stores something. Cancelling undoes the whole batch:
 * its records, gallery entries and row, the spaces it created, the cameras it changed and the vectors it appended.
 * <p>An archive import adds {@link ArchiveDraft}s after their members: each is filed in the transaction that stores
 * its last member, so an archive appears with all its members or not at all, and cancelling removes it again.
 */
final class ImportWriter {

    /** What the batch row says about the batch. */
    record BatchRow(String batchId, String fingerprint, String kind, String source, String path) {}

    /** A capture ready to store but for its space id, vector ordinal and batch; {@code vector} null when it has none. */
    record Capture(NewRecord draft, SpaceKey space, float[] vector) {}

    /** A gallery entry ready to store but for its space id and batch. */
    record GalleryDraft(Gallery.GalleryEntry draft, SpaceKey space) {}

    private record CameraChange(String apeId, String previousRaw) {}

    /** The pairwise threshold a space without one of its own is judged by, as clustering does. */
    private static final double DEFAULT_THRESHOLD = org.judang.engine.cluster.ClusterOptions.DEFAULT_THRESHOLD;

    private final CaseStore store;
    private final SpaceCatalog spaces;
    private final BatchRow batch;
    private final IngestLimits limits;
    private final BodyJson json;
    private final ProgressListener progress;
    private final ReportBuilder report;

    private final List<Capture> captures = new ArrayList<>();
    private final List<GalleryDraft> gallery = new ArrayList<>();
    private final Map<String, String> pendingRecordHashes = new HashMap<>();
    private final Map<String, String> pendingGalleryHashes = new HashMap<>();
    private final List<Camera> cameras = new ArrayList<>();
    private final List<String> cameraRaws = new ArrayList<>();
    private final List<ArchiveDraft> archives = new ArrayList<>();
    private final Map<String, String> pendingMembers = new HashMap<>();
    private final List<String> createdArchives = new ArrayList<>();

    private Long batchSeq;
    private long stored;
    private final Map<Integer, VectorFile> touchedFiles = new LinkedHashMap<>();
    private final Map<Integer, Long> countsBefore = new HashMap<>();
    private final List<CameraChange> cameraChanges = new ArrayList<>();

    ImportWriter(CaseStore store, SpaceCatalog spaces, BatchRow batch, IngestLimits limits, BodyJson json, ProgressListener progress, ReportBuilder report) {
        this.store = store;
        this.spaces = spaces;
        this.batch = batch;
        this.limits = limits;
        this.json = json;
        this.progress = progress;
        this.report = report;
    }

    /** The content hash of a record ID already stored in the case or waiting to be, if any. */
    Optional<String> knownRecordHash(String id) {
        String pending = pendingRecordHashes.get(id);
        return pending != null ? Optional.of(pending) : store.db().read(c -> Records.contentHash(c, id));
    }

    Optional<String> knownGalleryHash(String id) {
        String pending = pendingGalleryHashes.get(id);
        return pending != null ? Optional.of(pending) : store.db().read(c -> Gallery.contentHash(c, id));
    }

    void add(Capture capture) {
        captures.add(capture);
        pendingRecordHashes.put(capture.draft().id(), capture.draft().contentHash());
        commitWhenFull();
    }

    void add(GalleryDraft entry) {
        gallery.add(entry);
        pendingGalleryHashes.put(entry.draft().id(), entry.draft().contentHash());
        commitWhenFull();
    }

    /** An archive to file once its members are stored; its members are stored already or added before it. */
    void add(ArchiveDraft archive) {
        archives.add(archive);
        for (String id : archive.members()) pendingMembers.put(id, archive.archiveId());
        commitWhenFull();
    }

    /** The archive a record waits to be filed in, when it is a member of an archive not yet committed. */
    Optional<String> pendingArchiveOf(String recordId) {
        return Optional.ofNullable(pendingMembers.get(recordId));
    }

    void add(Camera camera, String raw) {
        cameras.add(camera);
        cameraRaws.add(raw);
    }

    private void commitWhenFull() {
        if (captures.size() + gallery.size() + pendingMembers.size() >= limits.recordsPerTransaction()) commit();
    }

    /** Commits what is pending, then the report; returns the batch row, or null when nothing was stored for a batch seen before. */
    Long finish(LongFunction<String> reportJson) {
        commit();
        if (batchSeq == null && store.db().read(c -> Batches.fingerprintSeen(c, batch.fingerprint()))) return null;
        Long known = batchSeq;
        batchSeq = store.db().inTransaction(c -> {
            long seq = known != null ? known : insertBatch(c);
            Batches.setReport(c, seq, reportJson.apply(seq));
            return seq;
        });
        return batchSeq;
    }

    private void commit() {
        if (captures.isEmpty() && gallery.isEmpty() && cameras.isEmpty() && archives.isEmpty()) return;
        Map<SpaceKey, FeatureSpace> rows = new HashMap<>();
        for (Capture c : captures) if (c.space() != null) rows.computeIfAbsent(c.space(), spaces::resolve);
        for (GalleryDraft g : gallery) rows.computeIfAbsent(g.space(), spaces::resolve);
        for (ArchiveDraft a : archives) for (ArchiveDraft.Centre ctr : a.centres()) rows.computeIfAbsent(ctr.space(), spaces::resolve);
        Map<Integer, VectorFile> files = new LinkedHashMap<>();
        Map<Integer, Long> before = new HashMap<>();
        for (Capture c : captures) {
            if (c.space() == null) continue;
            FeatureSpace s = rows.get(c.space());
            VectorFile f = files.computeIfAbsent(s.id(), id -> store.vectors().file(s));
            before.putIfAbsent(s.id(), f.count());
        }
        List<CameraChange> changes = new ArrayList<>();
        boolean[] added = new boolean[cameras.size()], changed = new boolean[cameras.size()];
        Long known = batchSeq;
        long seq;
        try {
            seq = store.db().inTransaction(c -> {
                long s = known != null ? known : captures.isEmpty() && gallery.isEmpty() ? -1 : insertBatch(c);
                long[] ordinals = new long[captures.size()];
                for (int i = 0; i < captures.size(); i++) {
                    Capture cap = captures.get(i);
                    ordinals[i] = cap.space() == null ? -1 : files.get(rows.get(cap.space()).id()).append(cap.vector());
                }
                for (VectorFile f : files.values()) f.flush();
                for (int i = 0; i < captures.size(); i++) {
                    Capture cap = captures.get(i);
                    int spaceId = cap.space() == null ? 0 : rows.get(cap.space()).id();
                    Records.insert(c, withPlace(cap.draft(), spaceId, ordinals[i], s));
                }
                for (GalleryDraft g : gallery) Gallery.insert(c, withPlace(g.draft(), rows.get(g.space()).id(), s));
                for (Map.Entry<Integer, VectorFile> f : files.entrySet()) FeatureSpaces.setVectorCount(c, f.getKey(), f.getValue().count());
                changes.clear();
                for (int i = 0; i < cameras.size(); i++) {
                    Camera cam = cameras.get(i);
                    Optional<String> previous = Cameras.raw(c, cam.apeId());
                    added[i] = previous.isEmpty();
                    changed[i] = Cameras.upsert(c, cam, cameraRaws.get(i));
                    if (changed[i]) changes.add(new CameraChange(cam.apeId(), previous.orElse(null)));
                }
                if (s < 0 && !changes.isEmpty()) s = insertBatch(c);
                if (!archives.isEmpty()) fileArchives(c, rows);
                return s;
            });
        } catch (RuntimeException e) {
            for (Map.Entry<Integer, VectorFile> f : files.entrySet()) f.getValue().truncate(before.get(f.getKey()));
            throw e;
        }
        if (seq >= 0) batchSeq = seq;
        for (Map.Entry<Integer, VectorFile> f : files.entrySet()) {
            touchedFiles.putIfAbsent(f.getKey(), f.getValue());
            countsBefore.putIfAbsent(f.getKey(), before.get(f.getKey()));
        }
        cameraChanges.addAll(changes);
        for (int i = 0; i < cameras.size(); i++) report.cameraStored(added[i], changed[i]);
        int records = captures.size() + gallery.size();
        stored += records;
        captures.clear();
        gallery.clear();
        pendingRecordHashes.clear();
        pendingGalleryHashes.clear();
        cameras.clear();
        cameraRaws.clear();
        for (ArchiveDraft a : archives) createdArchives.add(a.archiveId());
        archives.clear();
        pendingMembers.clear();
        if (records > 0) progress.message("Stored " + stored + " records of " + batch.path());
    }

    private void fileArchives(Connection c, Map<SpaceKey, FeatureSpace> rows) throws SQLException {
        Map<Integer, Double> thresholds = new HashMap<>();
        for (FeatureSpace s : FeatureSpaces.all(c)) thresholds.put(s.id(), FeatureSpaces.threshold(c, s.id()).orElse(DEFAULT_THRESHOLD));
        StoredVectors vectors = new StoredVectors(store);
        for (ArchiveDraft a : archives) a.store(c, rows, vectors, thresholds);
    }

    /**
     * Undoes everything this import stored, leaving the case as it was before it. The database is put back first and
     * the vector files cut afterwards: were the process to die in between, opening the case cuts them anyway.
     */
    void rollback() {
        captures.clear();
        gallery.clear();
        cameras.clear();
        cameraRaws.clear();
        archives.clear();
        pendingMembers.clear();
        Long seq = batchSeq;
        List<Integer> created = spaces.created();
        store.db().inTransaction(c -> {
            for (String id : createdArchives) Archives.delete(c, id);
            if (seq != null) {
                Records.deleteByBatch(c, seq);
                Gallery.deleteByBatch(c, seq);
                Batches.delete(c, seq);
            }
            for (Map.Entry<Integer, Long> e : countsBefore.entrySet()) {
                if (!created.contains(e.getKey())) FeatureSpaces.setVectorCount(c, e.getKey(), e.getValue());
            }
            for (int id : created) FeatureSpaces.delete(c, id);
            for (int i = cameraChanges.size() - 1; i >= 0; i--) restore(c, cameraChanges.get(i));
            return null;
        });
        batchSeq = null;
        createdArchives.clear();
        for (Map.Entry<Integer, VectorFile> e : touchedFiles.entrySet()) {
            if (!created.contains(e.getKey())) e.getValue().truncate(countsBefore.get(e.getKey()));
        }
        for (int id : created) store.vectors().discard(id);
    }

    private void restore(Connection c, CameraChange change) throws SQLException {
        if (change.previousRaw() == null) {
            Cameras.delete(c, change.apeId());
            return;
        }
        try {
            Camera previous = CameraParser.parse(json.readTree(change.previousRaw()), new ArrayList<>());
            Cameras.upsert(c, previous, change.previousRaw());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored camera " + change.apeId() + " cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    private long insertBatch(Connection c) throws SQLException {
        return Batches.insert(c, batch.batchId(), batch.fingerprint(), batch.kind(), batch.source(), batch.path(), CaseTime.now());
    }

    private static NewRecord withPlace(NewRecord r, int spaceId, long ordinal, long batchSeq) {
        return new NewRecord(r.id(), r.type(), spaceId, ordinal, r.deviceId(), r.shotTime(), r.box(), r.quality(), r.plate(), r.cropImage(),
                r.sceneImage(), r.contentHash(), r.raw(), batchSeq, r.warnings(), r.relations());
    }

    private static Gallery.GalleryEntry withPlace(Gallery.GalleryEntry g, int spaceId, long batchSeq) {
        return new Gallery.GalleryEntry(g.id(), g.name(), g.idType(), g.idNumber(), spaceId, g.vector(), g.image(), g.contentHash(), g.raw(), batchSeq);
    }
}
