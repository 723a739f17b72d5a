package org.judang.engine.task;

/** The long jobs of a case. */
public enum TaskKind { IMPORT, CLUSTER, EXPORT, EVALUATE, REINDEX }
