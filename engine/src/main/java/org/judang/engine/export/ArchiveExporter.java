package org.judang.engine.export;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.CaseTime;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Exports;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Exports a case's archives as GA/T 2350.5 message bodies, in full or as a delta since an earlier export.
 * <p>A <b>full export</b> holds every archive but the hidden ones, in full detail:
 * <pre>
 * ArchiveLibrary.json     the case as one archive library (B.2)
 * Archives.json           person archives, and object archives with their ObjectType (B.3)
 * VehicleArchives.json    motor-vehicle archives (B.4)
 * ArchiveSubjects.json    every archive's member IDs and objects as imported (B.5)
 * images/                 with {@link ImageMode#FILES}: each stored image once, named by its key
 * </pre>
 * A <b>delta export</b> holds {@code Notifications.json} (see {@link DeltaExportWriter}) and the images of what it
 * sends. Every export has a name; the case remembers what each archive looked like in each finished export, so that a
 * delta can be made since any of them, a delta included.
 * <p>Archives are in ID order and members by type, then ID, so the same case exports to the same files. Files are
 * streamed one archive at a time. The export is built beside the target and moved into place when complete; when it
 * fails or is cancelled (checked between archives) nothing is left, and the case does not remember it. Edits made to
 * the case while an export runs may show in the archives not yet written: run it when the case is at rest.
 */
public final class ArchiveExporter {
    private final CaseStore store;

    public ArchiveExporter(CaseStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes the export.
     *
     * @param out a folder that does not exist or is empty; with {@link ExportOptions#zip()}, a {@code .zip} file that does not exist
     * @throws ExportException    when the target is not usable, the name is taken, the baseline is unknown, or the export cannot be written
     * @throws CancelledException when {@code cancel} was asked; nothing is left behind
     */
    public ExportSummary export(Path out, ExportOptions options, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
        long now = CaseTime.now();
        Exports.Row baseline = options.delta() ? baseline(options.since()) : null;
        String name = options.name() != null ? ExportRecord.requireFree(store.db(), options.name()) : ExportRecord.defaultName(store.db(), now);
        ExportTarget target = ExportTarget.prepare(out, options.zip());
        ExportRecord record;
        try {
            record = ExportRecord.begin(store.db(), name, options.since(), target.target());
        } catch (RuntimeException e) {
            target.discard();
            throw e;
        }
        try {
            ExportContext context = new ExportContext(store, target.work(), options.images());
            ExportCounts counts = baseline == null ? new FullExportWriter(context).write(target.work(), record, listener, token)
                    : new DeltaExportWriter(context, baseline, name, now).write(target.work(), record, listener, token);
            Path result = target.commit(listener, token);
            record.finish();
            return new ExportSummary(result, name, counts.archives, counts.vehicleArchives, counts.records, counts.images,
                    baseline == null ? null : new ExportSummary.Changes(baseline.name(), counts.added, counts.modified, counts.deleted));
        } catch (IOException | UncheckedIOException e) {
            abandon(target, record, e);
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportException("Cannot write the export " + target.target() + ": " + describe(cause)
                    + ". Check that the disk is writable and has free space.", cause);
        } catch (RuntimeException | Error e) {
            abandon(target, record, e);
            throw e;
        }
    }

    /** The finished exports of the case, newest first: what a delta can be made since. */
    public List<NamedExport> namedExports() {
        return store.db().read(Exports::finished).stream().map(ArchiveExporter::named).toList();
    }

    private Exports.Row baseline(String since) {
        return store.db().read(c -> Exports.byName(c, since)).filter(Exports.Row::done).orElseThrow(() -> {
            List<String> known = namedExports().stream().map(NamedExport::name).limit(10).toList();
            return known.isEmpty() ? new ExportException(FailurePhrase.EXPORT_NO_BASELINE, since)
                    : new ExportException(FailurePhrase.EXPORT_UNKNOWN_BASELINE, since, String.join(", ", known));
        });
    }

    private static NamedExport named(Exports.Row r) {
        return new NamedExport(r.name(), r.since(), r.created(), Path.of(r.path()), r.archives());
    }

    private static void abandon(ExportTarget target, ExportRecord record, Throwable failure) {
        target.discard();
        try {
            record.discard();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** File-system failures name their file apart from their reason; say both. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied on " + a.getFile();
        if (e instanceof NoSuchFileException n) return n.getFile() + " does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage();
    }
}
