package org.judang.engine.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A motor vehicle's plate as the workstation compares it: trimmed, upper-case, without spaces, {@code ·} or
 * {@code -}. What an OCR engine writes for "no plate" or "not read" is no plate at all, so that unplated vehicles are
 * not all filed together under one fake plate.
 */
final class PlateNumber {
    private static final Set<String> UNREADABLE = Set.of("", "无牌", "无车牌", "未识别", "UNKNOWN", "-");

    private PlateNumber() {}

    /** The normalised plate, or null when absent or unreadable. */
    static String normalize(String plateNo) {
        if (plateNo == null) return null;
        String trimmed = plateNo.trim().toUpperCase(Locale.ROOT);
        if (UNREADABLE.contains(trimmed)) return null;
        String p = trimmed.replaceAll("[\\s·\\-]", "");
        if (UNREADABLE.contains(p) || p.contains("?") || p.chars().allMatch(c -> c == '0')) return null;
        return p;
    }
}
