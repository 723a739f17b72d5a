package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.message.ArchiveLibraryObject;
import org.judang.engine.message.ArchiveObject;
import org.judang.engine.message.ArchiveSubjectObject;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.message.VehicleArchiveObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An archive's message bodies built one at a time, exactly as the export writes them: for the local interface, which
 * answers queries with a page of archives rather than the whole case. Images are inline ({@link ImageMode#INLINE})
 * or left out ({@link ImageMode#NONE}); there is no folder to write image files into.
 */
public final class ArchiveMessages {
    /** Shared, as building a mapper (and learning the bodies' shapes) costs more than answering a small query. */
    private static final ObjectMapper MAPPER = MessageMapper.create();

    private final CaseStore store;
    private final StoredObjectReader objects;
    private final SubImageRewriter images;
    private final ArchiveBodies bodies;

    public ArchiveMessages(CaseStore store, ImageMode mode) {
        if (mode == ImageMode.FILES) throw new IllegalArgumentException("Single message bodies carry images inline or not at all, not as files.");
        this.store = store;
        var mapper = MAPPER;
        Map<Integer, FeatureSpace> spaces = store.spaces().stream().collect(Collectors.toMap(FeatureSpace::id, Function.identity()));
        this.objects = new StoredObjectReader(mapper);
        this.images = new SubImageRewriter(mode, store.images(), null);
        this.bodies = new ArchiveBodies(store.db(), objects, store.libraryId(), spaces, new CoverImages(mapper));
    }

    /** B.2: the case as an archive library. */
    public ArchiveLibraryObject library() {
        return FullExportWriter.library(store, store.db().cachedSnapshot("archivesByKind", List.of(),
                c -> java.util.Collections.unmodifiableMap(Archives.countByKind(c))));
    }

    /**
     * B.3: a person archive, or an object archive naming its {@code ObjectType}. The body as the case holds it is kept
     * until the case changes, for the archive as given (its row): a page of the largest archives lists tens of
     * thousands of source IDs, read from every member.
     */
    public ArchiveObject archive(Archive a) {
        return bodies.forOutput(store.db().cached("archiveBody", List.of(a), b -> weight(b.sourceIds()), () -> bodies.archive(a)), images);
    }

    /** B.4: a motor-vehicle archive; kept as {@link #archive} is (its description is voted by every member). */
    public VehicleArchiveObject vehicleArchive(Archive a) {
        return bodies.forOutput(store.db().cached("vehicleArchiveBody", List.of(a), b -> weight(b.sourceIds()), () -> bodies.vehicleArchive(a)), images);
    }

    /** What a kept body weighs, in kilobytes or so: mostly its source IDs. */
    private static int weight(List<String> sourceIds) {
        return 1 + (sourceIds == null ? 0 : sourceIds.size() / 16);
    }

    /**
     * B.5: an archive's member IDs per type and, with {@code withObjects} ({@code ResultSubjectDetailDeclare} 1), its
     * members' GA/T 1400 objects as imported. IDs and objects are read together, so they agree.
     */
    public ArchiveSubjectObject subject(Archive a, boolean withObjects) {
        return store.db().snapshot(c -> {
            Map<ObjectType, List<String>> ids = ArchiveSubjectWriter.memberIds(c, a.id());
            Map<ObjectType, List<JsonNode>> members = new EnumMap<>(ObjectType.class);
            if (withObjects) {
                Records.forEachWithRaw(c, "WHERE archive_id=? ORDER BY object_type, id", List.of(a.id()), (r, raw) -> {
                    JsonNode object = objects.read(r.id(), raw);
                    images.rewrite(object);
                    members.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(object);
                });
            }
            return ArchiveSubjectObject.of(a.id(), ids, members);
        });
    }
}
