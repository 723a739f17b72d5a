package org.judang.engine.task;

/**
 * A task as the task list shows it. Its name, stage and outcome are {@link TaskText}s: a phrase a user interface can
 * translate, and the English text that {@link #name()}, {@link #stage()} and {@link #message()} return.
 *
 * @param nameText        what the task does, e.g. "Import batch-07"
 * @param progress        0..1 within the current stage
 * @param stageText       what it is doing now (null before its first stage)
 * @param messageText     the result, or why it failed (null while it runs)
 * @param secondsLeft     estimated from the current stage's rate; negative when unknown
 */
public record TaskInfo(long id, TaskKind kind, TaskText nameText, String params, TaskState state, double progress, TaskText stageText,
                       TaskText messageText, long created, long updated, double secondsLeft) {

    /** The name in English. */
    public String name() {
        return nameText.text();
    }

    /** The stage in English; null before the first stage. */
    public String stage() {
        return stageText == null ? null : stageText.text();
    }

    /** The result or failure in English; null while the task runs. */
    public String message() {
        return messageText == null ? null : messageText.text();
    }
}
