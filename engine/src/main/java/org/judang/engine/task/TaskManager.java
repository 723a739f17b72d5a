package org.judang.engine.task;

import org.judang.engine.model.PhrasedException;
import org.judang.engine.model.CaseTime;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a case's long jobs one at a time on a background thread (they all write to the one case), records each in the
 * case's task list with its progress and outcome, and lets the person cancel them. Tasks a dead process left running
 * are marked {@link TaskState#INTERRUPTED} when the case opens, so they can be run again.
 */
public final class TaskManager implements AutoCloseable {
    private static final long PERSIST_EVERY_NANOS = 1_000_000_000L;
    private static final long NOTIFY_EVERY_NANOS = 100_000_000L;

    private final CaseStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "judang-task");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CancellationToken> tokens = new ConcurrentHashMap<>();
    private final Map<Long, TaskInfo> live = new ConcurrentHashMap<>();
    private final List<Consumer<TaskInfo>> listeners = new CopyOnWriteArrayList<>();

    public TaskManager(CaseStore store) {
        this.store = store;
        store.db().inTransaction(c -> Tasks.markInterrupted(c, CaseTime.now()));
    }

    /** Called (on the task thread) whenever a task changes, at most ten times a second while it runs. */
    public void addListener(Consumer<TaskInfo> listener) { listeners.add(listener); }

    public void removeListener(Consumer<TaskInfo> listener) { listeners.remove(listener); }

    /** Queues a job; it starts when the tasks before it have finished. Name and result are plain English text. */
    public TaskInfo submit(TaskKind kind, String name, String params, Job job) {
        return submit(kind, TaskText.plain(name), params, (progress, cancel) -> TaskText.plain(job.run(progress, cancel)));
    }

    /** Queues a job whose name and result are phrases a user interface can translate. */
    public TaskInfo submit(TaskKind kind, TaskText name, String params, PhrasedJob job) {
        long now = CaseTime.now();
        long id = store.db().inTransaction(c -> Tasks.insert(c, kind.name(), StoredTaskText.write(name), params, TaskState.WAITING.name(), now));
        CancellationToken token = new CancellationToken();
        tokens.put(id, token);
        TaskInfo waiting = new TaskInfo(id, kind, name, params, TaskState.WAITING, 0, null, null, now, now, -1);
        live.put(id, waiting);
        announce(waiting);
        worker.submit(() -> execute(waiting, job, token));
        return waiting;
    }

    /** Asks a task to stop; a waiting one never starts. Jobs leave the case as it was before them. */
    public void cancel(long id) {
        CancellationToken t = tokens.get(id);
        if (t != null) t.cancel();
    }

    public Optional<TaskInfo> get(long id) {
        TaskInfo l = live.get(id);
        if (l != null) return Optional.of(l);
        return store.db().snapshot(c -> Tasks.byId(c, id)).map(TaskManager::info);
    }

    /** The newest tasks first, live ones with their current progress. */
    public List<TaskInfo> recent(int limit) {
        return store.db().snapshot(c -> Tasks.recent(c, limit)).stream().map(r -> live.getOrDefault(r.id(), info(r))).toList();
    }

    /** Waits for a task to finish (for the command line and tests) and returns how it ended. */
    public TaskInfo await(long id, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Object lock = new Object();
        Consumer<TaskInfo> wake = t -> {
            if (t.id() == id && t.state().finished()) synchronized (lock) { lock.notifyAll(); }
        };
        addListener(wake);
        try {
            while (true) {
                TaskInfo t = get(id).orElseThrow();
                if (t.state().finished()) return t;
                long left = deadline - System.nanoTime();
                if (left <= 0) return t;
                synchronized (lock) {
                    lock.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                }
            }
        } finally {
            removeListener(wake);
        }
    }

    private void execute(TaskInfo waiting, PhrasedJob job, CancellationToken token) {
        long id = waiting.id();
        if (token.isCancelled()) {
            finish(waiting, TaskState.CANCELLED, TaskPhrase.CANCELLED_BEFORE_START.with());
            return;
        }
        Tracker tracker = new Tracker(waiting);
        tracker.publish(TaskState.RUNNING, true);
        try {
            TaskText result = job.run(tracker, token);
            token.throwIfCancelled();
            finish(tracker.current, TaskState.SUCCEEDED, result);
        } catch (CancelledException e) {
            finish(tracker.current, TaskState.CANCELLED, TaskPhrase.CANCELLED_ROLLED_BACK.with());
        } catch (Exception | Error e) {
            finish(tracker.current, TaskState.FAILED, failure(e));
        } finally {
            tokens.remove(id);
        }
    }

    /** Why a task failed: the common failures as their phrase, so that the task list words them in its language. */
    private static TaskText failure(Throwable e) {
        if (e instanceof PhrasedException p && p.phrase() != null) return new TaskText(p.phrase(), p.phraseArgs(), p.getMessage());
        return TaskText.plain(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void finish(TaskInfo t, TaskState state, TaskText message) {
        long now = CaseTime.now();
        double progress = state == TaskState.SUCCEEDED ? 1 : t.progress();
        TaskInfo done = new TaskInfo(t.id(), t.kind(), t.nameText(), t.params(), state, progress, t.stageText(), message, t.created(), now, -1);
        store.db().inTransaction(c -> {
            Tasks.update(c, t.id(), state.name(), progress, StoredTaskText.write(t.stageText()), StoredTaskText.write(message), now);
            return null;
        });
        live.remove(t.id());
        announce(done);
    }

    private void announce(TaskInfo t) {
        for (Consumer<TaskInfo> l : listeners) {
            try {
                l.accept(t);
            } catch (RuntimeException e) {
                // a failing listener (a closed window) must not stop the task
            }
        }
    }

    private static TaskInfo info(Tasks.Row r) {
        return new TaskInfo(r.id(), TaskKind.valueOf(r.kind()), StoredTaskText.read(r.name()), r.params(), TaskState.valueOf(r.state()), r.progress(),
                StoredTaskText.read(r.stage()), StoredTaskText.read(r.message()), r.created(), r.updated(), -1);
    }

    /** Turns a job's progress reports into task updates: in memory at once, to listeners and the database now and then. */
    private final class Tracker implements ProgressListener {
        private volatile TaskInfo current;
        private long total, done, stageStart, lastPersist, lastNotify;

        Tracker(TaskInfo t) {
            this.current = t;
        }

        @Override
        public void stage(String name, long total) {
            stage(TaskText.plain(name), total);
        }

        @Override
        public synchronized void stage(TaskText name, long total) {
            this.total = total;
            this.done = 0;
            this.stageStart = System.nanoTime();
            current = with(name, 0, -1);
            publish(TaskState.RUNNING, true);
        }

        @Override
        public synchronized void advance(long n) {
            done += n;
            double p = total > 0 ? Math.min(1, (double) done / total) : 0;
            double elapsed = (System.nanoTime() - stageStart) / 1e9;
            double left = p > 0.02 ? elapsed * (1 - p) / p : -1;
            current = with(current.stageText(), p, left);
            publish(TaskState.RUNNING, false);
        }

        @Override
        public void message(String text) {
            current = new TaskInfo(current.id(), current.kind(), current.nameText(), current.params(), current.state(), current.progress(),
                    current.stageText(), TaskText.plain(text), current.created(), current.updated(), current.secondsLeft());
        }

        private TaskInfo with(TaskText stage, double progress, double left) {
            return new TaskInfo(current.id(), current.kind(), current.nameText(), current.params(), TaskState.RUNNING, progress, stage,
                    current.messageText(), current.created(), CaseTime.now(), left);
        }

        void publish(TaskState state, boolean force) {
            long now = System.nanoTime();
            if (state != current.state()) {
                current = new TaskInfo(current.id(), current.kind(), current.nameText(), current.params(), state, current.progress(),
                        current.stageText(), current.messageText(), current.created(), CaseTime.now(), current.secondsLeft());
            }
            live.put(current.id(), current);
            if (force || now - lastNotify > NOTIFY_EVERY_NANOS) {
                lastNotify = now;
                announce(current);
            }
            if (force || now - lastPersist > PERSIST_EVERY_NANOS) {
                lastPersist = now;
                TaskInfo t = current;
                store.db().inTransaction(c -> {
                    Tasks.update(c, t.id(), t.state().name(), t.progress(), StoredTaskText.write(t.stageText()), StoredTaskText.write(t.messageText()),
                            CaseTime.now());
                    return null;
                });
            }
        }
    }

    @Override
    public void close() {
        tokens.values().forEach(CancellationToken::cancel);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
