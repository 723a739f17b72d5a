package org.judang.engine.archive;

/**
 * An archive seen with another (同行): at the same camera within the time window, {@code together} times (captures of
 * the first archive with a capture of this one near them), from {@code first} to {@code last} (case times).
 */
public record Companion(String archiveId, int together, long first, long last) {}
