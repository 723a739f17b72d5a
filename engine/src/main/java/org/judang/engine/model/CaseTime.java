package org.judang.engine.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Case-local times. Message bodies carry {@code yyyyMMddHHmmss} in the local time of the case, with no zone;
 * we store them as epoch seconds of that wall-clock time read as if it were UTC, so that they sort, subtract
 * and print back exactly as they came.
 */
public final class CaseTime {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private CaseTime() {}

    public static Optional<Long> parse(String s) {
        if (s == null || s.length() != 14) return Optional.empty();
        try {
            return Optional.of(LocalDateTime.parse(s, FORMAT).toEpochSecond(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(long epochSeconds) {
        return LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC).format(FORMAT);
    }

    public static long now() {
        return LocalDateTime.now().toEpochSecond(ZoneOffset.UTC);
    }
}
