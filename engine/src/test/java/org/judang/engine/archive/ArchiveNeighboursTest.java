package org.judang.engine.archive;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.BatchImporter;
import org.judang.engine.metrics.QualityMetrics;
import org.judang.engine.metrics.QualityReport;
import org.judang.engine.metrics.TruthFile;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Archives near a vector: the indexed mode (large cases) agrees with comparing every centre, and batches fold in. */
class ArchiveNeighboursTest {
    static final GeneratorSettings FIRST = GeneratorSettings.defaults().withIdentities(200).withVehicles(40).withRecords(2500)
            .withDimension(64).withImages(false).withGalleryPersons(0).withEncoding(FeatureEncoding.NPY_SIDECAR);
    /** jvector for every space, so the record index exists as in a large case. */
    static final ClusterOptions INDEXED = ClusterOptions.defaults().withExactBelow(0);

    @TempDir Path tmp;
    CaseStore store;
    GeneratedBatch first;

    @BeforeEach
    void clusterFirstBatch() {
        store = CaseStore.create(tmp.resolve("case"), "t");
        first = new SyntheticBatchGenerator(FIRST).write(tmp.resolve("first"));
        new BatchImporter(store).importBatch(first.captures(), ProgressListener.NONE, CancellationToken.none());
        new Archiving(store).clusterUnarchived(INDEXED, ProgressListener.NONE, CancellationToken.none());
    }

    @AfterEach
    void close() {
        store.close();
    }

    FeatureSpace faces() {
        return store.spaces().stream().filter(s -> s.type() == ObjectType.FACE).findFirst().orElseThrow();
    }

    @Test
    void theRecordIndexFindsTheArchivesThatComparingEveryCentreFinds() {
        FeatureSpace space = faces();
        ArchiveNeighbours exact = ArchiveNeighbours.of(store, space, Integer.MAX_VALUE);
        ArchiveNeighbours indexed = ArchiveNeighbours.of(store, space, 0);
        assertTrue(exact.exact());
        assertFalse(indexed.exact());
        // query with single captures, as a search by image does: their own archive should come first in both
        List<String> ids = store.db().read(c -> Records.list(c, "WHERE space_id=? ORDER BY id LIMIT 300", List.of(space.id())))
                .stream().map(r -> r.id()).toList();
        int agree = 0;
        for (String id : ids) {
            float[] q = new StoredVectors(store).vectorOf(store.db().read(c -> Records.byId(c, id)).orElseThrow());
            List<ArchiveNeighbours.Hit> e = exact.near(q, -1, 3), x = indexed.near(q, -1, 3);
            assertFalse(x.isEmpty(), "the index proposes candidates for " + id);
            x.forEach(h -> assertTrue(h.similarity() >= -1));
            // a hit's similarity is the centre's, whichever way it was found
            assertEquals(e.get(0).similarity(), exact.near(q, e.get(0).similarity() - 1e-6, 1).get(0).similarity(), 1e-6);
            if (e.get(0).archiveId().equals(x.get(0).archiveId())) agree++;
        }
        assertTrue(agree >= ids.size() * 0.95, "best archive agrees for " + agree + " of " + ids.size());
    }

    @Test
    void aSearchForManyArchivesAboveAThresholdFindsWhatComparingEveryCentreFinds() {
        // a search by image asks for up to a thousand archives: the index is first asked for a few records only
        FeatureSpace space = faces();
        ArchiveNeighbours exact = ArchiveNeighbours.of(store, space, Integer.MAX_VALUE);
        ArchiveNeighbours indexed = ArchiveNeighbours.of(store, space, 0);
        List<ObjectRecord> probes = store.db().read(c -> Records.list(c, "WHERE space_id=? AND archive_id IS NOT NULL ORDER BY id LIMIT 200", List.of(space.id())));
        for (double threshold : new double[]{0.6, 0.3}) {
            int expected = 0, found = 0, own = 0;
            for (ObjectRecord r : probes) {
                float[] q = new StoredVectors(store).vectorOf(r);
                java.util.Set<String> e = ids(exact.near(q, threshold, 1000)), x = ids(indexed.near(q, threshold, 1000, java.util.Set.of(r.archiveId())));
                x.forEach(id -> assertTrue(e.contains(id), "every archive found passes the threshold: " + id));
                expected += e.size();
                found += x.size();
                if (e.contains(r.archiveId())) {
                    assertTrue(x.contains(r.archiveId()), "the probe's own archive is always compared: " + r.id());
                    own++;
                }
            }
            assertTrue(own > probes.size() / 2, "most probes match their own archive at " + threshold + ": " + own);
            assertTrue(found >= expected * 0.95, "at " + threshold + " found " + found + " of " + expected);
        }
    }

    @Test
    void aSearchByImageComparesEveryCentreOfTheSpace() {
        FeatureSpace space = faces();
        ArchiveNeighbours search = ArchiveNeighbours.forSearch(store, space);
        assertTrue(search.exact(), "a few hundred centres fit any heap");
        Map<String, byte[]> centres = store.db().read(c -> Archives.centersInSpace(c, space.id()));
        assertEquals(List.copyOf(centres.keySet()), search.exactIds(), "every centre, read in ID order");
        List<ObjectRecord> probes = store.db().read(c -> Records.list(c, "WHERE space_id=? ORDER BY id LIMIT 50", List.of(space.id())));
        int matches = 0;
        for (ObjectRecord r : probes) {
            float[] q = new StoredVectors(store).vectorOf(r);
            Map<String, Double> expected = new HashMap<>();
            centres.forEach((id, v) -> {
                double s = Vectors.dot(q, Vectors.fromBytes(v));
                if (s >= 0.5) expected.put(id, s);
            });
            Map<String, Double> found = new HashMap<>();
            search.near(q, 0.5, 1000).forEach(h -> found.put(h.archiveId(), h.similarity()));
            assertEquals(expected.keySet(), found.keySet(), "archives at 0.5 or more for " + r.id());
            expected.forEach((id, s) -> assertEquals(s, found.get(id), 1e-4, id));
            matches += found.size();
        }
        assertTrue(matches >= probes.size(), "the probes match their archives: " + matches);
    }

    @Test
    void aSnapshotOfEveryCentreTakesInTheCentresWrittenByCorrectionsAndUndo() throws Exception {
        FeatureSpace space = faces();
        ArchiveNeighbours before = ArchiveNeighbours.forSearch(store, space);
        assertSame(before, before.refreshed(), "nothing written since");
        List<String> archives = List.copyOf(before.exactIds());
        String a = archives.get(0), b = archives.get(1), c = archives.get(2);
        Corrections corrections = new Corrections(store, "tester");
        corrections.merge(List.of(a, b), a);
        List<String> ofC = store.db().read(x -> Records.list(x, "WHERE archive_id=? AND space_id=? ORDER BY id", List.of(c, space.id())))
                .stream().map(ObjectRecord::id).toList();
        corrections.split(ofC.subList(0, Math.max(1, ofC.size() / 2)));
        assertSameAsRead(before.refreshed(), space);
        assertFalse(before.refreshed().exactIds().contains(b), "the absorbed archive's centre is gone");
        corrections.undo();
        corrections.undo();
        ArchiveNeighbours undone = before.refreshed();
        assertSameAsRead(undone, space);
        assertEquals(new java.util.TreeSet<>(archives), new java.util.TreeSet<>(undone.exactIds()), "undo brings the archives back");
        // refreshing a refreshed snapshot: the same as refreshing the first
        corrections.redo();
        assertSameAsRead(undone.refreshed(), space);
        // the log no longer reaching back: the snapshot cannot say, and is read again
        store.db().inTransaction(x -> {
            try (var st = x.createStatement()) {
                st.execute("DELETE FROM centre_log");
            }
            return null;
        });
        corrections.merge(List.of(c, archives.get(3)), c);
        assertNull(undone.refreshed());
    }

    /** The snapshot compares the centres the case holds now, with the same results as one read afresh. */
    private void assertSameAsRead(ArchiveNeighbours refreshed, FeatureSpace space) {
        assertNotNull(refreshed);
        ArchiveNeighbours fresh = ArchiveNeighbours.forSearch(store, space);
        assertEquals(new java.util.TreeSet<>(fresh.exactIds()), new java.util.TreeSet<>(refreshed.exactIds()));
        assertEquals(fresh.exactIds().size(), refreshed.exactIds().size(), "no archive twice");
        List<ObjectRecord> probes = store.db().read(c -> Records.list(c, "WHERE space_id=? ORDER BY id LIMIT 40", List.of(space.id())));
        for (ObjectRecord r : probes) {
            float[] q = new StoredVectors(store).vectorOf(r);
            List<ArchiveNeighbours.Hit> e = fresh.near(q, 0.3, 50), x = refreshed.near(q, 0.3, 50);
            assertEquals(e.stream().map(ArchiveNeighbours.Hit::archiveId).toList(), x.stream().map(ArchiveNeighbours.Hit::archiveId).toList(), r.id());
            for (int i = 0; i < e.size(); i++) assertEquals(e.get(i).similarity(), x.get(i).similarity(), 1e-6);
        }
    }

    private static java.util.Set<String> ids(List<ArchiveNeighbours.Hit> hits) {
        return hits.stream().map(ArchiveNeighbours.Hit::archiveId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void manyQueriesAtOnceAnswerAsOneAtATime() {
        FeatureSpace space = faces();
        ArchiveNeighbours exact = ArchiveNeighbours.of(store, space, Integer.MAX_VALUE);
        List<float[]> queries = store.db().read(c -> Records.list(c, "WHERE space_id=? ORDER BY id LIMIT 101", List.of(space.id())))
                .stream().map(r -> new StoredVectors(store).vectorOf(r)).toList();
        List<List<ArchiveNeighbours.Hit>> all = exact.nearAll(queries, 0.3, 6, ProgressListener.NONE, CancellationToken.none());
        assertEquals(queries.size(), all.size());
        int hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<ArchiveNeighbours.Hit> one = exact.near(queries.get(i), 0.3, 6);
            assertEquals(one.stream().map(ArchiveNeighbours.Hit::archiveId).toList(), all.get(i).stream().map(ArchiveNeighbours.Hit::archiveId).toList(), "query " + i);
            for (int r = 0; r < one.size(); r++) assertEquals(one.get(r).similarity(), all.get(i).get(r).similarity(), 1e-5);
            hits += one.size();
        }
        assertTrue(hits > queries.size(), "queries find their archives and some neighbours: " + hits);
    }

    @Test
    void smallBatchesFoldedOneAfterAnotherAreIndexedOnceTheyAddUpToWhatOneClusteringWouldIndex() {
        FeatureSpace space = faces();
        ClusterOptions small = ClusterOptions.defaults().withExactBelow(400);
        long coveredAtFirst = store.vectors().index(space).covered();
        int segmentsAtFirst = store.vectors().index(space).segmentCount();
        boolean grew = false;
        for (int b = 0; b < 5; b++) {
            GeneratedBatch later = new SyntheticBatchGenerator(FIRST.withRecords(300).withFirstDay(3 + b)).write(tmp.resolve("small" + b));
            new BatchImporter(store).importBatch(later.captures(), ProgressListener.NONE, CancellationToken.none());
            ArchivingSummary s = new Archiving(store).clusterUnarchived(small, ProgressListener.NONE, CancellationToken.none());
            assertTrue(s.archivesUpdated() > 0, "batch " + b + " folds into archives: " + s);
            long uncovered = store.vectors().file(space).count() - store.vectors().index(space).covered();
            assertTrue(uncovered < 400, "after batch " + b + " the index leaves out fewer than a clustering would index: " + uncovered);
            grew |= store.vectors().index(space).covered() > coveredAtFirst;
        }
        assertTrue(grew, "the small batches were indexed once they added up");
        assertTrue(store.vectors().index(space).segmentCount() > segmentsAtFirst);
        assertEquals(0, store.db().read(c -> Records.list(c, "WHERE space_id=? AND archive_id IS NULL", List.of(space.id()))).size(), "every face archived");
    }

    @Test
    void aLaterBatchOfTheSamePeopleFoldsIntoTheirArchives() throws Exception {
        long archivesBefore = store.db().read(Archives::count);
        GeneratedBatch later = new SyntheticBatchGenerator(FIRST.withRecords(500).withFirstDay(3)).write(tmp.resolve("later"));
        var report = new BatchImporter(store).importBatch(later.captures(), ProgressListener.NONE, CancellationToken.none());
        assertEquals(0, report.totalDuplicates(), "a later batch has new IDs");
        ArchivingSummary s = new Archiving(store).clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());

        assertTrue(s.archivesUpdated() > s.archivesCreated(), "most new captures join existing archives: " + s);
        assertEquals(archivesBefore + s.archivesCreated(), store.db().read(Archives::count));
        Map<String, String> truth = new HashMap<>(TruthFile.read(first.truth()));
        truth.putAll(TruthFile.read(later.truth()));
        Map<String, String> predicted = new HashMap<>();
        store.db().read(c -> {
            Records.forEach(c, "WHERE object_type='FACE'", List.of(), r -> predicted.put(r.id(), r.archiveId()));
            return null;
        });
        truth.keySet().retainAll(predicted.keySet());
        QualityReport q = QualityMetrics.compute(truth, predicted);
        assertTrue(q.bcubedF() > 0.9, "faces after folding in: " + q.toJson());

        // the later records are not in the index yet: the indexed mode still finds their archives, by the exact pass over them
        FeatureSpace space = faces();
        ArchiveNeighbours indexed = ArchiveNeighbours.of(store, space, 0);
        assertTrue(store.vectors().index(space).covered() < store.vectors().file(space).count());
        var onlyNew = store.db().read(c -> Records.list(c, "WHERE space_id=? AND archive_id IN (SELECT id FROM archives WHERE create_time = update_time) "
                + "AND ordinal >= ? ORDER BY id", List.of(space.id(), store.vectors().index(space).covered())));
        int found = 0;
        for (var r : onlyNew) {
            List<ArchiveNeighbours.Hit> hits = indexed.near(new StoredVectors(store).vectorOf(r), -1, 1);
            if (!hits.isEmpty() && hits.get(0).archiveId().equals(r.archiveId())) found++;
        }
        assertFalse(onlyNew.isEmpty());
        assertTrue(found >= onlyNew.size() * 0.9, found + " of " + onlyNew.size() + " records of new archives find their archive");

        // many queries at once (index searches in parallel, the tail in one blocked pass) answer as one at a time
        List<float[]> queries = onlyNew.stream().limit(60).map(r -> new StoredVectors(store).vectorOf(r)).toList();
        List<List<ArchiveNeighbours.Hit>> all = indexed.nearAll(queries, 0.2, 3, org.judang.engine.task.ProgressListener.NONE,
                org.judang.engine.task.CancellationToken.none());
        for (int i = 0; i < queries.size(); i++) {
            List<ArchiveNeighbours.Hit> one = indexed.near(queries.get(i), 0.2, 3);
            assertEquals(one.stream().map(ArchiveNeighbours.Hit::archiveId).toList(), all.get(i).stream().map(ArchiveNeighbours.Hit::archiveId).toList(), "query " + i);
        }
    }
}
