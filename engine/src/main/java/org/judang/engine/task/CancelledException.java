package org.judang.engine.task;

/** Thrown inside a job that was asked to stop; the job's changes are rolled back. */
public class CancelledException extends RuntimeException {
    public CancelledException() { super("Cancelled"); }
}
