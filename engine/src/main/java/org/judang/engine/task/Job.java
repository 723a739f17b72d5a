package org.judang.engine.task;

/** The work of a task. It reports progress, honours cancellation, and returns a one-line result for the task list. */
@FunctionalInterface
public interface Job {
    String run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
