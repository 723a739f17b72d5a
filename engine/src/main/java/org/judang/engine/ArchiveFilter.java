package org.judang.engine;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.GeoRect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which archives to list. Every field may be null (no restriction) except {@code minSize}; an empty list or set
 * restricts to nothing, as in a query that names no archive.
 *
 * @param kind       only this kind
 * @param minSize    only archives with at least this many records (hides one-off passers-by)
 * @param status     only this status; null lists automatic and confirmed ones, not hidden ones
 * @param text       an archive ID (or its start), a plate, or a name, matched anywhere, case-insensitive
 * @param deviceId   only archives with a capture from this camera
 * @param from       only archives seen at or after this case time (epoch seconds, see {@code CaseTime})
 * @param to         only archives seen at or before this case time
 * @param realName   true: only real-name archives (matched to a known person); false: only unnamed ones
 * @param plate      a plate: matched exactly or through OCR confusions (8/B, 0/D, 1/7, 5/S, 2/Z); {@code *} and {@code ?} are
 *                   wildcards
 * @param area       only archives with a capture from a camera inside this rectangle
 * @param kinds      only archives of one of these kinds
 * @param ids        only these archives
 * @param deviceIds  only archives with a capture from one of these cameras
 * @param placeCode  only archives with a capture from a camera whose place code starts with this (an administrative
 *                   area code names the area and everything in it)
 * @param plates     only archives whose plate matches one of these, each as {@code plate} matches
 * @param names      only archives named so by a person, or matched to a known person of this name (exact)
 * @param idNumbers  only archives matched to a known person with one of these ID numbers (exact, case-insensitive)
 * @param attributes only archives with a capture whose GA/T 1400 object has each of these fields at this value (e.g.
 *                   {@code VehicleColor} = {@code 2})
 */
public record ArchiveFilter(ArchiveKind kind, int minSize, ArchiveStatus status, String text, String deviceId, Long from, Long to, Boolean realName,
                            String plate, GeoRect area, Set<ArchiveKind> kinds, Set<String> ids, Set<String> deviceIds, String placeCode,
                            List<String> plates, Set<String> names, Set<String> idNumbers, Map<String, String> attributes) {
    public static ArchiveFilter all() {
        return new ArchiveFilter(null, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ArchiveFilter withPlate(String p) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, p, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withArea(GeoRect r) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, r, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withKind(ArchiveKind k) {
        return new ArchiveFilter(k, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withMinSize(int n) {
        return new ArchiveFilter(kind, n, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withStatus(ArchiveStatus s) {
        return new ArchiveFilter(kind, minSize, s, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withText(String t) {
        return new ArchiveFilter(kind, minSize, status, t, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withDevice(String d) {
        return new ArchiveFilter(kind, minSize, status, text, d, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withTimeRange(Long f, Long t) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, f, t, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withRealName(Boolean r) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, r, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withKinds(Set<ArchiveKind> k) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, k, ids, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withIds(Set<String> i) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, i, deviceIds, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withDevices(Set<String> d) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, d, placeCode, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withPlaceCode(String p) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, p, plates, names, idNumbers, attributes);
    }

    public ArchiveFilter withPlates(List<String> p) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, p, names, idNumbers, attributes);
    }

    public ArchiveFilter withNames(Set<String> n) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, n, idNumbers, attributes);
    }

    public ArchiveFilter withIdNumbers(Set<String> n) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, n, attributes);
    }

    public ArchiveFilter withAttributes(Map<String, String> a) {
        return new ArchiveFilter(kind, minSize, status, text, deviceId, from, to, realName, plate, area, kinds, ids, deviceIds, placeCode, plates, names, idNumbers, a);
    }
}
