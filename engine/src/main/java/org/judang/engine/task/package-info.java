/**
 * Long jobs (GA/T 2350.5 6.3 任务管理): progress reporting and cancellation shared by import, clustering and export,
 * and the {@link org.judang.engine.task.TaskManager} that runs them in the background and keeps the case's task list.
 * Names, stages and outcomes are {@link org.judang.engine.task.TaskPhrase}s with arguments, which a user interface
 * translates, together with their English text; a task that failed in one of the common ways ends with that failure's
 * {@link org.judang.engine.model.FailurePhrase}. The progress and cancellation types depend on nothing; the task
 * manager on {@code store} for the task list.
 */
package org.judang.engine.task;
