package org.judang.engine.task;

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
            assertEquals(TaskState.CANCELLED, tasks.await(queued.id(), 10, TimeUnit.SECONDS).state());

            TaskInfo bad = tasks.submit(TaskKind.IMPORT, "Bad", "{}", (p, c) -> {
                throw new IllegalArgumentException("the batch folder is empty");
            });
            TaskInfo end = tasks.await(bad.id(), 10, TimeUnit.SECONDS);
            assertEquals(TaskState.FAILED, end.state());
            assertEquals("the batch folder is empty", end.message());
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
}
