package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.message.ArchiveLibraryListObject;

import java.util.List;
import java.util.Set;

/**
 * A.5 {@code /VIID/ArchiveLibraries}: GET lists the archive libraries, which is the one open case. Libraries are not
 * made or removed over the interface: a case is created in the application or with {@code judang case create}.
 */
final class LibrariesResource implements Resource {
    private final CaseSession session;

    LibrariesResource(CaseSession session) {
        this.session = session;
    }

    @Override
    public String path() { return "/VIID/ArchiveLibraries"; }

    @Override
    public Set<String> methods() { return Set.of("GET"); }

    @Override
    public Answer get(Request r) {
        List<String> wanted = r.params().list("ArchiveLibraryID", "IDList");
        if (!wanted.isEmpty() && !wanted.contains(session.libraryId())) {
            throw InterfaceException.notFound("No archive library " + String.join(", ", wanted) + " here; this one is " + session.libraryId() + ".");
        }
        return Answer.ok(ArchiveLibraryListObject.body(List.of(session.messages(false).library())));
    }
}
