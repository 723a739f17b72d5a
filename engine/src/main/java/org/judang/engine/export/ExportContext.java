package org.judang.engine.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.CaseStore;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What writing one export needs: the case, the mapper, and the builders of bodies, details and images for its folder. */
final class ExportContext {
    final CaseStore store;
    final ObjectMapper mapper = MessageMapper.create();
    /** Writes a value into a generator mid-file; flushing after each would cost a system call per archive for nothing. */
    final ObjectWriter values = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    final String libraryId;
    final SubImageRewriter images;
    final ArchiveBodies bodies;
    final ArchiveSubjectWriter subjects;

    ExportContext(CaseStore store, Path dir, ImageMode mode) {
        this.store = store;
        this.libraryId = store.libraryId();
        Map<Integer, FeatureSpace> spaces = store.spaces().stream().collect(Collectors.toMap(FeatureSpace::id, Function.identity()));
        StoredObjectReader objects = new StoredObjectReader(mapper);
        this.images = new SubImageRewriter(mode, store.images(), dir);
        this.bodies = new ArchiveBodies(store.db(), objects, libraryId, spaces, new CoverImages(mapper));
        this.subjects = new ArchiveSubjectWriter(objects, images);
    }

    /** The body of a snapshot as the export writes it. */
    Object bodyForOutput(ArchiveSnapshot s) {
        return s.body() instanceof org.judang.engine.message.VehicleArchiveObject v ? bodies.forOutput(v, images)
                : bodies.forOutput((org.judang.engine.message.ArchiveObject) s.body(), images);
    }
}
