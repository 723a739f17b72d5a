package org.judang.engine.export;

import org.judang.engine.message.ArchiveLibraryListObject;
import org.judang.engine.message.ArchiveLibraryObject;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.VehicleArchiveListObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseInfo;
import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Writes a full export: {@code ArchiveLibrary.json}, then in one pass over the exported archives in ID order, each
 * archive's body into {@code Archives.json} or {@code VehicleArchives.json} and its details into
 * {@code ArchiveSubjects.json}. Each archive is read once, under one read of the case, so its body and its details
 * agree with each other and with what the export remembers of it.
 */
final class FullExportWriter {
    static final String LIBRARY_FILE = "ArchiveLibrary.json";
    static final String ARCHIVES_FILE = "Archives.json";
    static final String VEHICLE_ARCHIVES_FILE = "VehicleArchives.json";
    static final String SUBJECTS_FILE = "ArchiveSubjects.json";

    private final ExportContext x;

    FullExportWriter(ExportContext x) {
        this.x = x;
    }

    ExportCounts write(Path dir, ExportRecord record, ProgressListener progress, CancellationToken cancel) throws IOException {
        Map<ArchiveKind, Long> perKind = x.store.db().read(c -> Archives.countByKind(c, ArchivePages.EXPORTED));
        ExportCounts counts = new ExportCounts();

        progress.stage(TaskPhrase.WRITING_FILE.with(LIBRARY_FILE), 1);
        x.mapper.writeValue(dir.resolve(LIBRARY_FILE).toFile(), ArchiveLibraryListObject.body(List.of(library(x.store, perKind))));
        progress.advance(1);

        progress.stage(TaskPhrase.EXPORTING_ARCHIVES.with(), perKind.values().stream().mapToLong(Long::longValue).sum());
        try (JsonListWriter archives = JsonListWriter.open(dir.resolve(ARCHIVES_FILE), x.mapper, ArchiveListObject.KEY, ArchiveListObject.ELEMENT);
             JsonListWriter vehicles = JsonListWriter.open(dir.resolve(VEHICLE_ARCHIVES_FILE), x.mapper, VehicleArchiveListObject.KEY,
                     VehicleArchiveListObject.ELEMENT);
             JsonListWriter subjects = JsonListWriter.open(dir.resolve(SUBJECTS_FILE), x.mapper, ArchiveSubjectListObject.KEY,
                     ArchiveSubjectListObject.ELEMENT)) {
            for (Archive a : new ArchivePages(x.store.db(), ArchivePages.PAGE_SIZE)) {
                cancel.throwIfCancelled();
                ArchiveSnapshot s = x.store.db().read(c -> {
                    ArchiveSnapshot snapshot = ArchiveSnapshot.take(c, a, x.bodies, x.mapper);
                    (a.kind() == ArchiveKind.VEHICLE ? vehicles : archives).writeUnchecked(x.bodyForOutput(snapshot));
                    counts.records += x.subjects.write(c, subjects.generator(), a.id(), snapshot.members(), null);
                    return snapshot;
                });
                counts.body(s);
                record.add(s.state());
                progress.advance(1);
            }
        }
        counts.images = x.images.written();
        return counts;
    }

    /** The case as one archive library (B.2), its memo counting the archives of each kind; the local interface answers the same. */
    static ArchiveLibraryObject library(CaseStore store, Map<ArchiveKind, Long> perKind) {
        LocalDateTime created = store.db().snapshot(c -> CaseInfo.get(c, CaseInfo.CREATED))
                .map(s -> ArchiveBodies.time(Long.parseLong(s))).orElse(null);
        String memo = "Judang Workstation case: " + count(perKind, ArchiveKind.PERSON) + " person, " + count(perKind, ArchiveKind.VEHICLE)
                + " vehicle and " + count(perKind, ArchiveKind.OBJECT) + " object archives";
        return new ArchiveLibraryObject(store.libraryId(), store.name(), created, memo);
    }

    private static long count(Map<ArchiveKind, Long> perKind, ArchiveKind kind) {
        return perKind.getOrDefault(kind, 0L);
    }
}
