package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.CorrectionException;
import org.judang.engine.export.ArchiveMessages;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.ArchiveSubjectObject;
import org.judang.engine.message.StatusCode;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A.14 {@code /VIID/ArchiveSubjects} and A.16 {@code /VIID/VehicleArchiveSubjects}: an archive's members.
 * <ul>
 *   <li>GET {@code ?ArchiveID=a,b[&ResultSubjectDetailDeclare=1]}: their details, or 404 with a status per ID.</li>
 *   <li>POST an {@code ArchiveSubjectListObject}: moves the captures listed ({@code FaceIDList}, {@code PersonIDList}…)
 *       into each {@code ArchiveID}, as the window's Move does (they stay there: a person placed them).</li>
 *   <li>DELETE {@code ?ArchiveID=a&FaceIDList=f1,f2&PersonIDList=…} (or the same as a body): takes the captures out of
 *       the archive for good, the "not this identity" correction: they are clustered again but never rejoin it.</li>
 * </ul>
 * Writes answer a status per capture ID; each request is one correction, undone in one step.
 */
final class SubjectsResource implements Resource {
    private final CaseSession session;
    private final ArchiveFamily family;
    private final ArchiveLookup lookup;

    SubjectsResource(CaseSession session, ArchiveFamily family) {
        this.session = session;
        this.family = family;
        this.lookup = new ArchiveLookup(session, family);
    }

    @Override
    public String path() { return family.subjectsPath(); }

    @Override
    public Set<String> methods() { return Set.of("GET", "POST", "DELETE"); }

    @Override
    public Answer get(Request r) {
        List<String> ids = r.params().list("ArchiveID", "IDList");
        if (ids.isEmpty()) throw InterfaceException.badContent("Name the archives: " + path() + "?ArchiveID=a,b");
        boolean objects = SubjectQueryResource.withObjects(r.params().one("ResultSubjectDetailDeclare").map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw InterfaceException.badContent("ResultSubjectDetailDeclare must be -1 or 1, not '" + v + "'.");
            }
        }).orElse(null));
        StatusList statuses = new StatusList(r.url());
        List<Archive> found = lookup.all(ids, statuses);
        if (found == null) return statuses.notFound();
        ArchiveMessages messages = session.messages(true);
        return Answer.ok(ArchiveSubjectListObject.body(found.stream().map(a -> messages.subject(a, objects)).toList()));
    }

    @Override
    public Answer post(Request r) {
        StatusList statuses = new StatusList(r.url());
        for (ArchiveSubjectObject s : subjects(r)) change(s.archiveId(), members(s), true, statuses);
        return statuses.answer();
    }

    @Override
    public Answer delete(Request r) {
        StatusList statuses = new StatusList(r.url());
        Optional<String> archive = r.params().one("ArchiveID");
        if (archive.isPresent()) {
            Map<ObjectType, List<String>> ids = new LinkedHashMap<>();
            for (ObjectType t : ObjectType.values()) ids.put(t, r.params().list(t.subjectIdListKey()));
            if (!r.params().list("GaitIDList").isEmpty()) ids.put(null, r.params().list("GaitIDList"));
            change(archive.get(), ids, false, statuses);
        } else if (r.hasBody()) {
            for (ArchiveSubjectObject s : subjects(r)) change(s.archiveId(), members(s), false, statuses);
        } else {
            throw InterfaceException.badContent("Name the archive and its captures: " + path() + "?ArchiveID=a&FaceIDList=f1,f2");
        }
        return statuses.answer();
    }

    private List<ArchiveSubjectObject> subjects(Request r) {
        var list = r.body(ArchiveSubjectListObject.KEY, ArchiveSubjectListObject.Body.class).list().subjects();
        if (list == null || list.isEmpty()) throw InterfaceException.badContent("The ArchiveSubjectListObject holds no ArchiveSubjectObject.");
        return list;
    }

    /** The capture IDs of a subject by type; gaits (which the workstation does not store) under null. */
    private static Map<ObjectType, List<String>> members(ArchiveSubjectObject s) {
        Map<ObjectType, List<String>> ids = new LinkedHashMap<>();
        for (ObjectType t : ObjectType.values()) ids.put(t, s.idsOf(t) == null ? List.of() : s.idsOf(t));
        if (s.gaitIds() != null && !s.gaitIds().isEmpty()) ids.put(null, s.gaitIds());
        return ids;
    }

    /** Moves the captures into the archive ({@code into}), or takes them out of it, with a status per capture. */
    private void change(String archiveId, Map<ObjectType, List<String>> ids, boolean into, StatusList statuses) {
        if (ids.values().stream().allMatch(List::isEmpty)) {
            statuses.add(archiveId, StatusCode.INVALID_JSON_CONTENT, "Name the captures: FaceIDList, PersonIDList, MotorVehicleIDList, NonMotorVehicleIDList or ThingIDList.");
            return;
        }
        if (archiveId == null || archiveId.isBlank()) {
            statuses.add(null, StatusCode.INVALID_JSON_CONTENT, "Each subject needs its ArchiveID.");
            return;
        }
        ArchiveLookup.Found archive = lookup.look(archiveId);
        List<String[]> asked = new ArrayList<>(); // capture ID and why it cannot be changed (null: it can), in the order asked
        List<String> valid = new ArrayList<>();
        for (Map.Entry<ObjectType, List<String>> e : ids.entrySet()) {
            for (String id : e.getValue()) {
                String problem = archive.archive() == null ? archive.problem() : problem(id, e.getKey(), archive.archive(), into);
                asked.add(new String[]{id, problem});
                if (problem == null) valid.add(id);
            }
        }
        String failed = valid.isEmpty() ? null : apply(archiveId, valid, into);
        for (String[] a : asked) {
            String id = a[0], problem = a[1];
            if (problem == null && failed != null) {
                statuses.add(id, StatusCode.INVALID_OPERATION, failed);
            } else if (problem == null) {
                statuses.ok(id, into ? "Moved into " + archiveId + "." : "Taken out of " + archiveId + " (not this identity).");
            } else if (problem.isEmpty()) {
                statuses.ok(id, "Already in " + archiveId + ".");
            } else {
                statuses.add(id, problem.startsWith("Listed") ? StatusCode.INVALID_JSON_CONTENT : StatusCode.INVALID_OPERATION, problem);
            }
        }
    }

    /** One correction for all the captures; null when it was made, else why not. */
    private String apply(String archiveId, List<String> captures, boolean into) {
        try {
            if (into) session.corrections(LocalInterface.CHANNEL).move(captures, archiveId);
            else session.corrections(LocalInterface.CHANNEL).notThisIdentity(archiveId, captures);
            return null;
        } catch (CorrectionException e) {
            return e.getMessage();
        }
    }

    /** Null when the capture can be moved in or out; empty when it already is where it should go; else why not. */
    private String problem(String id, ObjectType listed, Archive archive, boolean into) {
        if (listed == null) return "The workstation stores no gaits; " + id + " is not here.";
        Optional<ObjectRecord> r = session.record(id);
        if (r.isEmpty()) return "No capture " + id + " in this library.";
        ObjectType type = r.get().type();
        if (type != listed) return "Listed under " + listed.subjectIdListKey() + ", but " + id + " is a " + type.elementKey() + "; list it under " + type.subjectIdListKey() + ".";
        if (!family.takes(type)) return "A " + type.elementKey() + " cannot be in " + (family == ArchiveFamily.PERSON ? "a person" : "a vehicle") + " archive.";
        boolean inIt = archive.id().equals(r.get().archiveId());
        if (into) return inIt ? "" : null;
        return inIt ? null : "Capture " + id + " is not in archive " + archive.id() + ".";
    }
}
