package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.message.ArchiveQueryObject;

import java.util.Set;

/**
 * A.9 {@code /VIID/ArchivesQuerySync} and A.11 {@code /VIID/VehicleArchivesQuerySync}: POST an
 * {@code ArchiveQueryObject}, get one page of archives as an {@code ArchiveQueryResultObject}.
 */
final class ArchiveQueryResource implements Resource {
    private final CaseSession session;
    private final ArchiveFamily family;

    ArchiveQueryResource(CaseSession session, ArchiveFamily family) {
        this.session = session;
        this.family = family;
    }

    @Override
    public String path() { return family.queryPath(); }

    @Override
    public Set<String> methods() { return Set.of("POST"); }

    @Override
    public Answer post(Request r) {
        ArchiveQueryObject q = r.body(ArchiveQueryObject.KEY, ArchiveQueryObject.Body.class).query();
        ArchivePage page = new ArchiveQueries(session).run(q, family, null);
        return Answer.ok(family.result(q.queryId(), page, session.messages(true)));
    }
}
