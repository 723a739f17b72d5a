package org.judang.engine.ingest;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Imports an offline batch (a folder or a .zip, see {@code spec/batch-format.md}) into a case.
 * <p>Every object is validated on its own: a bad record is rejected with its file, position and reason, and the rest
 * of the batch goes on. Records are stored in transactions of a bounded size, so a crash at any moment leaves a case
 * that opens consistent, and importing the same batch again completes it. A batch imported twice changes nothing the
 * second time. Cancelling leaves the case as it was before the import.
 */
public final class BatchImporter {
    private final CaseStore store;
    private final IngestLimits limits;

    public BatchImporter(CaseStore store) {
        this(store, IngestLimits.DEFAULT);
    }

    BatchImporter(CaseStore store, IngestLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.limits = limits;
    }

    /**
     * Imports the batch at {@code batch}.
     *
     * @return what was imported, skipped and rejected; also stored with the batch in the case
     * @throws BatchUnreadableException when the batch itself cannot be read (not a dir/zip, zip bomb, no message bodies)
     * @throws CancelledException       when {@code cancel} was triggered; the case is then as it was before
     */
    public ImportReport importBatch(Path batch, ProgressListener progress, CancellationToken cancel) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
        String batchPath = batch.toAbsolutePath().normalize().toString();
        ReportBuilder report = new ReportBuilder(batchPath, limits.maxListedIssues());
        BodyJson json = new BodyJson(limits);
        try (BatchSource source = BatchSource.open(batch, limits)) {
            for (BatchSource.Refused r : source.refusedEntries()) {
                report.issue(ImportIssue.error(r.name(), null, null, "the zip entry '" + r.name() + "' was not read: its name " + r.problem()
                        + ", so it would land outside the batch. The rest of the zip was read."));
            }
            Manifest manifest = Manifest.read(source, json);
            report.describe(manifest.batchId(), manifest.kind());
            List<BatchSource.Entry> bodies = source.entries().stream()
                    .filter(e -> MessageBodyReader.isMessageBody(e.path()) && !e.path().equals(Manifest.FILE))
                    .toList();
            if (bodies.isEmpty()) {
                throw new BatchUnreadableException(FailurePhrase.BATCH_WITHOUT_BODIES, batchPath);
            }
            String fingerprint = manifest.batchId() != null ? manifest.batchId() : fingerprint(source.entries());
            try (SidecarFeatures sidecars = SidecarFeatures.load(manifest, source, store.folder().temp(), report, listener)) {
                SpaceCatalog spaces = new SpaceCatalog(store);
                ImportWriter writer = new ImportWriter(store, spaces,
                        new ImportWriter.BatchRow(manifest.batchId(), fingerprint, manifest.kind(), manifest.source(), batchPath),
                        limits, json, listener, report);
                ElementHandler handler = new ElementHandler(manifest.gallery(), json, sidecars,
                        new ImageIntake(source, store.images(), limits), spaces, writer, report, limits, token);
                MessageBodyReader reader = new MessageBodyReader(json, report);
                try {
                    for (BatchSource.Entry body : bodies) {
                        token.throwIfCancelled();
                        readBody(source, body, reader, handler, report, listener);
                    }
                    sidecars.reportOrphans(report);
                    Long seq = writer.finish(s -> report.build(s).toJson());
                    return report.build(seq);
                } catch (CancelledException | BatchUnreadableException e) {
                    try {
                        writer.rollback();
                    } catch (RuntimeException failed) {
                        e.addSuppressed(failed);
                    }
                    throw e;
                }
            }
        }
    }

    private static void readBody(BatchSource source, BatchSource.Entry body, MessageBodyReader reader, ElementHandler handler,
                                 ReportBuilder report, ProgressListener progress) {
        String file = body.path();
        try {
            progress.stage(TaskPhrase.CHECKING_FILE.with(file), body.size());
            long bad;
            try (InputStream in = new ProgressInputStream(source.open(body), progress)) {
                bad = Utf8Text.firstInvalidByte(in);
            }
            if (bad >= 0) {
                report.issue(ImportIssue.error(file, null, null, "file " + file + " is not UTF-8 (invalid byte at offset " + bad
                        + "); convert it to UTF-8 and import again. Nothing of this file was imported."));
                return;
            }
            progress.stage(TaskPhrase.READING_FILE.with(file), body.size());
            try (InputStream in = new ProgressInputStream(source.open(body), progress)) {
                reader.read(file, in, handler);
            }
        } catch (IOException e) {
            report.issue(ImportIssue.error(file, null, null, "file " + file + " cannot be read (" + e.getMessage()
                    + "); the records read before the failure were kept. Check the disk or copy the batch again, then import again."));
        }
    }

    /** SHA-256 over the sorted (path, size) of the batch's files: the same files, the same batch. */
    static String fingerprint(List<BatchSource.Entry> entries) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (BatchSource.Entry e : entries) d.update((e.path() + '\u0000' + e.size() + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
