package org.judang.engine.export;

import org.judang.engine.model.FailurePhrase;
import java.util.Objects;

/**
 * What an export holds and how it is packed.
 *
 * @param zip   write one {@code .zip} file instead of a folder
 * @param name  the name the case remembers the export by, unique in the case; null for one made from the time
 *              ({@code export-yyyyMMddHHmmss})
 * @param since null for a full export; the name of an earlier finished export for a delta export holding only what
 *              changed since it
 */
public record ExportOptions(ImageMode images, boolean zip, String name, String since) {
    /** Longest export name accepted. */
    public static final int MAX_NAME_LENGTH = 64;

    public ExportOptions {
        Objects.requireNonNull(images, "images");
        name = blankToNull(name);
        since = blankToNull(since);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw new ExportException(FailurePhrase.EXPORT_NAME_TOO_LONG, name, name.length(), MAX_NAME_LENGTH);
        }
    }

    /** A full export named from the time. */
    public ExportOptions(ImageMode images, boolean zip) {
        this(images, zip, null, null);
    }

    /** Whether this is a delta export. */
    public boolean delta() {
        return since != null;
    }

    public ExportOptions withName(String name) {
        return new ExportOptions(images, zip, name, since);
    }

    public ExportOptions withSince(String since) {
        return new ExportOptions(images, zip, name, since);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
