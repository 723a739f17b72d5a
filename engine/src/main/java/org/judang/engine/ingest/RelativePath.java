package org.judang.engine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path inside a batch, as written in a {@code StoragePath}, a manifest or a zip entry name. Only plain relative
 * paths are read: an absolute path, a drive letter, a URL or a {@code ..} segment could make the importer read files
 * outside the batch, so they are refused with the reason in {@link #problem()}.
 *
 * @param value   the path with {@code /} separators and no {@code .} or empty segments; null when refused
 * @param problem why the path is refused, or null
 */
record RelativePath(String value, String problem) {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    static RelativePath parse(String raw) {
        if (raw == null || raw.isBlank()) return refused("is empty");
        String s = raw.trim();
        if (s.startsWith("/") || s.startsWith("\\")) return refused("is an absolute path");
        if (DRIVE.matcher(s).matches()) return refused("is an absolute path (drive letter)");
        if (SCHEME.matcher(s).matches()) return refused("is a URL, not a path inside the batch");
        List<String> parts = new ArrayList<>();
        for (String part : s.split("[/\\\\]")) {
            if (part.equals("..")) return refused("climbs out of the batch with '..'");
            if (!part.isEmpty() && !part.equals(".")) parts.add(part);
        }
        if (parts.isEmpty()) return refused("names no file");
        return new RelativePath(String.join("/", parts), null);
    }

    private static RelativePath refused(String why) {
        return new RelativePath(null, why);
    }

    boolean refused() {
        return problem != null;
    }
}
