package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.CorrectionException;
import org.judang.engine.archive.Corrections;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.StatusCode;
import org.judang.engine.message.VehicleArchiveListObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A.10 {@code /VIID/Archives} and A.12 {@code /VIID/VehicleArchives}.
 * <ul>
 *   <li>GET {@code ?ArchiveID=a,b} (or {@code IDList}): those archives, or 404 with a status per ID when one is not
 *       here; without IDs, a page of archives chosen by the query's fields as parameters (see {@link GetQuery}).</li>
 *   <li>PUT an archive list: each archive's {@code Name}, {@code Notes} and {@code Tags} (this project's extension
 *       fields; the standard's fields are computed from the members and are not changed), a status per ID.</li>
 *   <li>DELETE {@code ?IDList=a,b}: hides the archives (as the window's Hide does: they leave every list and query
 *       and can be shown again or undone), a status per ID.</li>
 * </ul>
 * There is no POST: archives are made by clustering ({@code POST /VIAS/Tasks}) and by moving captures into them
 * ({@code POST} to the subjects path).
 */
final class ArchivesResource implements Resource {
    private final CaseSession session;
    private final ArchiveFamily family;
    private final BodyReader reader;
    private final ArchiveLookup lookup;

    ArchivesResource(CaseSession session, ArchiveFamily family, BodyReader reader) {
        this.session = session;
        this.family = family;
        this.reader = reader;
        this.lookup = new ArchiveLookup(session, family);
    }

    @Override
    public String path() { return family.archivesPath(); }

    @Override
    public Set<String> methods() { return Set.of("GET", "PUT", "DELETE"); }

    @Override
    public Answer get(Request r) {
        List<String> ids = r.params().list("ArchiveID", "IDList");
        if (ids.isEmpty()) {
            ArchivePage page = new ArchiveQueries(session).run(GetQuery.of(r.params(), reader), family, null);
            return Answer.ok(family.listBody(page.archives(), session.messages(true)));
        }
        StatusList statuses = new StatusList(r.url());
        List<Archive> found = lookup.all(ids, statuses);
        return found == null ? statuses.notFound() : Answer.ok(family.listBody(found, session.messages(true)));
    }

    @Override
    public Answer put(Request r) {
        String key = family == ArchiveFamily.PERSON ? ArchiveListObject.KEY : VehicleArchiveListObject.KEY;
        String element = family == ArchiveFamily.PERSON ? ArchiveListObject.ELEMENT : VehicleArchiveListObject.ELEMENT;
        JsonNode list = r.tree().path(key).path(element);
        if (list.isObject()) list = wrap(list);
        if (!list.isArray() || list.isEmpty()) throw InterfaceException.badContent("Expected {\"" + key + "\":{\"" + element + "\":[{\"ArchiveID\":…,\"Name\":…}]}}.");
        StatusList statuses = new StatusList(r.url());
        Corrections corrections = session.corrections(LocalInterface.CHANNEL);
        for (JsonNode edit : list) update(edit, corrections, statuses);
        return statuses.answer();
    }

    private static JsonNode wrap(JsonNode single) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(single);
    }

    private void update(JsonNode edit, Corrections corrections, StatusList statuses) {
        JsonNode idNode = edit.get("ArchiveID");
        if (idNode == null || !idNode.isValueNode() || idNode.asText().isBlank()) {
            statuses.add(null, StatusCode.INVALID_JSON_CONTENT, "Each archive needs its ArchiveID.");
            return;
        }
        String id = idNode.asText().trim();
        Archive a = lookup.find(id, statuses);
        if (a == null) return;
        try {
            List<String> done = new ArrayList<>();
            if (edit.has("Name")) {
                String name = text(edit.get("Name"), "Name");
                if (!Objects.equals(blankToNull(name), a.name())) corrections.rename(id, name);
                done.add("Name");
            }
            if (edit.has("Notes")) {
                String notes = text(edit.get("Notes"), "Notes");
                if (!Objects.equals(blankToNull(notes), session.archiveNotes(id).orElse(null))) corrections.setNotes(id, notes);
                done.add("Notes");
            }
            if (edit.has("Tags")) {
                List<String> tags = tags(edit.get("Tags"));
                if (!tags.equals(session.archiveTags(id))) corrections.setTags(id, tags);
                done.add("Tags");
            }
            if (done.isEmpty()) {
                statuses.add(id, StatusCode.INVALID_JSON_CONTENT, "Nothing to update: Name, Notes and Tags can be changed; the other fields are computed from the members.");
            } else {
                statuses.ok(id, "Updated " + String.join(", ", done) + ".");
            }
        } catch (InterfaceException e) {
            statuses.add(id, e.code(), e.getMessage());
        } catch (CorrectionException e) {
            statuses.add(id, StatusCode.INVALID_OPERATION, e.getMessage());
        }
    }

    @Override
    public Answer delete(Request r) {
        List<String> ids = r.params().list("IDList", "ArchiveID");
        if (ids.isEmpty()) throw InterfaceException.badContent("Name the archives to delete: " + path() + "?IDList=a,b");
        StatusList statuses = new StatusList(r.url());
        Corrections corrections = session.corrections(LocalInterface.CHANNEL);
        for (String id : ids) {
            Archive a = lookup.find(id, statuses);
            if (a == null) continue;
            try {
                if (a.status() != ArchiveStatus.HIDDEN) corrections.setStatus(id, ArchiveStatus.HIDDEN);
                statuses.ok(id, "Hidden: it leaves every list and query; undo brings it back.");
            } catch (CorrectionException e) {
                statuses.add(id, StatusCode.INVALID_OPERATION, e.getMessage());
            }
        }
        return statuses.answer();
    }

    private static String text(JsonNode v, String field) {
        if (v.isNull()) return null;
        if (!v.isTextual()) throw InterfaceException.badContent(field + " must be a text (or null to clear it).");
        return v.asText();
    }

    private static List<String> tags(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isNull()) return out;
        if (v.isTextual()) {
            for (String t : v.asText().split(",")) if (!t.isBlank() && !out.contains(t.trim())) out.add(t.trim());
            return out;
        }
        if (!v.isArray()) throw InterfaceException.badContent("Tags must be a list of texts, or one comma-separated text.");
        for (JsonNode t : v) {
            if (!t.isTextual()) throw InterfaceException.badContent("Tags must be a list of texts, or one comma-separated text.");
            if (!t.asText().isBlank() && !out.contains(t.asText().trim())) out.add(t.asText().trim());
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
