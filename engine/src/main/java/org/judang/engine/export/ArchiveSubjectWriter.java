package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.judang.engine.message.ArchiveSubjectObject;
import org.judang.engine.message.ExecuteOperation;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Streams one archive's {@code ArchiveSubjectObject} in full detail: its member IDs per type, then its members'
 * objects as imported (images per the export's mode), one object at a time. The keys are those of
 * {@link ArchiveSubjectObject}, taken from {@link ObjectType}; types without members are left out.
 */
final class ArchiveSubjectWriter {
    /** The order of {@link ArchiveSubjectObject}'s lists: persons first, as the standard lists them. */
    static final List<ObjectType> TYPE_ORDER = List.of(ObjectType.PERSON, ObjectType.FACE, ObjectType.MOTOR_VEHICLE,
            ObjectType.NON_MOTOR_VEHICLE, ObjectType.THING);

    private final StoredObjectReader objects;
    private final SubImageRewriter images;

    ArchiveSubjectWriter(StoredObjectReader objects, SubImageRewriter images) {
        this.objects = objects;
        this.images = images;
    }

    /** An archive's member IDs by type, each list in ID order. */
    static Map<ObjectType, List<String>> memberIds(Connection c, String archiveId) throws SQLException {
        Map<ObjectType, List<String>> ids = new EnumMap<>(ObjectType.class);
        for (ObjectRecord r : Records.list(c, "WHERE archive_id=? ORDER BY object_type, id", List.of(archiveId))) {
            ids.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r.id());
        }
        return ids;
    }

    /**
     * Writes the archive's details as the next value of {@code g}, its members being {@code ids} (read on the same
     * connection, in the same read); with {@code operation}, as a delta's element ending in {@code ExecuteOperation}.
     * Returns how many objects it wrote.
     */
    long write(Connection c, JsonGenerator g, String archiveId, Map<ObjectType, List<String>> ids, ExecuteOperation operation) throws SQLException {
        long[] written = {0};
        try {
            g.writeStartObject();
            g.writeStringField(ArchiveSubjectObject.ARCHIVE_ID, archiveId);
            for (ObjectType type : TYPE_ORDER) {
                List<String> list = ids.get(type);
                if (list == null) continue;
                g.writeArrayFieldStart(type.subjectIdListKey());
                for (String id : list) g.writeString(id);
                g.writeEndArray();
            }
            for (ObjectType type : TYPE_ORDER) {
                if (!ids.containsKey(type)) continue;
                g.writeObjectFieldStart(type.subjectObjectListKey());
                g.writeArrayFieldStart(type.elementKey());
                Records.forEachWithRaw(c, "WHERE archive_id=? AND object_type=? ORDER BY id", List.of(archiveId, type.name()),
                        (r, raw) -> {
                            JsonNode object = objects.read(r.id(), raw);
                            images.rewrite(object);
                            writeTree(g, object);
                            written[0]++;
                        });
                g.writeEndArray();
                g.writeEndObject();
            }
            if (operation != null) g.writeNumberField("ExecuteOperation", operation.code());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return written[0];
    }

    private static void writeTree(JsonGenerator g, JsonNode object) {
        try {
            g.writeTree(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
