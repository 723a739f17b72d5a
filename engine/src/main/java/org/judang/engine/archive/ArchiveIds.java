package org.judang.engine.archive;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.CaseInfo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Archive IDs: 48 characters, fixed for the archive's life — the case's 20-digit library code, the two-digit
 * archive kind, and a 26-digit sequence number that the case never reuses.
 */
public final class ArchiveIds {
    public static final int LENGTH = 48;

    private ArchiveIds() {}

    /** Reserves {@code n} new IDs (inside the caller's transaction) and returns them in order. */
    public static String[] reserve(Connection c, String libraryId, ArchiveKind kind, int n) throws SQLException {
        long first = CaseInfo.nextSequence(c, CaseInfo.ARCHIVE_SEQUENCE, n);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = format(libraryId, kind, first + i);
        return out;
    }

    static String format(String libraryId, ArchiveKind kind, long seq) {
        String s = libraryId + kind.code() + String.format("%026d", seq);
        if (s.length() != LENGTH) throw new IllegalStateException("archive ID of " + s.length() + " characters: " + s);
        return s;
    }
}
