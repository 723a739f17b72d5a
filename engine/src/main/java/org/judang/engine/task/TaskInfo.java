package org.judang.engine.task;

/**
 * A task as the task list shows it.
 *
 * @param progress        0..1 within the current stage
 * @param stage           what it is doing now
 * @param message         the result, or why it failed
 * @param secondsLeft     estimated from the current stage's rate; negative when unknown
 */
public record TaskInfo(long id, TaskKind kind, String name, String params, TaskState state, double progress, String stage, String message,
                       long created, long updated, double secondsLeft) {}
