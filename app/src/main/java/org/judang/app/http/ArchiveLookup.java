package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.message.StatusCode;
import org.judang.engine.model.Archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds archives of one family by ID, and says why one is not found (unknown, or of the other family). */
final class ArchiveLookup {
    /** An archive found, or (archive null) why not. */
    record Found(Archive archive, String problem) {}

    private final CaseSession session;
    private final ArchiveFamily family;

    ArchiveLookup(CaseSession session, ArchiveFamily family) {
        this.session = session;
        this.family = family;
    }

    Found look(String id) {
        Optional<Archive> a = session.archive(id);
        if (a.isEmpty()) return new Found(null, "No archive " + id + " in this library.");
        return family.holds(a.get()) ? new Found(a.get(), null) : new Found(null, family.elsewhere(a.get()));
    }

    /** The archive, or null with the reason added to {@code statuses} as StatusCode 4. */
    Archive find(String id, StatusList statuses) {
        Found f = look(id);
        if (f.archive() == null) statuses.add(id, StatusCode.INVALID_OPERATION, f.problem());
        return f.archive();
    }

    /**
     * All the archives named, in order; or, when any is not found, null with a status per ID in {@code statuses} (0
     * for those found), for a 404 answer.
     */
    List<Archive> all(List<String> ids, StatusList statuses) {
        List<Archive> found = new ArrayList<>();
        boolean missing = false;
        for (String id : ids) {
            Archive a = find(id, statuses);
            if (a == null) {
                missing = true;
            } else {
                found.add(a);
                statuses.ok(id, "Found.");
            }
        }
        return missing ? null : found;
    }
}
