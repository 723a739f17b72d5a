package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Batches;
import org.judang.engine.store.Cameras;
import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

/** Importing a batch again changes nothing; cancelling an import leaves the case as it was. */
class ReimportAndCancelTest extends ImportTestCase {

    /** Faces (JSON and JSONL), persons with a sidecar, vehicles, cameras: most of what a batch can hold. */
    private TestBatch richBatch(String name, int faces) {
        ObjectNode[] f = new ObjectNode[faces];
        for (int i = 0; i < faces; i++) f[i] = face(i + 1);
        ObjectNode p1 = object(ObjectType.PERSON, 1), p2 = object(ObjectType.PERSON, 2);
        crop(p1).remove("FeatureInfoObject");
        crop(p2).remove("FeatureInfoObject");
        return batch(name)
                .json("faces.json", ObjectType.FACE, f)
                .jsonl("more/faces.jsonl", ObjectType.FACE, face(faces + 1), face(faces + 2))
                .json("persons.json", ObjectType.PERSON, p1, p2)
                .npy("features/person.npy", 2, vector(201, 12), vector(202, 12))
                .ids("features/person.ids", id(ObjectType.PERSON, 1), id(ObjectType.PERSON, 2))
                .manifest(manifestWithFeatures(ObjectType.PERSON, "features/person.npy", "features/person.ids"))
                .json("cars.json", ObjectType.MOTOR_VEHICLE, object(ObjectType.MOTOR_VEHICLE, 1))
                .cameras("cameras.json", camera(1), camera(2));
    }

    @Test
    void importingTheSameBatchTwiceChangesNothingTheSecondTime() {
        TestBatch b = richBatch("batch", 5);
        ImportReport first = importBatch(b);
        assertNoIssues(first);
        assertEquals(10, first.totalImported());
        CaseSnapshot after1 = CaseSnapshot.of(store);

        ImportReport second = importBatch(b);

        assertEquals(after1, CaseSnapshot.of(store));
        assertEquals(0, second.totalImported());
        assertEquals(10, second.totalDuplicates());
        assertEquals(7, second.counts(ObjectType.FACE).duplicates());
        assertEquals(new ImportReport.CameraCounts(0, 0, 2, 0), second.cameras());
        assertNull(second.batchSeq(), "no batch row for a batch seen before that brought nothing new");
        assertEquals(1, store.db().read(Batches::all).size());
    }

    @Test
    void aZipOfTheSameFilesIsTheSameBatch() {
        TestBatch b = richBatch("batch", 3);
        importBatch(b);
        CaseSnapshot after1 = CaseSnapshot.of(store);

        ImportReport again = importBatch(b.zip(tmp.resolve("batch.zip"), ""));

        assertEquals(after1, CaseSnapshot.of(store));
        assertEquals(8, again.totalDuplicates());
    }

    @Test
    void knownRecordsInANewBatchAreDuplicatesButTheBatchIsRecorded() {
        importBatch(batch("b1").json("faces.json", ObjectType.FACE, face(1), face(2)));

        ImportReport report = importBatch(batch("b2").json("other-name.json", ObjectType.FACE, face(1), face(2)));

        assertEquals(2, report.totalDuplicates());
        assertNotNull(report.batchSeq(), "a batch not seen before keeps its report, even when it brought nothing new");
        assertEquals(2, store.db().read(Batches::all).size());
        assertEquals(2, recordCount());
    }

    @Test
    void aNewBatchCompletesTheRecordsAnEarlierOneLacked() {
        importBatch(batch("b1").json("faces.json", ObjectType.FACE, face(1)));

        ImportReport report = importBatch(batch("b2").json("faces.json", ObjectType.FACE, face(1), face(2)));

        assertEquals(new ImportReport.TypeCounts(1, 1, 0, 0), report.counts(ObjectType.FACE));
        assertEquals(2, store.spaces().get(0).vectorCount());
    }

    /** Cancels the import as soon as its first transaction committed. */
    private static ProgressListener cancelAfterFirstCommit(CancellationToken token) {
        return new ProgressListener() {
            @Override public void stage(String name, long total) {}
            @Override public void advance(long done) {}
            @Override public void message(String text) {
                if (text.startsWith("Stored")) token.cancel();
            }
        };
    }

    @Test
    void cancellingLeavesTheCaseAsItWasBefore() {
        importBatch(batch("earlier").json("faces.json", ObjectType.FACE, face(1), face(2)).cameras("cameras.json", camera(1)));
        CaseSnapshot before = CaseSnapshot.of(store);
        TestBatch b = richBatch("batch", 30).cameras("cameras.json", camera(1).put("Name", "Renamed"), camera(2));
        CancellationToken token = new CancellationToken();
        BatchImporter importer = new BatchImporter(store, IngestLimits.DEFAULT.withRecordsPerTransaction(10));

        assertThrows(CancelledException.class, () -> importer.importBatch(b.root(), cancelAfterFirstCommit(token), token));

        assertEquals(before, CaseSnapshot.of(store));
        assertEquals("Camera 1", store.db().read(Cameras::all).get(0).name(), "a changed camera is restored");
    }

    @Test
    void aCancelledBatchCanBeImportedAfterwards() {
        TestBatch b = richBatch("batch", 30);
        CancellationToken token = new CancellationToken();
        BatchImporter small = new BatchImporter(store, IngestLimits.DEFAULT.withRecordsPerTransaction(10));
        assertThrows(CancelledException.class, () -> small.importBatch(b.root(), cancelAfterFirstCommit(token), token));
        assertEquals(0, recordCount());
        assertTrue(store.spaces().isEmpty(), "spaces the cancelled import created are gone");

        ImportReport report = importBatch(b);

        assertNoIssues(report);
        assertEquals(35, report.totalImported());
        assertEquals(32, store.spaces().stream().filter(s -> s.type() == ObjectType.FACE).findFirst().orElseThrow().vectorCount());
    }

    @Test
    void aCaseReopenedAfterACancelIsConsistent() {
        importBatch(batch("earlier").json("faces.json", ObjectType.FACE, face(1)));
        TestBatch b = richBatch("batch", 30);
        CancellationToken token = new CancellationToken();
        BatchImporter small = new BatchImporter(store, IngestLimits.DEFAULT.withRecordsPerTransaction(10));
        assertThrows(CancelledException.class, () -> small.importBatch(b.root(), cancelAfterFirstCommit(token), token));
        CaseSnapshot afterCancel = CaseSnapshot.of(store);
        Path root = store.folder().root();
        store.close();

        store = CaseStore.open(root);

        assertEquals(afterCancel, CaseSnapshot.of(store));
        assertEquals(1, recordCount());
    }

    @Test
    void aCancelBeforeAnythingWasStoredThrowsAndStoresNothing() {
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertThrows(CancelledException.class,
                () -> new BatchImporter(store).importBatch(richBatch("batch", 3).root(), ProgressListener.NONE, token));

        assertEquals(0, recordCount());
        assertTrue(store.db().read(Batches::all).isEmpty());
    }
}
