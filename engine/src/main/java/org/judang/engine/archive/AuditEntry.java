package org.judang.engine.archive;

/**
 * One line of the case's record of work.
 *
 * @param manual  a person's correction (undoable) rather than automatic work
 * @param undone  undone since (and not redone)
 * @param changes the change set as JSON (before and after of every change)
 */
public record AuditEntry(long seq, long time, String actor, boolean manual, String action, String summary, boolean undone, String changes) {}
