package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Audit;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.StagedArchives;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a full export of another case, or of an upstream archive library, as archives with their records, without
 * clustering them again: each archive keeps its ID, times, centres, {@code Similaritydegree}, {@code Confidence} and
 * cover; its members are the objects of its {@code ArchiveSubjectObject}, validated and stored as a batch import
 * stores captures (images from the package, features where the objects carry them).
 * <p>The package's JSON is checked first, so a broken file imports nothing. Then the bodies are read (and their
 * covers taken in), then the details archive by archive: see {@link SubjectHandler} for what is filed and what is
 * refused. Nothing already in the case is changed: an archive ID it knows is left as it is, a record already in one of
 * its archives stays there. Records are stored in transactions of a bounded size, each archive in the transaction that
 * stores its last member; cancelling or a failure undoes the whole import. A crash part-way leaves a consistent case
 * whose filed archives are complete; importing the package again completes it (what is there is found unchanged).
 */
public final class ArchiveImporter {
    /** The batch kind an archive import is recorded under. */
    public static final String KIND = "Archives";

    static final String LIBRARY_FILE = "ArchiveLibrary.json";
    static final String ARCHIVES_FILE = "Archives.json";
    static final String VEHICLE_ARCHIVES_FILE = "VehicleArchives.json";
    static final String SUBJECTS_FILE = "ArchiveSubjects.json";
    static final String NOTIFICATIONS_FILE = "Notifications.json";

    private final CaseStore store;
    private final IngestLimits limits;

    public ArchiveImporter(CaseStore store) {
        this(store, IngestLimits.DEFAULT);
    }

    ArchiveImporter(CaseStore store, IngestLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.limits = limits;
    }

    /**
     * Imports the export package at {@code export} (a folder or a .zip).
     *
     * @throws BatchUnreadableException when the package cannot be read: not a folder or zip, not a full export, a file
     *                                  that is not UTF-8 or not well-formed JSON; nothing was imported
     * @throws CancelledException       when {@code cancel} was triggered; the case is as it was before
     */
    public ArchiveImportReport importArchives(Path export, ProgressListener progress, CancellationToken cancel) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
        String path = export.toAbsolutePath().normalize().toString();
        ReportBuilder report = new ReportBuilder(path, limits.maxListedIssues());
        BodyJson json = new BodyJson(limits);
        try (BatchSource source = BatchSource.open(export, limits)) {
            for (BatchSource.Refused r : source.refusedEntries()) {
                report.issue(ImportIssue.error(r.name(), null, null, "the zip entry '" + r.name() + "' was not read: its name " + r.problem()
                        + ", so it would land outside the package."));
            }
            BatchSource.Entry subjects = subjectsOf(source);
            List<BatchSource.Entry> bodies = new ArrayList<>();
            for (String f : List.of(ARCHIVES_FILE, VEHICLE_ARCHIVES_FILE)) source.find(f).ifPresent(bodies::add);
            for (BatchSource.Entry e : bodies) check(source, e, json, listener);
            check(source, subjects, json, listener);
            String libraryId = libraryId(source, json);
            report.describe(libraryId, KIND);

            SpaceCatalog spaces = new SpaceCatalog(store);
            ImportWriter writer = new ImportWriter(store, spaces, new ImportWriter.BatchRow(null, BatchImporter.fingerprint(source.entries()), KIND,
                    libraryId == null ? "an archive export" : "archives of library " + libraryId, path), limits, json, listener, report);
            ImageIntake images = new ImageIntake(source, store.images(), limits);
            ElementHandler objects = new ElementHandler(false, json, SidecarFeatures.none(), images, spaces, writer, report, limits, token);
            SubjectHandler archives = new SubjectHandler(store.db(), json, objects, writer, spaces, report, SUBJECTS_FILE, token);
            store.db().read(c -> {
                StagedArchives.create(c);
                return null;
            });
            try {
                for (BatchSource.Entry e : bodies) stage(source, e, json, images, report, archives.counts(), listener, token);
                listener.stage(TaskPhrase.IMPORTING_ARCHIVES.with(SUBJECTS_FILE), subjects.size());
                try (InputStream in = new ProgressInputStream(source.open(subjects), listener);
                     ExportListCursor cursor = ExportListCursor.open(json, SUBJECTS_FILE, in, "ArchiveSubjectListObject", "ArchiveSubjectObject")) {
                    new SubjectReader(json).read(cursor, archives);
                }
                reportBodiesWithoutDetails(report, archives.counts());
                Long seq = writer.finish(s -> report.build(s).toJson());
                ArchiveImportReport result = new ArchiveImportReport(path, libraryId, counts(archives.counts()), report.build(seq));
                if (result.totalImported() > 0) audit(result);
                return result;
            } catch (IOException e) {
                rollback(writer, e);
                throw new BatchUnreadableException("The package " + path + " could not be read to the end (" + e.getMessage()
                        + "); nothing was imported. Check the disk or copy the package again.", e);
            } catch (RuntimeException | Error e) {
                rollback(writer, e);
                throw e;
            } finally {
                store.db().read(c -> {
                    StagedArchives.drop(c);
                    return null;
                });
            }
        } catch (IOException e) {
            throw new BatchUnreadableException("The package " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static BatchSource.Entry subjectsOf(BatchSource source) {
        Optional<BatchSource.Entry> subjects = source.find(SUBJECTS_FILE);
        if (subjects.isPresent()) return subjects.get();
        if (source.find(NOTIFICATIONS_FILE).isPresent()) {
            throw new BatchUnreadableException("The " + source.describe() + " is a delta export (" + NOTIFICATIONS_FILE + "): it holds only what changed "
                    + "since an earlier export. Import the full export instead.");
        }
        throw new BatchUnreadableException("The " + source.describe() + " is not a full archive export: it has no " + SUBJECTS_FILE
                + ". Give the folder or .zip that 'judang export' (or an archive library) wrote.");
    }

    /** Refuses a file that is not UTF-8 or not well-formed JSON before anything is imported. */
    private static void check(BatchSource source, BatchSource.Entry e, BodyJson json, ProgressListener progress) throws IOException {
        progress.stage(TaskPhrase.CHECKING_FILE.with(e.path()), e.size());
        long bad;
        try (InputStream in = new ProgressInputStream(source.open(e), progress)) {
            bad = Utf8Text.firstInvalidByte(in);
        }
        if (bad >= 0) {
            throw new BatchUnreadableException(e.path() + " is not UTF-8 (invalid byte at offset " + bad + "); nothing was imported. Export it again as UTF-8.");
        }
        String problem;
        try (InputStream in = source.open(e)) {
            problem = ExportListCursor.checkSyntax(json, e.path(), in);
        }
        if (problem != null) {
            throw new BatchUnreadableException(problem + "; nothing was imported. Export the package again, or copy it again if it was cut short.");
        }
    }

    /** The library the package names, if it has an {@code ArchiveLibrary.json} that names one. */
    private static String libraryId(BatchSource source, BodyJson json) throws IOException {
        Optional<BatchSource.Entry> library = source.find(LIBRARY_FILE);
        if (library.isEmpty()) return null;
        try (InputStream in = source.open(library.get())) {
            if (ExportListCursor.checkSyntax(json, LIBRARY_FILE, in) != null) return null;
        }
        try (InputStream in = source.open(library.get());
             ExportListCursor cursor = ExportListCursor.open(json, LIBRARY_FILE, in, "ArchiveLibraryListObject", "ArchiveLibraryObject")) {
            return cursor.next() && cursor.atObject() ? new ObjectFields(cursor.readElement(json)).text("ArchiveLibraryID") : null;
        } catch (BatchUnreadableException e) {
            return null; // the library's description is not needed to import its archives
        }
    }

    /** Reads a body file, takes in each body's cover image, and stages the bodies for their details. */
    private void stage(BatchSource source, BatchSource.Entry e, BodyJson json, ImageIntake images, ReportBuilder report,
                       Map<ArchiveKind, long[]> counts, ProgressListener progress, CancellationToken cancel) throws IOException {
        boolean vehicles = e.path().equals(VEHICLE_ARCHIVES_FILE);
        String listKey = vehicles ? "VehicleArchiveListObject" : "ArchiveListObject", element = vehicles ? "VehicleArchiveObject" : "ArchiveObject";
        progress.stage(TaskPhrase.READING_FILE.with(e.path()), e.size());
        try (InputStream in = new ProgressInputStream(source.open(e), progress);
             ExportListCursor cursor = ExportListCursor.open(json, e.path(), in, listKey, element)) {
            while (cursor.next()) {
                cancel.throwIfCancelled();
                long position = cursor.position();
                ArchiveKind fileKind = vehicles ? ArchiveKind.VEHICLE : ArchiveKind.PERSON;
                if (!cursor.atObject()) {
                    cursor.skipElement();
                    refuseBody(report, counts, fileKind, e.path(), position, null, "element " + position + " of " + e.path() + " is not an object; it was skipped.");
                    continue;
                }
                ObjectNode body = cursor.readElement(json);
                String id = new ObjectFields(body).text(SubjectReader.ARCHIVE_ID);
                Optional<ArchiveKind> kind = vehicles ? Optional.of(ArchiveKind.VEHICLE) : ArchiveBody.kindOf(body);
                if (id == null || id.length() > limits.maxIdLength()) {
                    refuseBody(report, counts, fileKind, e.path(), position, id, id == null ? "the archive has no ArchiveID; it was not imported."
                            : "ArchiveID is " + id.length() + " characters long; at most " + limits.maxIdLength() + " are accepted. It was not imported.");
                    continue;
                }
                if (kind.isEmpty()) {
                    refuseBody(report, counts, fileKind, e.path(), position, id, "archive " + id + " has ObjectType '" + new ObjectFields(body).text(ArchiveBody.OBJECT_TYPE)
                            + "'; an ArchiveObject names THING or NON_MOTOR_VEHICLE there, or nothing for a person. It was not imported.");
                    continue;
                }
                takeCover(body, kind.get(), images, report, e.path(), position, id);
                String text = json.write(body);
                if (!store.db().read(c -> StagedArchives.put(c, id, kind.get().name(), e.path(), position, text))) {
                    refuseBody(report, counts, kind.get(), e.path(), position, id, "archive " + id + " has a body twice; only the first was imported.");
                }
            }
        }
    }

    /** Stores the cover's image (it is also a member's crop, so usually already there) and names it by key in the body. */
    private static void takeCover(ObjectNode body, ArchiveKind kind, ImageIntake images, ReportBuilder report, String file, long position, String id) {
        List<ObjectNode> covers = new ObjectFields(body).list("SubImageList", "SubImageInfoObject");
        if (covers.isEmpty()) return;
        List<String> warnings = new ArrayList<>();
        ObjectType type = kind == ArchiveKind.VEHICLE ? ObjectType.MOTOR_VEHICLE : kind == ArchiveKind.OBJECT ? ObjectType.THING : ObjectType.FACE;
        String refused = ImageIntake.refusedPath(covers.subList(0, 1));
        if (refused != null) {
            covers.get(0).remove("StoragePath");
            warnings.add("its cover's " + refused.substring(0, 1).toLowerCase() + refused.substring(1));
        } else {
            images.store(type, covers.subList(0, 1), warnings);
        }
        for (String w : warnings) report.issue(ImportIssue.warning(file, position, id, "archive " + id + " cover: " + w));
    }

    private static void refuseBody(ReportBuilder report, Map<ArchiveKind, long[]> counts, ArchiveKind kind, String file, long position, String id, String message) {
        report.issue(ImportIssue.error(file, position, id, message));
        counts.get(kind)[SubjectHandler.REJECTED]++;
    }

    private void reportBodiesWithoutDetails(ReportBuilder report, Map<ArchiveKind, long[]> counts) {
        String after = "";
        while (true) {
            String from = after;
            List<StagedArchives.Staged> left = store.db().read(c -> StagedArchives.unclaimed(c, from, 256));
            for (StagedArchives.Staged s : left) {
                refuseBody(report, counts, ArchiveKind.valueOf(s.kind()), s.file(), s.position(), s.archiveId(), "archive " + s.archiveId()
                        + " has no details in " + SUBJECTS_FILE + ", so it has no members; it was not imported.");
            }
            if (left.size() < 256) return;
            after = left.get(left.size() - 1).archiveId();
        }
    }

    private void audit(ArchiveImportReport r) {
        store.db().inTransaction(c -> Audit.append(c, CaseTime.now(), "system", false, "IMPORT_ARCHIVES", "Imported " + r.totalImported()
                + " archives with " + r.records().totalImported() + " records from " + r.source(), "[]"));
    }

    private static Map<ArchiveKind, ArchiveImportReport.ArchiveCounts> counts(Map<ArchiveKind, long[]> counts) {
        Map<ArchiveKind, ArchiveImportReport.ArchiveCounts> out = new EnumMap<>(ArchiveKind.class);
        counts.forEach((k, c) -> out.put(k, new ArchiveImportReport.ArchiveCounts(c[SubjectHandler.IMPORTED], c[SubjectHandler.UNCHANGED],
                c[SubjectHandler.REJECTED])));
        return out;
    }

    private static void rollback(ImportWriter writer, Throwable failure) {
        try {
            writer.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
