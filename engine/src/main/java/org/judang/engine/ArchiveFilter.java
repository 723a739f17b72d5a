package org.judang.engine;

import org.judang.engine.model.ArchiveKind;

/**
 * Which archives to list.
 *
 * @param kind     only this kind, or null for all
 * @param minSize  only archives with at least this many records
 */
public record ArchiveFilter(ArchiveKind kind, int minSize) {
    public static ArchiveFilter all() { return new ArchiveFilter(null, 0); }
}
