package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.ArchiveObject;
import org.judang.engine.message.VehicleArchiveListObject;
import org.judang.engine.message.VehicleArchiveObject;
import org.judang.engine.model.Archive;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A.17 {@code /VIID/ArchiveConfidence} and A.18 {@code /VIID/VehicleArchiveConfidence}: POST an archive list naming
 * archives by {@code ArchiveID}; the answer is the same list with {@code Confidence} (how sure the workstation is that
 * the archive is one identity, 0..1) filled in, and {@code Similaritydegree} for person archives. An unknown ID makes
 * the answer 404 with a status per ID.
 */
final class ConfidenceResource implements Resource {
    private final CaseSession session;
    private final ArchiveFamily family;
    private final ArchiveLookup lookup;

    ConfidenceResource(CaseSession session, ArchiveFamily family) {
        this.session = session;
        this.family = family;
        this.lookup = new ArchiveLookup(session, family);
    }

    @Override
    public String path() { return family.confidencePath(); }

    @Override
    public Set<String> methods() { return Set.of("POST"); }

    @Override
    public Answer post(Request r) {
        List<String> ids = family == ArchiveFamily.PERSON
                ? ids(r.body(ArchiveListObject.KEY, ArchiveListObject.Body.class).list().archives(), ArchiveObject::archiveId)
                : ids(r.body(VehicleArchiveListObject.KEY, VehicleArchiveListObject.Body.class).list().archives(), VehicleArchiveObject::archiveId);
        StatusList statuses = new StatusList(r.url());
        List<Archive> found = lookup.all(ids, statuses);
        if (found == null) return statuses.notFound();
        String library = session.libraryId();
        return Answer.ok(family == ArchiveFamily.PERSON
                ? ArchiveListObject.body(found.stream().map(a -> new ArchiveObject(a.id(), library, null, null, null, null,
                        a.similarityDegree(), a.confidence(), null, null)).toList())
                : VehicleArchiveListObject.body(found.stream().map(a -> new VehicleArchiveObject(a.id(), library, a.plate(), null, null, null,
                        null, null, null, null, null, null, a.confidence(), null)).toList()));
    }

    private static <T> List<String> ids(List<T> archives, java.util.function.Function<T, String> id) {
        if (archives == null || archives.isEmpty()) throw InterfaceException.badContent("Name the archives: a list of objects with their ArchiveID.");
        List<String> out = archives.stream().map(id).map(s -> s == null ? null : s.trim()).toList();
        if (out.stream().anyMatch(s -> s == null || s.isEmpty())) throw InterfaceException.badContent("Each archive of the list needs its ArchiveID.");
        return out.stream().filter(Objects::nonNull).distinct().toList();
    }
}
