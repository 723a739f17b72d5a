package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the {@code ArchiveSubjectObject}s of an export's {@code ArchiveSubjects.json}: per archive its ID, its ID
 * lists and its member objects one at a time, so that an archive of any size is read in constant memory. The archive's
 * ID is always handed on before its objects; objects that come before it in the file wait for it.
 */
final class SubjectReader {
    static final String ARCHIVE_ID = "ArchiveID";
    private static final List<String> GAIT_LISTS = List.of("GaitIDList", "GaitObjectList");

    /** Receives one archive's details as they are read. */
    interface Sink {
        /** Element {@code position} of the file is not an object; it was skipped. */
        void notAnObject(long position);

        /** A new archive's details start at element {@code position}. */
        void begin(long position);

        /** Its {@code ArchiveID}, null when it has none; always before its objects. */
        void archiveId(String id);

        /** One of its ID lists. */
        void listed(ObjectType type, List<String> ids);

        /** One of its member objects. */
        void object(ObjectType type, ObjectNode object);

        /** Something of it that is not imported, e.g. gaits, which the workstation does not store. */
        void skipped(String what);

        /** Its details end. */
        void end();
    }

    private record Waiting(ObjectType type, ObjectNode object) {}

    private final BodyJson json;

    SubjectReader(BodyJson json) {
        this.json = json;
    }

    void read(ExportListCursor cursor, Sink sink) throws IOException {
        while (cursor.next()) {
            if (!cursor.atObject()) {
                cursor.skipElement();
                sink.notAnObject(cursor.position());
                continue;
            }
            sink.begin(cursor.position());
            readSubject(cursor.parser(), sink);
            sink.end();
        }
    }

    private void readSubject(JsonParser p, Sink sink) throws IOException {
        List<Waiting> waiting = new ArrayList<>();
        boolean idGiven = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            Optional<ObjectType> idList = byKey(name, true), objectList = byKey(name, false);
            if (name.equals(ARCHIVE_ID)) {
                String id = value.isScalarValue() ? p.getValueAsString() : null;
                p.skipChildren();
                sink.archiveId(id == null || id.isBlank() ? null : id.trim());
                idGiven = true;
                for (Waiting w : waiting) sink.object(w.type(), w.object());
                waiting.clear();
            } else if (idList.isPresent()) {
                sink.listed(idList.get(), readIds(p, value));
            } else if (objectList.isPresent() && value == JsonToken.START_OBJECT) {
                readObjects(p, objectList.get(), idGiven ? null : waiting, sink);
            } else if (GAIT_LISTS.contains(name)) {
                com.fasterxml.jackson.databind.JsonNode gaits = json.readTree(p);
                if (!gaits.isNull() && (gaits.isValueNode() || !gaits.isEmpty())) sink.skipped("its " + name + ": the workstation stores no gaits");
            } else {
                p.skipChildren();
            }
        }
        if (!idGiven) {
            sink.archiveId(null);
            for (Waiting w : waiting) sink.object(w.type(), w.object());
        }
    }

    /** The objects of {@code {"FaceObject":[…]}}: to the sink, or into {@code waiting} while the archive's ID is unknown. */
    private void readObjects(JsonParser p, ObjectType type, List<Waiting> waiting, Sink sink) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = p.nextToken();
            if (!p.currentName().equals(type.elementKey())) {
                p.skipChildren();
                continue;
            }
            if (value == JsonToken.START_OBJECT) {
                take(type, (ObjectNode) json.readTree(p), waiting, sink);
            } else if (value == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == JsonToken.START_OBJECT) take(type, (ObjectNode) json.readTree(p), waiting, sink);
                    else {
                        p.skipChildren();
                        sink.skipped("an element of its " + type.subjectObjectListKey() + " that is not an object");
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void take(ObjectType type, ObjectNode object, List<Waiting> waiting, Sink sink) {
        if (waiting != null) waiting.add(new Waiting(type, object));
        else sink.object(type, object);
    }

    /** A list of IDs; a single ID where a list is due, as some senders write. */
    private static List<String> readIds(JsonParser p, JsonToken value) throws IOException {
        List<String> ids = new ArrayList<>();
        if (value == JsonToken.START_ARRAY) {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t.isScalarValue() && t != JsonToken.VALUE_NULL) ids.add(p.getValueAsString().trim());
                else p.skipChildren();
            }
        } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            ids.add(p.getValueAsString().trim());
        } else {
            p.skipChildren();
        }
        ids.removeIf(String::isEmpty);
        return ids;
    }

    private static Optional<ObjectType> byKey(String key, boolean idList) {
        for (ObjectType t : ObjectType.values()) {
            if ((idList ? t.subjectIdListKey() : t.subjectObjectListKey()).equals(key)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
