package org.judang.app.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request's query string ({@code ?IDList=a,b&RecordStartNo=0}): names matched regardless of case, values decoded as
 * UTF-8, lists given comma-separated, repeated, or both.
 */
final class QueryParams {
    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    QueryParams(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of a parameter given once (blank counts as absent). */
    Optional<String> one(String name) {
        List<String> v = values.get(name);
        if (v == null) return Optional.empty();
        if (v.size() > 1) throw InterfaceException.badContent("The parameter " + name + " is given " + v.size() + " times; give it once.");
        return v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).trim());
    }

    /** Every value of the first of {@code names} present, split at commas, trimmed, empty ones dropped. */
    List<String> list(String... names) {
        for (String name : names) {
            List<String> v = values.get(name);
            if (v == null) continue;
            List<String> out = new ArrayList<>();
            for (String s : v) for (String part : s.split(",")) if (!part.isBlank()) out.add(part.trim());
            return out;
        }
        return List.of();
    }

    /** A whole number within {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        Optional<String> v = one(name);
        if (v.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw InterfaceException.badContent("The parameter " + name + " must be a whole number from " + min + " to " + max + ", not '" + v.get() + "'.");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InterfaceException.badContent("The query string is not properly %-encoded near '" + s + "'.");
        }
    }
}
