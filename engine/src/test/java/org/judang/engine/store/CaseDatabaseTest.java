package org.judang.engine.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The writer connection and the read-only snapshots beside it. */
class CaseDatabaseTest {
    private static final long WAIT_SECONDS = 20;

    @TempDir Path tmp;
    private CaseDatabase db;
    private ExecutorService threads;

    @BeforeEach
    void open() {
        db = CaseDatabase.open(CaseFolder.createAt(tmp.resolve("case")).database());
        put("before");
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    @Test
    void aSnapshotRunsWhileAWriteIsOpenSeesOnlyWhatWasCommittedThenSeesTheCommit() throws Exception {
        CountDownLatch written = new CountDownLatch(1), read = new CountDownLatch(1);
        Future<?> writer = threads.submit(() -> db.inTransaction(c -> {
            CaseInfo.put(c, CaseInfo.NAME, "after");
            written.countDown();
            await(read);
            return null;
        }));
        await(written);

        assertEquals("before", name(db::snapshot));
        read.countDown();
        writer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals("after", name(db::snapshot));
    }

    @Test
    void aSnapshotSeesOneMomentEvenWhenACommitComesBetweenItsReads() throws Exception {
        List<String> seen = db.snapshot(c -> {
            List<String> out = new ArrayList<>();
            out.add(CaseInfo.get(c, CaseInfo.NAME).orElseThrow());
            // a commit by another thread between the two reads
            done(CompletableFuture.runAsync(() -> put("after"), threads));
            out.add(CaseInfo.get(c, CaseInfo.NAME).orElseThrow());
            return out;
        });

        assertEquals(List.of("before", "before"), seen);
        assertEquals("after", name(db::snapshot));
    }

    @Test
    void aSnapshotInsideATransactionSeesWhatTheTransactionChanged() {
        String seen = db.inTransaction(c -> {
            CaseInfo.put(c, CaseInfo.NAME, "inside");
            return name(db::snapshot);
        });

        assertEquals("inside", seen);
    }

    @Test
    void aSnapshotCannotWrite() {
        StoreException e = assertThrows(StoreException.class, () -> db.snapshot(c -> {
            CaseInfo.put(c, CaseInfo.NAME, "sneaked");
            return null;
        }));

        assertTrue(e.getMessage().toLowerCase().contains("readonly"), e.getMessage());
        assertEquals("before", name(db::snapshot));
        assertEquals("before", name(db::read));
    }

    @Test
    void asManySnapshotsAsThereAreReadersRunAtOnceAndMoreWaitTheirTurn() throws Exception {
        // every reader waits inside its snapshot for all the others: only readers running at the same time get past
        CyclicBarrier together = new CyclicBarrier(CaseDatabase.READERS);
        List<Future<String>> readers = new ArrayList<>();
        for (int i = 0; i < CaseDatabase.READERS; i++) {
            readers.add(threads.submit(() -> db.snapshot(c -> {
                await(together);
                return CaseInfo.get(c, CaseInfo.NAME).orElseThrow();
            })));
        }
        List<Future<String>> more = new ArrayList<>();
        for (int i = 0; i < 2 * CaseDatabase.READERS; i++) more.add(threads.submit(() -> name(db::snapshot)));

        for (Future<String> f : readers) assertEquals("before", f.get(WAIT_SECONDS, TimeUnit.SECONDS));
        for (Future<String> f : more) assertEquals("before", f.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aTemporaryTableOfTheWriterIsNotInASnapshot() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE scratch (a)");
            }
            return null;
        });

        assertThrows(StoreException.class, () -> db.snapshot(c -> {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM temp.scratch").close();
            }
            return null;
        }));
        assertEquals("before", name(db::snapshot)); // the reader that failed is still usable, or was replaced
    }

    @Test
    void aSnapshotAfterTheCaseIsClosedFailsInsteadOfWaiting() {
        assertEquals("before", name(db::snapshot));
        db.close();

        StoreException e = assertThrows(StoreException.class, () -> name(db::snapshot));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    private interface Reading {
        Optional<String> run(CaseDatabase.Work<Optional<String>> work);
    }

    private static String name(Reading how) {
        return how.run(c -> CaseInfo.get(c, CaseInfo.NAME)).orElseThrow();
    }

    @Test
    void aClosedCaseIsWhollyInItsDatabaseFileEvenAfterCommitsThatOutranTheCheckpoints() throws Exception {
        // commits faster than checkpoints are spaced: the last ones are still only in the log when the case closes
        for (int i = 0; i < 50; i++) put("name " + i);
        db.close();
        Path alone = tmp.resolve("copy.db");
        java.nio.file.Files.copy(tmp.resolve("case").resolve("case.db"), alone); // without its -wal, as a careless copy would
        db = CaseDatabase.open(alone);
        assertEquals("name 49", db.read(c -> CaseInfo.get(c, CaseInfo.NAME)).orElseThrow());
    }

    @Test
    void aKeptAnswerIsReusedUntilACommitOfThisProgram() {
        int[] computed = {0};
        CaseDatabase.Work<String> work = c -> {
            computed[0]++;
            return CaseInfo.get(c, CaseInfo.NAME).orElseThrow();
        };
        assertEquals("before", db.cachedSnapshot("name", List.of(), work));
        assertEquals("before", db.cachedSnapshot("name", List.of(), work));
        assertEquals(1, computed[0], "the second read was answered from the cache");
        assertEquals("before", db.cachedSnapshot("name", List.of("other"), work));
        assertEquals(2, computed[0], "other parameters are another answer");

        put("after");
        assertEquals("after", db.cachedSnapshot("name", List.of(), work));
        assertEquals(3, computed[0]);
    }

    @Test
    void aKeptAnswerIsDroppedWhenAnotherProgramCommits() throws Exception {
        CaseDatabase.Work<String> work = c -> CaseInfo.get(c, CaseInfo.NAME).orElseThrow();
        assertEquals("before", db.cachedSnapshot("name", List.of(), work));
        // another process's connection to the same file, as the command line beside the open window would have
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("case").resolve("case.db").toAbsolutePath());
             Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            s.executeUpdate("UPDATE case_info SET value='elsewhere' WHERE key='" + CaseInfo.NAME + "'");
        }
        assertEquals("elsewhere", db.cachedSnapshot("name", List.of(), work));
    }

    @Test
    void threadsAskingForTheSameAnswerAtOnceComputeItOnce() throws Exception {
        java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> db.cached("slow", List.of(), a -> 1, () -> {
            computed.incrementAndGet();
            started.countDown();
            await(release);
            return "answer";
        }));
        await(started);
        java.util.concurrent.atomic.AtomicReference<Thread> asker = new java.util.concurrent.atomic.AtomicReference<>();
        Future<String> second = threads.submit(() -> {
            asker.set(Thread.currentThread());
            return db.cached("slow", List.of(), a -> 1, () -> {
                computed.incrementAndGet();
                return "computed again";
            });
        });
        awaitWaiting(asker); // for the first one's answer
        release.countDown();
        assertEquals("answer", first.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("answer", second.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, computed.get());
    }

    @Test
    void whenTheThreadComputingAnAnswerFailsOneWaitingForItTriesItself() throws Exception {
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> db.cached("flaky", List.of(), a -> 1, () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("the first try failed");
        }));
        await(started);
        java.util.concurrent.atomic.AtomicReference<Thread> asker = new java.util.concurrent.atomic.AtomicReference<>();
        Future<String> second = threads.submit(() -> {
            asker.set(Thread.currentThread());
            return db.cached("flaky", List.of(), a -> 1, () -> "second try");
        });
        awaitWaiting(asker);
        release.countDown();
        assertThrows(java.util.concurrent.ExecutionException.class, () -> first.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("second try", second.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void keptAnswersAreLimitedByTheirWeightTheLeastRecentlyUsedGoingFirst() {
        int tenth = (int) (ReadCache.CAPACITY / 10);
        int[] computed = new int[12];
        for (int i = 0; i < 10; i++) {
            int n = i;
            db.cached("heavy", List.of(i), a -> tenth, () -> ++computed[n]);
        }
        db.cached("heavy", List.of(0), a -> tenth, () -> ++computed[0]);
        assertEquals(1, computed[0], "ten tenths fit");
        db.cached("heavy", List.of(10), a -> tenth, () -> ++computed[10]);
        db.cached("heavy", List.of(1), a -> tenth, () -> ++computed[1]);
        assertEquals(2, computed[1], "the eleventh pushed out the least recently used");
        db.cached("heavy", List.of(0), a -> tenth, () -> ++computed[0]);
        assertEquals(1, computed[0], "the one used lately stayed");

        db.cached("too heavy", List.of(), a -> tenth + 1, () -> ++computed[11]);
        db.cached("too heavy", List.of(), a -> tenth + 1, () -> ++computed[11]);
        assertEquals(2, computed[11], "an answer heavier than a tenth of the whole is not kept");
    }

    @Test
    void aReadInsideATransactionIsNeitherKeptNorAnsweredFromWhatWasKept() {
        CaseDatabase.Work<String> work = c -> CaseInfo.get(c, CaseInfo.NAME).orElseThrow();
        assertEquals("before", db.cachedSnapshot("name", List.of(), work));
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            CaseInfo.put(c, CaseInfo.NAME, "rolled back");
            assertEquals("rolled back", db.cachedSnapshot("name", List.of(), work));
            throw new IllegalStateException("roll back");
        }));
        assertEquals("before", db.cachedSnapshot("name", List.of(), work));
    }

    private void put(String name) {
        db.inTransaction(c -> {
            CaseInfo.put(c, CaseInfo.NAME, name);
            return null;
        });
    }

    /** Until the thread (once it is there) waits: here, for another thread's answer. */
    private static void awaitWaiting(java.util.concurrent.atomic.AtomicReference<Thread> thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) throw new AssertionError("the other thread did not wait");
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) throw new AssertionError("timed out waiting for the other thread");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void done(Future<?> f) {
        try {
            f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other thread did not finish", e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the readers did not run at the same time", e);
        }
    }
}
