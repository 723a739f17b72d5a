package org.judang.ui.shell;

import org.judang.engine.Workstation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A case opened while the JavaFX toolkit starts: the launcher begins it before the toolkit (the JVM, the toolkit
 * and the window take a second or more before the window could ask), and the window takes the session when it
 * opens that case. Opening the database and reading its schema then overlaps the toolkit's start-up.
 */
public final class EarlyOpen {
    private record Pending(Path folder, CompletableFuture<OpenedCase> session) {}

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();
    /** The closing of the last early session dropped (of another case). */
    private static final AtomicReference<CompletableFuture<Void>> DROPPED = new AtomicReference<>(CompletableFuture.completedFuture(null));

    private EarlyOpen() {}

    /** Starts opening the case in {@code folder} on a thread of its own (nothing when null or not a case). */
    public static void begin(Path folder) {
        if (folder == null || !Files.isRegularFile(folder.resolve("case.db"))) return;
        CompletableFuture<OpenedCase> session = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                session.complete(OpenedCase.of(Workstation.openCase(folder)));
            } catch (Throwable e) {
                session.completeExceptionally(e);
            }
        }, "judang-early-open");
        t.setDaemon(true);
        t.start();
        Pending was = PENDING.getAndSet(new Pending(key(folder), session));
        if (was != null) closeWhenOpen(was);
    }

    /**
     * How to get the session of {@code folder}: the one begun early, once, else null. An early session of another
     * case is closed when it has opened.
     */
    static Callable<OpenedCase> take(Path folder) {
        Pending p = PENDING.getAndSet(null);
        if (p == null) return null;
        if (!p.folder().equals(key(folder))) {
            closeWhenOpen(p);
            return null;
        }
        return () -> {
            try {
                return p.session().get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) throw cause;
                throw e;
            }
        };
    }

    /**
     * The session of {@code folder} begun early if it has already opened, once; else null (and what {@link #take}
     * would return is left for it).
     */
    static OpenedCase takeOpened(Path folder) {
        Pending p = PENDING.get();
        if (p == null || !p.folder().equals(key(folder)) || !p.session().isDone() || p.session().isCompletedExceptionally()) return null;
        if (!PENDING.compareAndSet(p, null)) return null;
        return p.session().join();
    }

    private static void closeWhenOpen(Pending p) {
        DROPPED.set(p.session().thenAccept(o -> o.session().close()).exceptionally(failed -> null));
    }

    /** Waits until the last early session that was dropped has closed (a case's folder is free to delete after it). */
    static void awaitDropped() throws InterruptedException, ExecutionException {
        DROPPED.get().get();
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
