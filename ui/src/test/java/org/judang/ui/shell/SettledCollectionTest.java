package org.judang.ui.shell;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.judang.ui.FxWait.onFx;
import static org.judang.ui.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collection after an open: once, only when settled and quiet, off the JavaFX thread, never after a cancel. */
class SettledCollectionTest {
    private final Scene scene = onFx(() -> new Scene(new StackPane()));
    private final AtomicInteger collections = new AtomicInteger();
    private final AtomicReference<String> collectedOn = new AtomicReference<>();
    private final Runnable collect = () -> {
        collectedOn.set(Thread.currentThread().getName());
        collections.incrementAndGet();
    };

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void collectsOnceWhenTheCaseHasSettled() {
        AtomicBoolean settled = new AtomicBoolean(false);
        AtomicInteger asked = new AtomicInteger();
        SettledCollection c = onFx(() -> new SettledCollection(scene, () -> {
            asked.incrementAndGet();
            return settled.get();
        }, collect));
        onFx(() -> { c.start(); return null; });
        until("it has asked through 20 pulses", () -> asked.get() >= 20);
        assertEquals(0, collections.get(), "not while something is pending");
        assertFalse(onFx(c::done));

        settled.set(true);
        until("the collection has run", c::done);
        assertEquals(1, collections.get());
        assertNotEquals(onFx(() -> Thread.currentThread().getName()), collectedOn.get(), "not on the JavaFX thread");

        // a second watcher, settled at once, as a clock: by the time it has run, the first would have run again
        clock();
        assertEquals(2, collections.get(), "the first ran once, the clock once");
    }

    @Test
    void waitsWhileThePersonIsWorking() {
        AtomicInteger asked = new AtomicInteger();
        SettledCollection c = onFx(() -> new SettledCollection(scene, () -> {
            // a key press at every pulse, for 30 pulses
            if (asked.incrementAndGet() <= 30) Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            return true;
        }, collect));
        onFx(() -> { c.start(); return null; });
        until("it has asked through 30 pulses", () -> asked.get() >= 30);
        assertEquals(0, collections.get(), "not while keys are pressed");
        until("the collection has run once the keys stopped", c::done);
        assertEquals(1, collections.get());
    }

    @Test
    void aCancelledWatcherNeverCollects() {
        AtomicBoolean settled = new AtomicBoolean(false);
        SettledCollection c = onFx(() -> new SettledCollection(scene, settled::get, collect));
        onFx(() -> { c.start(); c.cancel(); return null; });
        assertTrue(onFx(c::done), "a cancelled watcher counts as done: the window is idle");
        settled.set(true);
        clock();
        assertEquals(1, collections.get(), "only the clock's");
    }

    /** Runs a watcher that is settled from the start until it has collected: more than {@link SettledCollection#CALM_PULSES} pulses. */
    private void clock() {
        SettledCollection clock = onFx(() -> new SettledCollection(scene, () -> true, collect));
        onFx(() -> { clock.start(); return null; });
        until("the clock's collection has run", clock::done);
    }
}
