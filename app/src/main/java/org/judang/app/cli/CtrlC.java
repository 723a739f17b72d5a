package org.judang.app.cli;

import org.judang.engine.task.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C into a cancellation: the running job is asked to stop and given a few seconds to roll back, so an
 * interrupted command leaves the case as it was.
 */
final class CtrlC implements AutoCloseable {
    private final CancellationToken token = new CancellationToken();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CtrlC() {
        hook = new Thread(() -> {
            token.cancel();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "judang-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    CancellationToken token() { return token; }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping; the hook has been released by the latch
        }
    }
}
