package org.judang.engine.task;

/** Where a task is in its life. {@code INTERRUPTED}: it was running when the process died; it can be run again. */
public enum TaskState {
    WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED;

    public boolean finished() {
        return this != WAITING && this != RUNNING;
    }
}
