package org.judang.engine.task;

/** The work of a task whose one-line result is a {@link TaskText}, so that a user interface can show it in its language. */
@FunctionalInterface
public interface PhrasedJob {
    TaskText run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
