package org.judang.ui;

import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Running on the JavaFX thread and waiting for conditions checked there, never for a fixed time (tests). */
public final class FxWait {
    public static final long WAIT_SECONDS = 60;

    private FxWait() {}

    /** Runs on the JavaFX thread and returns the result. */
    public static <T> T onFx(Callable<T> c) {
        try {
            if (Platform.isFxApplicationThread()) return c.call();
            return WaitForAsyncUtils.asyncFx(c).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition, checked on the JavaFX thread, holds; then until the events it caused are handled. */
    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
