package org.judang.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

import java.util.function.BooleanSupplier;

/**
 * One full garbage collection when a case just opened has settled: its first page, home, record of work and
 * suggestions loaded, nothing pending, and no input from the person for a moment.
 * <p>
 * Why: opening a case of a million records leaves 25 MB or so of live objects among the young ones (the pages,
 * reports, styles and code of the open). The first young collection after the open copies all of them, 30-60 ms
 * with two cores shared with the renderer, and it fell at a random moment, often in the first seconds of scrolling
 * the grid: the one stall over 50 ms left there. Collected here, at a moment when nothing on screen moves, they are
 * moved to the old generation once (a full collection of this heap takes 50-60 ms); the young collections while
 * scrolling then copy only what scrolling keeps, 3-8 ms each (measured with UiBench, see the README).
 * <p>
 * The collection runs on a thread of its own (a JVM told to run explicit collections concurrently would otherwise
 * hold the JavaFX thread until its marking ends). It runs at most once per opened case; a case that does not settle
 * within {@link #GIVE_UP_NANOS} (a long task started at once) is left to the collector's own pacing, as is a JVM
 * started with {@code -XX:+DisableExplicitGC}.
 */
final class SettledCollection {
    /** Pulses in a row with nothing pending before the collection runs. */
    static final int CALM_PULSES = 5;
    /** No mouse, key, scroll or touch input for this long before it. */
    static final long QUIET_INPUT_NANOS = 400_000_000L;
    /** After this long without settling, no collection. */
    static final long GIVE_UP_NANOS = 30_000_000_000L;

    private final Scene scene;
    private final BooleanSupplier settled;
    private final Runnable collect;
    private final EventHandler<InputEvent> inputSeen = e -> lastInput = System.nanoTime();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private long started;
    private long lastInput;
    private int calm;
    private boolean waiting;
    private boolean done;

    /**
     * @param settled whether the case has nothing pending (asked on the JavaFX thread at each pulse)
     * @param collect the collection ({@code System::gc} but in tests)
     */
    SettledCollection(Scene scene, BooleanSupplier settled, Runnable collect) {
        this.scene = scene;
        this.settled = settled;
        this.collect = collect;
    }

    /** Starts watching; on the JavaFX thread. */
    void start() {
        started = System.nanoTime();
        lastInput = started - QUIET_INPUT_NANOS;
        waiting = true;
        scene.addEventFilter(InputEvent.ANY, inputSeen);
        timer.start();
    }

    /** Stops watching (the case closed); a collection already running finishes. On the JavaFX thread. */
    void cancel() {
        if (waiting) stopWatching();
        done = true;
    }

    /** Whether the collection has run (or will not): the window counts as idle only then. */
    boolean done() {
        return done;
    }

    private void pulse(long now) {
        if (now - started > GIVE_UP_NANOS) {
            cancel();
            return;
        }
        calm = settled.getAsBoolean() && now - lastInput >= QUIET_INPUT_NANOS ? calm + 1 : 0;
        if (calm < CALM_PULSES) return;
        stopWatching();
        Thread t = new Thread(() -> {
            try {
                collect.run();
            } finally {
                Platform.runLater(() -> done = true);
            }
        }, "judang-settled-collection");
        t.setDaemon(true);
        t.start();
    }

    private void stopWatching() {
        waiting = false;
        timer.stop();
        scene.removeEventFilter(InputEvent.ANY, inputSeen);
    }
}
