package org.judang.engine;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.GeoRect;

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
 * @param plate    a plate: matched exactly or through OCR confusions (8/B, 0/D, 1/7, 5/S, 2/Z); {@code *} and {@code ?} are
 *                 wildcards
 * @param area     only archives with a capture from a camera inside this rectangle
 */
public record ArchiveFilter(ArchiveKind kind, int minSize, ArchiveStatus status, String text, String deviceId, Long from, Long to, Boolean realName,
                            String plate, GeoRect area) {
    public static ArchiveFilter all() { return new ArchiveFilter(null, 0, null, null, null, null, null, null, null, null); }

    public ArchiveFilter withPlate(String p) { return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, p, area); }
    public ArchiveFilter withArea(GeoRect r) { return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, r); }

    public ArchiveFilter withKind(ArchiveKind k) { return new ArchiveFilter(k, minSize, status, text, deviceId, from, to, realName, plate, area); }
    public ArchiveFilter withMinSize(int n) { return new ArchiveFilter(kind, n, status, text, deviceId, from, to, realName, plate, area); }
    public ArchiveFilter withStatus(ArchiveStatus s) { return new ArchiveFilter(kind, minSize, s, text, deviceId, from, to, realName, plate, area); }
    public ArchiveFilter withText(String t) { return new ArchiveFilter(kind, minSize, status, t, deviceId, from, to, realName, plate, area); }
    public ArchiveFilter withDevice(String d) { return new ArchiveFilter(kind, minSize, status, text, d, from, to, realName, plate, area); }
    public ArchiveFilter withTimeRange(Long f, Long t) { return new ArchiveFilter(kind, minSize, status, text, deviceId, f, t, realName, plate, area); }
    public ArchiveFilter withRealName(Boolean r) { return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, r, plate, area); }
}
