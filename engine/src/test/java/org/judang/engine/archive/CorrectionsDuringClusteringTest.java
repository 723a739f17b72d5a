package org.judang.engine.archive;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.BatchImporter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/** A person corrects archives while a clustering task runs: nothing they do is lost, nothing deadlocks. */
class CorrectionsDuringClusteringTest {
    static final GeneratorSettings FIRST = GeneratorSettings.defaults().withIdentities(120).withVehicles(20).withRecords(1200)
            .withDimension(64).withImages(false).withGalleryPersons(0).withEncoding(FeatureEncoding.NPY_SIDECAR);

    @TempDir Path tmp;
    CaseStore store;
    Corrections corrections;

    @BeforeEach
    void firstBatchArchivedSecondImported() {
        store = CaseStore.create(tmp.resolve("case"), "t");
        corrections = new Corrections(store, "tester");
        importBatch(FIRST, "first");
        new Archiving(store).clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        importBatch(FIRST.withRecords(400).withFirstDay(3), "later");
    }

    @AfterEach
    void close() {
        store.close();
    }

    void importBatch(GeneratorSettings s, String name) {
        new BatchImporter(store).importBatch(new SyntheticBatchGenerator(s).write(tmp.resolve(name)).captures(), ProgressListener.NONE,
                CancellationToken.none());
    }

    List<Archive> persons() {
        return store.db().read(c -> Archives.list(c, "WHERE kind='PERSON' ORDER BY record_count DESC, id LIMIT 10", List.of()));
    }

    @Test
    void aRecordAPersonPlacesWhileTheRunComputesStaysWhereTheyPutIt() {
        ObjectRecord fresh = store.db().read(c -> Records.list(c, "WHERE archive_id IS NULL AND object_type='FACE' ORDER BY id LIMIT 1", List.of())).get(0);
        Archive target = persons().get(5);
        Archiving run = new Archiving(store);
        // the correction lands after the run has read and grouped the records, before it writes
        run.beforeWrite = () -> CompletableFuture.runAsync(() -> corrections.move(List.of(fresh.id()), target.id())).join();
        run.clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());

        ObjectRecord after = store.db().read(c -> Records.byId(c, fresh.id())).orElseThrow();
        assertEquals(target.id(), after.archiveId());
        assertTrue(after.locked());
        assertEquals(0, store.db().read(c -> Records.list(c, "WHERE archive_id IS NULL", List.of())).size(), "every other record is archived");
    }

    @Test
    void correctionsAndUndoRunAllThroughABackgroundRun() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<ArchivingSummary> run = CompletableFuture.supplyAsync(() -> {
            try {
                return new Archiving(store).clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            } finally {
                done.set(true);
            }
        });
        int corrected = 0;
        do {
            List<Archive> p = persons();
            corrections.merge(List.of(p.get(2).id(), p.get(3).id()), p.get(2).id());
            corrections.undo().orElseThrow();
            corrections.confirm(p.get(4).id());
            corrections.undo().orElseThrow();
            corrected++;
        } while (!done.get() || corrected < 3);
        run.get(60, TimeUnit.SECONDS);

        // consistent: every record archived once, each archive's count is its members
        assertEquals(0, store.db().read(c -> Records.list(c, "WHERE archive_id IS NULL", List.of())).size());
        for (Archive a : store.db().read(c -> Archives.list(c, "ORDER BY id", List.of()))) {
            assertEquals(a.recordCount(), store.db().read(c -> Archives.memberIds(c, a.id())).size(), a.id());
        }
    }
}
