package org.judang.engine.task;

/**
 * Receives progress from a long job. A job announces each stage with its total amount of work (0 when unknown),
 * then reports work done. Implementations must be cheap and thread-safe; they are called from worker threads.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override public void stage(String name, long total) {}
        @Override public void advance(long done) {}
    };

    /** A new stage starts, e.g. "Reading faces.jsonl", with {@code total} units of work (0 if unknown). */
    void stage(String name, long total);

    /**
     * A new stage worded as a {@link TaskPhrase}, so that a user interface can show it in its language; listeners
     * that only want the English text need not override it.
     */
    default void stage(TaskText text, long total) {
        stage(text.text(), total);
    }

    /** {@code done} more units of the current stage are finished. */
    void advance(long done);

    /** A message for the job's log (warnings, notes). */
    default void message(String text) {}
}
