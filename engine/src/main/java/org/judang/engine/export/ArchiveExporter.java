package org.judang.engine.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.message.ArchiveLibraryListObject;
import org.judang.engine.message.ArchiveLibraryObject;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.message.VehicleArchiveListObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseInfo;
import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exports every archive of a case, in full detail, as GA/T 2350.5 message bodies:
 * <pre>
 * ArchiveLibrary.json     the case as one archive library (B.2)
 * Archives.json           person archives, and object archives with their ObjectType (B.3)
 * VehicleArchives.json    motor-vehicle archives (B.4)
 * ArchiveSubjects.json    every archive's member IDs and objects as imported (B.5)
 * images/                 with {@link ImageMode#FILES}: each stored image once, named by its key
 * </pre>
 * Archives are in ID order and members by type, then ID, so the same case exports to the same files. Each file is
 * streamed one archive at a time. The export is built beside the target and moved into place when complete; when it
 * fails or is cancelled (checked between archives) nothing is left. Edits made to the case while an export runs may
 * show in the archives not yet written: run it when the case is at rest.
 */
public final class ArchiveExporter {
    static final String LIBRARY_FILE = "ArchiveLibrary.json";
    static final String ARCHIVES_FILE = "Archives.json";
    static final String VEHICLE_ARCHIVES_FILE = "VehicleArchives.json";
    static final String SUBJECTS_FILE = "ArchiveSubjects.json";

    private static final Set<ArchiveKind> ARCHIVE_OBJECT_KINDS = EnumSet.of(ArchiveKind.PERSON, ArchiveKind.OBJECT);

    private final CaseStore store;

    public ArchiveExporter(CaseStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes the export.
     *
     * @param out a folder that does not exist or is empty; with {@link ExportOptions#zip()}, a {@code .zip} file that does not exist
     * @throws ExportException    when the target is not usable or the export cannot be written
     * @throws CancelledException when {@code cancel} was asked; nothing is left behind
     */
    public ExportSummary export(Path out, ExportOptions options, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
        ExportTarget target = ExportTarget.prepare(out, options.zip());
        try {
            Counts counts = writeFiles(target.work(), options.images(), listener, token);
            Path result = target.commit(listener, token);
            return new ExportSummary(result, counts.archives, counts.vehicleArchives, counts.records, counts.images);
        } catch (IOException | UncheckedIOException e) {
            target.discard();
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportException("Cannot write the export " + target.target() + ": " + describe(cause)
                    + ". Check that the disk is writable and has free space.", cause);
        } catch (RuntimeException | Error e) {
            target.discard();
            throw e;
        }
    }

    private Counts writeFiles(Path dir, ImageMode mode, ProgressListener progress, CancellationToken cancel) throws IOException {
        ObjectMapper mapper = MessageMapper.create();
        String libraryId = store.libraryId();
        Map<ArchiveKind, Long> perKind = store.db().read(Archives::countByKind);
        Map<Integer, FeatureSpace> spaces = store.spaces().stream().collect(Collectors.toMap(FeatureSpace::id, Function.identity()));
        SubImageRewriter images = new SubImageRewriter(mode, store.images(), dir);
        StoredObjectReader objects = new StoredObjectReader(mapper);
        ArchiveBodies bodies = new ArchiveBodies(store.db(), objects, libraryId, spaces, new CoverImages(mapper, images));
        Counts counts = new Counts();

        progress.stage(TaskPhrase.WRITING_FILE.with(LIBRARY_FILE), 1);
        mapper.writeValue(dir.resolve(LIBRARY_FILE).toFile(), ArchiveLibraryListObject.body(List.of(library(libraryId, perKind))));
        progress.advance(1);

        progress.stage(TaskPhrase.WRITING_FILE.with(ARCHIVES_FILE), count(perKind, ArchiveKind.PERSON) + count(perKind, ArchiveKind.OBJECT));
        try (JsonListWriter w = JsonListWriter.open(dir.resolve(ARCHIVES_FILE), mapper, ArchiveListObject.KEY, ArchiveListObject.ELEMENT)) {
            for (Archive a : new ArchivePages(store.db(), ARCHIVE_OBJECT_KINDS, ArchivePages.PAGE_SIZE)) {
                cancel.throwIfCancelled();
                w.write(bodies.archive(a));
                counts.archives++;
                progress.advance(1);
            }
        }

        progress.stage(TaskPhrase.WRITING_FILE.with(VEHICLE_ARCHIVES_FILE), count(perKind, ArchiveKind.VEHICLE));
        try (JsonListWriter w = JsonListWriter.open(dir.resolve(VEHICLE_ARCHIVES_FILE), mapper, VehicleArchiveListObject.KEY,
                VehicleArchiveListObject.ELEMENT)) {
            for (Archive a : new ArchivePages(store.db(), EnumSet.of(ArchiveKind.VEHICLE), ArchivePages.PAGE_SIZE)) {
                cancel.throwIfCancelled();
                w.write(bodies.vehicleArchive(a));
                counts.vehicleArchives++;
                progress.advance(1);
            }
        }

        progress.stage(TaskPhrase.WRITING_FILE.with(SUBJECTS_FILE), perKind.values().stream().mapToLong(Long::longValue).sum());
        ArchiveSubjectWriter subjects = new ArchiveSubjectWriter(store.db(), objects, images);
        try (JsonListWriter w = JsonListWriter.open(dir.resolve(SUBJECTS_FILE), mapper, ArchiveSubjectListObject.KEY,
                ArchiveSubjectListObject.ELEMENT)) {
            for (Archive a : new ArchivePages(store.db(), EnumSet.allOf(ArchiveKind.class), ArchivePages.PAGE_SIZE)) {
                cancel.throwIfCancelled();
                counts.records += subjects.write(w.generator(), a);
                progress.advance(1);
            }
        }
        counts.images = images.written();
        return counts;
    }

    private ArchiveLibraryObject library(String libraryId, Map<ArchiveKind, Long> perKind) {
        LocalDateTime created = store.db().read(c -> CaseInfo.get(c, CaseInfo.CREATED))
                .map(s -> ArchiveBodies.time(Long.parseLong(s))).orElse(null);
        String memo = "Judang Workstation case: " + count(perKind, ArchiveKind.PERSON) + " person, " + count(perKind, ArchiveKind.VEHICLE)
                + " vehicle and " + count(perKind, ArchiveKind.OBJECT) + " object archives";
        return new ArchiveLibraryObject(libraryId, store.name(), created, memo);
    }

    /** File-system failures name their file apart from their reason; say both. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied on " + a.getFile();
        if (e instanceof NoSuchFileException n) return n.getFile() + " does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage();
    }

    private static long count(Map<ArchiveKind, Long> perKind, ArchiveKind kind) {
        return perKind.getOrDefault(kind, 0L);
    }

    /** Running totals for the summary. */
    private static final class Counts {
        long archives;
        long vehicleArchives;
        long records;
        long images;
    }
}
