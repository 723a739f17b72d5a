package org.judang.engine;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;

/**
 * Which archives to list. Every field may be null (no restriction) except {@code minSize}.
 *
 * @param kind     only this kind
 * @param minSize  only archives with at least this many records (hides one-off passers-by)
 * @param status   only this status; null lists automatic and confirmed ones, not hidden ones
 * @param text     an archive ID (or its start), a plate, or a name, matched anywhere, case-insensitive
 * @param deviceId only archives with a capture from this camera
 * @param from     only archives seen at or after this case time (epoch seconds, see {@code CaseTime})
 * @param to       only archives seen at or before this case time
 * @param realName true: only real-name archives (matched to a known person); false: only unnamed ones
 */
public record ArchiveFilter(ArchiveKind kind, int minSize, ArchiveStatus status, String text, String deviceId, Long from, Long to, Boolean realName) {
    public static ArchiveFilter all() { return new ArchiveFilter(null, 0, null, null, null, null, null, null); }

    public ArchiveFilter withKind(ArchiveKind k) { return new ArchiveFilter(k, minSize, status, text, deviceId, from, to, realName); }
    public ArchiveFilter withMinSize(int n) { return new ArchiveFilter(kind, n, status, text, deviceId, from, to, realName); }
    public ArchiveFilter withStatus(ArchiveStatus s) { return new ArchiveFilter(kind, minSize, s, text, deviceId, from, to, realName); }
    public ArchiveFilter withText(String t) { return new ArchiveFilter(kind, minSize, status, t, deviceId, from, to, realName); }
    public ArchiveFilter withDevice(String d) { return new ArchiveFilter(kind, minSize, status, text, d, from, to, realName); }
    public ArchiveFilter withTimeRange(Long f, Long t) { return new ArchiveFilter(kind, minSize, status, text, deviceId, f, t, realName); }
    public ArchiveFilter withRealName(Boolean r) { return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, r); }
}
