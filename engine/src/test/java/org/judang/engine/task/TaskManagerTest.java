package org.judang.engine.task;

import org.judang.engine.ingest.BatchUnreadableException;
import org.judang.engine.model.FailurePhrase;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class TaskManagerTest {
    @TempDir Path tmp;

    @Test
    void aTaskReportsProgressAndItsResult() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"), "t"); TaskManager tasks = new TaskManager(store)) {
            List<TaskInfo> seen = new CopyOnWriteArrayList<>();
            tasks.addListener(seen::add);
            TaskInfo t = tasks.submit(TaskKind.EVALUATE, "Count", "{}", (p, c) -> {
                p.stage("Counting", 4);
                for (int i = 0; i < 4; i++) p.advance(1);
                return "counted 4";
            });
            TaskInfo end = tasks.await(t.id(), 10, TimeUnit.SECONDS);
            assertEquals(TaskState.SUCCEEDED, end.state());
            assertEquals("counted 4", end.message());
            assertEquals(1.0, end.progress());
            assertTrue(seen.stream().anyMatch(x -> x.state() == TaskState.RUNNING && "Counting".equals(x.stage())));
            assertEquals(TaskState.SUCCEEDED, tasks.recent(10).get(0).state(), "kept in the case's task list");
        }
    }

    @Test
    void cancelStopsARunningTaskAndAFailureIsReportedInWords() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"), "t"); TaskManager tasks = new TaskManager(store)) {
            CountDownLatch started = new CountDownLatch(1);
            TaskInfo t = tasks.submit(TaskKind.CLUSTER, "Long", "{}", (p, c) -> {
                started.countDown();
                while (true) c.throwIfCancelled();
            });
            TaskInfo queued = tasks.submit(TaskKind.EXPORT, "Queued", "{}", (p, c) -> "never");
            assertTrue(started.await(10, TimeUnit.SECONDS));
            tasks.cancel(queued.id());
            tasks.cancel(t.id());
            assertEquals(TaskState.CANCELLED, tasks.await(t.id(), 10, TimeUnit.SECONDS).state());
            TaskInfo neverStarted = tasks.await(queued.id(), 10, TimeUnit.SECONDS);
            assertEquals(TaskState.CANCELLED, neverStarted.state());
            assertEquals(TaskPhrase.CANCELLED_BEFORE_START, neverStarted.messageText().phrase());

            TaskInfo bad = tasks.submit(TaskKind.IMPORT, "Bad", "{}", (p, c) -> {
                throw new IllegalArgumentException("the batch folder is empty");
            });
            TaskInfo end = tasks.await(bad.id(), 10, TimeUnit.SECONDS);
            assertEquals(TaskState.FAILED, end.state());
            assertEquals("the batch folder is empty", end.message());
            assertNull(end.messageText().phrase(), "a failure's message has no phrase");
        }
    }

    @Test
    void aCommonFailureKeepsItsPhraseInTheTaskList() throws Exception {
        Path dir = tmp.resolve("c");
        Path missing = tmp.resolve("no-such-batch");
        try (CaseStore store = CaseStore.create(dir, "t"); TaskManager tasks = new TaskManager(store)) {
            TaskInfo bad = tasks.submit(TaskKind.IMPORT, "Missing", "{}", (p, c) -> {
                throw new BatchUnreadableException(FailurePhrase.BATCH_MISSING, missing);
            });
            TaskInfo end = tasks.await(bad.id(), 10, TimeUnit.SECONDS);
            assertEquals(TaskState.FAILED, end.state());
            assertEquals(missing + " does not exist. Give the folder or the .zip file of the batch.", end.message());
            assertEquals(FailurePhrase.BATCH_MISSING, end.messageText().phrase());
            assertEquals(List.of(missing.toString()), end.messageText().args());
        }
        try (CaseStore store = CaseStore.open(dir); TaskManager tasks = new TaskManager(store)) {
            TaskText kept = tasks.recent(1).get(0).messageText();
            assertEquals(FailurePhrase.BATCH_MISSING, kept.phrase(), "read back from the case as the same phrase");
            assertEquals(List.of(missing.toString()), kept.args());
            assertTrue(kept.text().startsWith(missing.toString()));
        }
    }

    @Test
    void aTaskLeftRunningByADeadProcessIsMarkedInterrupted() {
        Path dir = tmp.resolve("c");
        try (CaseStore store = CaseStore.create(dir, "t")) {
            store.db().inTransaction(c -> Tasks.insert(c, "IMPORT", "Import b", "{\"batch\":\"/x\"}", "RUNNING", 1));
        }
        try (CaseStore store = CaseStore.open(dir); TaskManager tasks = new TaskManager(store)) {
            TaskInfo t = tasks.recent(1).get(0);
            assertEquals(TaskState.INTERRUPTED, t.state());
            assertEquals("{\"batch\":\"/x\"}", t.params());
        }
    }

    @Test
    void phrasesOfNameStageAndOutcomeStayPhrasesWhenTheCaseIsOpenedAgain() throws Exception {
        Path dir = tmp.resolve("c");
        long id;
        try (CaseStore store = CaseStore.create(dir, "t"); TaskManager tasks = new TaskManager(store)) {
            List<TaskInfo> seen = new CopyOnWriteArrayList<>();
            tasks.addListener(seen::add);
            TaskInfo t = tasks.submit(TaskKind.IMPORT, TaskPhrase.IMPORT_BATCH.with("batch-07"), "{}", (p, c) -> {
                p.stage(TaskPhrase.READING_FILE.with("faces.jsonl"), 2);
                p.advance(2);
                return TaskPhrase.IMPORTED.with(1200, 3, 0);
            });
            id = t.id();
            TaskInfo end = tasks.await(id, 10, TimeUnit.SECONDS);
            assertEquals("Import batch-07", end.name());
            assertEquals("1200 imported, 3 duplicates, 0 rejected", end.message());
            assertEquals(new TaskText(TaskPhrase.IMPORTED, List.of("1200", "3", "0"), end.message()), end.messageText());
            TaskInfo running = seen.stream().filter(x -> x.stageText() != null).findFirst().orElseThrow();
            assertEquals(TaskPhrase.READING_FILE, running.stageText().phrase());
            assertEquals("Reading faces.jsonl", running.stage());
        }
        try (CaseStore store = CaseStore.open(dir); TaskManager tasks = new TaskManager(store)) {
            TaskInfo again = tasks.get(id).orElseThrow();
            assertEquals(TaskPhrase.IMPORT_BATCH.with("batch-07"), again.nameText());
            assertEquals(TaskPhrase.IMPORTED.with(1200, 3, 0), again.messageText());
            assertEquals(TaskPhrase.READING_FILE.with("faces.jsonl"), again.stageText());
        }
    }

    @Test
    void aTaskListOfAnOlderVersionReadsAsPlainText() {
        Path dir = tmp.resolve("c");
        try (CaseStore store = CaseStore.create(dir, "t")) {
            long id = store.db().inTransaction(c -> Tasks.insert(c, "IMPORT", "Import b", "{}", "RUNNING", 1));
            store.db().inTransaction(c -> {
                Tasks.update(c, id, "SUCCEEDED", 1, "{\"phrase\": not json", "{\"phrase\":\"FROM_A_NEWER_VERSION\",\"text\":\"Done later\"}", 2);
                return null;
            });
        }
        try (CaseStore store = CaseStore.open(dir); TaskManager tasks = new TaskManager(store)) {
            TaskInfo t = tasks.recent(1).get(0);
            assertEquals(TaskText.plain("Import b"), t.nameText());
            assertEquals(TaskText.plain("{\"phrase\": not json"), t.stageText());
            assertEquals(TaskText.plain("Done later"), t.messageText());
        }
    }
}
