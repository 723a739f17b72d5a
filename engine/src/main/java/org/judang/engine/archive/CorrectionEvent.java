package org.judang.engine.archive;

/**
 * A correction, undo or redo that has been committed, and the channel it came through: null for the window's own
 * {@code corrections()}, else the channel named to {@code corrections(channel)} (such as "HTTP").
 */
public record CorrectionEvent(String channel, CorrectionResult result) {}
