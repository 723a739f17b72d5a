package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.export.ArchiveMessages;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.ArchiveSubjectQueryObject;
import org.judang.engine.message.ArchiveSubjectQueryResultObject;

import java.util.Set;

/**
 * A.13 {@code /VIID/ArchiveSubjectQuerySync} and A.15 {@code /VIID/VehicleArchiveSubjectQuerySync}: POST an
 * {@code ArchiveSubjectQueryObject}, get a page of archives' details (member IDs, and with
 * {@code ResultSubjectDetailDeclare} 1 the members' objects) as an {@code ArchiveSubjectQueryResultObject}, paged by
 * archive.
 */
final class SubjectQueryResource implements Resource {
    private final CaseSession session;
    private final ArchiveFamily family;

    SubjectQueryResource(CaseSession session, ArchiveFamily family) {
        this.session = session;
        this.family = family;
    }

    @Override
    public String path() { return family.subjectQueryPath(); }

    @Override
    public Set<String> methods() { return Set.of("POST"); }

    @Override
    public Answer post(Request r) {
        ArchiveSubjectQueryObject q = r.body(ArchiveSubjectQueryObject.KEY, ArchiveSubjectQueryObject.Body.class).query();
        boolean objects = withObjects(q.resultSubjectDetailDeclare());
        ArchivePage page = new ArchiveQueries(session).run(q.archiveQuery(), family, q.archiveIds());
        ArchiveMessages messages = session.messages(true);
        var subjects = page.archives().stream().map(a -> messages.subject(a, objects)).toList();
        return Answer.ok(new ArchiveSubjectQueryResultObject.Body(new ArchiveSubjectQueryResultObject(q.queryId(), page.start(), subjects.size(),
                page.total(), new ArchiveSubjectListObject(subjects))));
    }

    /** {@code ResultSubjectDetailDeclare}: -1 (or absent) IDs only, 1 the objects too. */
    static boolean withObjects(Integer declare) {
        if (declare == null || declare == -1) return false;
        if (declare == 1) return true;
        throw InterfaceException.badContent("ResultSubjectDetailDeclare must be -1 (member IDs only) or 1 (the members' objects too), not " + declare + ".");
    }
}
