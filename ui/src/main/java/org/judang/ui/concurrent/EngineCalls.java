package org.judang.ui.concurrent;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs calls into the engine off the JavaFX thread, one at a time (the case database serialises them anyway), and
 * delivers each result or failure on the JavaFX thread. Tests use {@link #direct()}, which runs both on the caller.
 */
public final class EngineCalls implements AutoCloseable {
    private final Executor background;
    private final Executor ui;
    private final ExecutorService owned;
    private final Consumer<Throwable> defaultErrors;
    /** Calls queued or running; read on the JavaFX thread (the screenshot tour waits for 0). */
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);

    private EngineCalls(Executor background, ExecutorService owned, Executor ui, Consumer<Throwable> defaultErrors) {
        this.background = background;
        this.owned = owned;
        this.ui = ui;
        this.defaultErrors = defaultErrors;
    }

    /** A background thread for engine calls; results on the JavaFX thread; unhandled failures to {@code errors}. */
    public static EngineCalls forFx(Consumer<Throwable> errors) {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "judang-engine-calls");
            t.setDaemon(true);
            return t;
        });
        return new EngineCalls(ex, ex, Platform::runLater, errors);
    }

    /** Everything on the calling thread, failures rethrown: for tests of view models without a window. */
    public static EngineCalls direct() {
        return new EngineCalls(Runnable::run, null, Runnable::run, e -> {
            if (e instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e);
        });
    }

    /** Calls {@code work} in the background, then {@code onResult} on the JavaFX thread; failures go to the default handler. */
    public <T> void call(Callable<T> work, Consumer<T> onResult) {
        call(work, onResult, defaultErrors);
    }

    public <T> void call(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        // counted at once on the JavaFX thread, so that "idle" is never seen between a call and its start
        if (owned == null || Platform.isFxApplicationThread()) pending.set(pending.get() + 1);
        else ui.execute(() -> pending.set(pending.get() + 1));
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                ui.execute(() -> {
                    pending.set(pending.get() - 1);
                    onError.accept(e);
                });
                return;
            }
            ui.execute(() -> {
                pending.set(pending.get() - 1);
                onResult.accept(result);
            });
        });
    }

    /** Hands a value computed elsewhere (an engine listener's thread) to the JavaFX thread. */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /**
     * Runs {@code last} (closing the case) after the calls already queued, on the engine thread, then stops the
     * thread; waits for it up to {@code seconds}.
     */
    public void closeAfter(Runnable last, long seconds) {
        if (owned == null) {
            last.run();
            return;
        }
        owned.execute(last);
        owned.shutdown();
        try {
            owned.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (owned != null) owned.shutdown();
    }
}
