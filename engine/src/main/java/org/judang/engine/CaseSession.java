package org.judang.engine;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.archive.Archiving;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.archive.ArchivingSummary;
import org.judang.engine.archive.CentreSearch;
import org.judang.engine.ingest.ProbeFile;
import org.judang.engine.archive.Companion;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.archive.CorrectionEvent;
import org.judang.engine.archive.CoverAndName;
import org.judang.engine.archive.Corrections;
import org.judang.engine.archive.MemberSimilarities;
import org.judang.engine.archive.MergeSuggestion;
import org.judang.engine.archive.MergeSuggestions;
import org.judang.engine.archive.RealName;
import org.judang.engine.archive.RealNameMatcher;
import org.judang.engine.archive.ThresholdPreview;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.export.ArchiveExporter;
import org.judang.engine.export.ArchiveMessages;
import org.judang.engine.ingest.ArchiveImportReport;
import org.judang.engine.ingest.ArchiveImporter;
import org.judang.engine.ingest.BatchImporter;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ExportSummary;
import org.judang.engine.export.ImageMode;
import org.judang.engine.export.NamedExport;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.TaskManager;
import org.judang.engine.task.TaskState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.metrics.QualityMetrics;
import org.judang.engine.metrics.QualityReport;
import org.judang.engine.metrics.TruthFile;
import org.judang.engine.metrics.TruthFileException;
import org.judang.engine.model.Archive;
import org.judang.engine.model.Camera;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.PlateKey;
import org.judang.engine.model.TimeSpan;
import org.judang.engine.model.TrajectoryPoint;
import org.judang.engine.store.Queries;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Batches;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Cameras;
import org.judang.engine.store.CoversAndNames;
import org.judang.engine.store.Gallery;
import org.judang.engine.store.RealNames;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One open case: the single facade over the engine. Long operations take a {@link ProgressListener} and a
 * {@link CancellationToken} and run on the caller's thread; callers that must stay responsive run them on a
 * worker.
 */
public final class CaseSession implements AutoCloseable {
    /** Task parameters as JSON; in a holder, so that opening a case does not wait for Jackson to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final CaseStore store;
    private final String actor = System.getProperty("user.name", "investigator");
    private final TaskManager tasks;
    private final CentreSearch centreSearch;
    private final List<java.util.function.Consumer<CorrectionEvent>> correctionListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    CaseSession(CaseStore store) {
        this.store = store;
        this.tasks = new TaskManager(store);
        this.centreSearch = new CentreSearch(store);
    }

    /** The case's background tasks: queued long jobs with progress and cancel, and the task list. */
    public TaskManager tasks() {
        return tasks;
    }

    /** Imports a batch as a background task. */
    public TaskInfo startImport(Path batch) {
        ObjectNode p = Json.MAPPER.createObjectNode().put("batch", batch.toAbsolutePath().toString());
        return tasks.submit(TaskKind.IMPORT, TaskPhrase.IMPORT_BATCH.with(batch.getFileName()), p.toString(), (progress, cancel) -> {
            ImportReport r = importBatch(batch, progress, cancel);
            return TaskPhrase.IMPORTED.with(r.totalImported(), r.totalDuplicates(), r.totalRejected());
        });
    }

    /** Clusters the records not yet archived as a background task. */
    public TaskInfo startCluster(ClusterOptions options) {
        ObjectNode p = Json.MAPPER.createObjectNode().put("k", options.k()).put("reestimate", options.reestimate());
        if (options.threshold() != null) p.put("threshold", options.threshold());
        return tasks.submit(TaskKind.CLUSTER, TaskPhrase.CLUSTER_RECORDS.with(), p.toString(), (progress, cancel) -> {
            ArchivingSummary s = cluster(options, progress, cancel);
            return TaskPhrase.CLUSTERED.with(s.recordsClustered(), s.archivesCreated(), s.archivesUpdated());
        });
    }

    /** Exports the archives (in full, or a delta since a named export) as a background task. */
    public TaskInfo startExport(Path out, ExportOptions options) {
        ObjectNode p = Json.MAPPER.createObjectNode().put("out", out.toAbsolutePath().toString()).put("images", options.images().name()).put("zip", options.zip());
        if (options.name() != null) p.put("name", options.name());
        if (options.since() != null) p.put("since", options.since());
        return tasks.submit(TaskKind.EXPORT, TaskPhrase.EXPORT_TO.with(out.getFileName()), p.toString(), (progress, cancel) -> {
            ExportSummary s = export(out, options, progress, cancel);
            ExportSummary.Changes d = s.changes();
            return d == null ? TaskPhrase.EXPORTED.with(s.archives(), s.vehicleArchives(), s.records())
                    : TaskPhrase.EXPORTED_DELTA.with(d.since(), d.added(), d.modified(), d.deleted());
        });
    }

    /**
     * Runs an interrupted, failed or cancelled task again with the same parameters: an import picks up where it
     * stopped (what it stored is skipped as duplicates), clustering handles what is still unarchived.
     */
    public TaskInfo rerun(long taskId) {
        TaskInfo t = tasks.get(taskId).orElseThrow(() -> new IllegalArgumentException("No task " + taskId + " in this case."));
        if (!t.state().finished() || t.state() == TaskState.SUCCEEDED) throw new IllegalArgumentException("Task " + taskId + " is " + t.state() + ".");
        try {
            JsonNode p = Json.MAPPER.readTree(t.params());
            return switch (t.kind()) {
                case IMPORT -> startImport(Path.of(p.get("batch").asText()));
                case CLUSTER -> startCluster(ClusterOptions.defaults().withK(p.path("k").asInt(ClusterOptions.DEFAULT_K))
                        .withThreshold(p.has("threshold") ? p.get("threshold").asDouble() : null).withReestimate(p.path("reestimate").asBoolean()));
                case EXPORT -> startExport(Path.of(p.get("out").asText()), new ExportOptions(ImageMode.valueOf(p.get("images").asText()), p.get("zip").asBoolean(),
                        p.path("name").asText(null), p.path("since").asText(null)));
                default -> throw new IllegalArgumentException("A " + t.kind() + " task cannot be run again.");
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Task " + taskId + " has unreadable parameters: " + e.getMessage(), e);
        }
    }

    public Path folder() { return store.folder().root(); }

    public String name() { return store.name(); }

    public String libraryId() { return store.libraryId(); }

    /**
     * Imports an offline batch (a folder or a .zip) and reports what was imported, skipped and rejected.
     *
     * @throws org.judang.engine.ingest.BatchUnreadableException when the batch itself cannot be read
     */
    public ImportReport importBatch(Path batch, ProgressListener progress, CancellationToken cancel) {
        return new BatchImporter(store).importBatch(batch, progress, cancel);
    }

    /**
     * Imports a full export of another case (or of an upstream archive library) as archives with their records,
     * without clustering: archive IDs are kept, conflicts with what the case holds are reported and the case's own
     * archives and records are left as they are.
     *
     * @throws org.judang.engine.ingest.BatchUnreadableException when the package cannot be read; nothing was imported
     */
    public ArchiveImportReport importArchives(Path export, ProgressListener progress, CancellationToken cancel) {
        return new ArchiveImporter(store).importArchives(export, progress, cancel);
    }

    /** The import reports of the case's batches, oldest first (null report: an import that did not finish). */
    public List<ImportReport> importHistory() {
        return store.db().snapshot(Batches::all).stream().filter(b -> b.report() != null).map(b -> ImportReport.fromJson(b.report())).toList();
    }

    /**
     * The import reports of the case's batches, oldest first, as a table of batches shows them: each without its list
     * of issues, which it counts among those not listed ({@link ImportReport#withoutIssueList(long)}). SQLite leaves the
     * issues out, so nothing of them is read here (a batch of a million records can have 10,000).
     */
    public List<ImportReport> importSummaries() {
        return store.db().snapshot(Batches::summaries).stream().map(s -> ImportReport.fromJson(s.reportWithoutIssues()).withoutIssueList(s.issues())).toList();
    }

    /** The whole import report of one batch ({@code batchSeq} as in its report), if the case has it. */
    public Optional<ImportReport> importReport(long batchSeq) {
        return store.db().snapshot(c -> Batches.report(c, batchSeq)).map(ImportReport::fromJson);
    }

    /** Clusters every record not yet in an archive, files the clusters as archives, and refreshes merge suggestions. */
    public ArchivingSummary cluster(ClusterOptions options, ProgressListener progress, CancellationToken cancel) {
        ArchivingSummary s = new Archiving(store).clusterUnarchived(options, progress, cancel);
        new MergeSuggestions(store).refreshAfter(s.touchedArchives(), progress, cancel);
        new RealNameMatcher(store).refresh();
        return s;
    }

    /** Matches the gallery of known persons against the archives again; returns how many archives are real-name. */
    public int matchGallery() {
        return new RealNameMatcher(store).refresh();
    }

    /** The known person of an archive (proposed or confirmed), if any. */
    public Optional<RealName> realName(String archiveId) {
        return new RealNameMatcher(store).of(archiveId);
    }

    /**
     * The cover crops and known persons of a page of archives (the grid's tiles), by archive ID, in one query instead
     * of two look-ups per archive; archives that do not exist are left out.
     */
    public Map<String, CoverAndName> coversAndNames(List<String> archiveIds) {
        Map<String, CoverAndName> out = new HashMap<>(archiveIds.size() * 2);
        for (CoversAndNames.Row r : store.db().snapshot(c -> CoversAndNames.of(c, archiveIds)).values()) {
            RealNames.Row n = r.realName();
            out.put(r.archiveId(), new CoverAndName(r.archiveId(), r.coverImage(), n == null ? null
                    : new RealName(n.archiveId(), n.galleryId(), n.name(), n.idType(), n.idNumber(), n.similarity(), RealName.State.valueOf(n.state()))));
        }
        return out;
    }

    /** Every real-name match of an archive, rejected ones included. */
    public List<RealName> realNameMatches(String archiveId) {
        return new RealNameMatcher(store).all(archiveId);
    }

    /** Open merge suggestions, most similar first. */
    public List<MergeSuggestion> suggestions(int offset, int limit) {
        return new MergeSuggestions(store).open(offset, limit);
    }

    public long countSuggestions() {
        return new MergeSuggestions(store).countOpen();
    }

    /** Looks for merge suggestions again (after corrections, say). */
    public long refreshSuggestions(ProgressListener progress, CancellationToken cancel) {
        return new MergeSuggestions(store).refresh(progress, cancel);
    }

    /** Answers a suggestion (undoable): yes merges, no keeps the pair apart for good, not sure sets it aside. */
    public CorrectionResult answerSuggestion(MergeSuggestion s, MergeSuggestion.Answer answer) {
        return corrections().answer(s, answer);
    }

    /** How archive counts would change with the threshold, per feature space; writes nothing. */
    public List<ThresholdPreview> previewThresholds(ClusterOptions options, int steps, ProgressListener progress, CancellationToken cancel) {
        return new Archiving(store).preview(options, steps, progress, cancel);
    }

    /**
     * Corrections by a person (merge, split, move, not-this-identity, confirm, hide, name, notes, tags, cover) with
     * undo, redo and the audit log.
     */
    public Corrections corrections() {
        return new Corrections(store, actor, r -> announce(new CorrectionEvent(null, r)));
    }

    /**
     * The same corrections, entered in the audit log under another actor: {@code "alice via HTTP"} for the local
     * HTTP interface, so the log tells them apart from what was done in the window. Undo and redo are shared.
     */
    public Corrections corrections(String channel) {
        return new Corrections(store, actor + " via " + channel, r -> announce(new CorrectionEvent(channel, r)));
    }

    /**
     * Tells {@code listener} of every correction, undo and redo committed in this session, whichever channel it came
     * through, on the thread that made it (a window refreshes its views when the local interface changed the case).
     */
    public void addCorrectionListener(java.util.function.Consumer<CorrectionEvent> listener) {
        correctionListeners.add(listener);
    }

    public void removeCorrectionListener(java.util.function.Consumer<CorrectionEvent> listener) {
        correctionListeners.remove(listener);
    }

    private void announce(CorrectionEvent e) {
        for (var l : correctionListeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                // the correction is committed whatever a listener does; its failure is its own
                System.getLogger(CaseSession.class.getName()).log(System.Logger.Level.WARNING, "A correction listener failed: " + ex, ex);
            }
        }
    }

    /**
     * Builds archives' message bodies (B.2–B.5) one at a time, for the local interface; images inline as base64 or
     * left out.
     */
    public ArchiveMessages messages(boolean inlineImages) {
        return new ArchiveMessages(store, inlineImages ? ImageMode.INLINE : ImageMode.NONE);
    }

    /** The case's figures; kept until the case changes, as they count whole tables. */
    public CaseOverview overview() {
        return store.db().cachedSnapshot("overview", List.of(), c -> {
            long unarchived;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM records WHERE archive_id IS NULL"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                unarchived = rs.getLong(1);
            }
            // totals summed from the breakdowns: each count is a scan of an index, at a million records a visible part of opening a case
            Map<ObjectType, Long> byType = Records.countByType(c);
            Map<ArchiveKind, Long> byKind = Archives.countByKind(c);
            return new CaseOverview(store.name(), store.libraryId(), byType.values().stream().mapToLong(Long::longValue).sum(),
                    java.util.Collections.unmodifiableMap(byType), byKind.values().stream().mapToLong(Long::longValue).sum(),
                    java.util.Collections.unmodifiableMap(byKind), unarchived, Cameras.all(c).size(), Gallery.count(c), Batches.all(c).size(), store.spaces());
        });
    }

    /** The case's first and last capture time (what "the last day" of seized footage means); empty when no record has a time. */
    public Optional<TimeSpan> captureSpan() {
        return store.db().snapshot(Records::captureSpan);
    }

    /** Archives matching the filter, largest first (then by ID), a page at a time. */
    public List<Archive> archives(ArchiveFilter filter, int offset, int limit) {
        return archives(filter, ArchiveOrder.LARGEST_FIRST, offset, limit);
    }

    /**
     * The archives among {@code ranked} (say, what a search by image found, best first) that match the filter, in the
     * order of {@code ranked}, a page at a time. Meant for up to a few thousand IDs, which are ranked in memory.
     */
    public List<Archive> archivesRanked(ArchiveFilter filter, List<String> ranked, int offset, int limit) {
        if (ranked.isEmpty() || limit <= 0) return List.of();
        Map<String, Integer> rank = new HashMap<>();
        for (String id : ranked) rank.putIfAbsent(id, rank.size());
        List<Archive> all = new ArrayList<>(archives(filter.withIds(rank.keySet()), ArchiveOrder.BY_ID, 0, Integer.MAX_VALUE));
        all.sort(java.util.Comparator.comparingInt((Archive a) -> rank.get(a.id())));
        return List.copyOf(all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size())));
    }

    /**
     * The captures of a file from elsewhere (a GA/T 1400 message body with features) that can be searched with, in
     * this case's feature spaces: see {@link ProbeFile}. Reads the file; not on a window's thread.
     *
     * @throws IllegalArgumentException naming the file and saying why nothing in it can be searched with
     */
    public ProbeFile.Contents probesIn(Path file) {
        return ProbeFile.read(file, store.spaces());
    }

    /** From this offset on, a page past the middle of the list is read from its end ({@link #archives(ArchiveFilter, ArchiveOrder, int, int)}). */
    static final int FAR_OFFSET = 10_000;

    /** Archives matching the filter in the given order, a page at a time. */
    public List<Archive> archives(ArchiveFilter filter, ArchiveOrder order, int offset, int limit) {
        return archives(filter, order, offset, limit, FAR_OFFSET);
    }

    /** As {@link #archives(ArchiveFilter, ArchiveOrder, int, int)}, reading from the end from {@code farOffset} on (tests use small ones). */
    List<Archive> archives(ArchiveFilter filter, ArchiveOrder order, int offset, int limit, int farOffset) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        if (offset >= farOffset && limit > 0) {
            // past the middle, read from the end: SQLite walks the index backwards, and skips what lies after the page
            // instead of what lies before it (the last page of 122,853 archives: 16 ms by offset, 1 ms so)
            long n = countArchives(filter);
            if (offset >= n) return List.of();
            if (offset > n / 2) {
                int take = (int) Math.min(limit, n - offset);
                params.add(take);
                params.add(n - offset - take);
                List<Archive> rows = new ArrayList<>(store.db().snapshot(c -> Archives.list(c, where + " ORDER BY " + order.reversedSql() + " LIMIT ? OFFSET ?", params)));
                java.util.Collections.reverse(rows);
                return List.copyOf(rows);
            }
        }
        params.add(limit);
        params.add(offset);
        return store.db().snapshot(c -> Archives.list(c, where + " ORDER BY " + order.sql() + " LIMIT ? OFFSET ?", params));
    }

    /** How many archives match the filter. */
    public long countArchives(ArchiveFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String sql = "SELECT count(*) FROM archives " + where;
        // a count reads an index of every archive (30-60 ms at a million records): kept until the case changes
        return store.db().cachedSnapshot(sql, params, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String where(ArchiveFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder("WHERE record_count >= ?");
        params.add(f.minSize());
        if (f.kind() != null) {
            w.append(" AND kind = ?");
            params.add(f.kind().name());
        }
        if (f.status() != null) {
            w.append(" AND status = ?");
            params.add(f.status().name());
        } else {
            w.append(" AND status <> 'HIDDEN'");
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toUpperCase(java.util.Locale.ROOT) + "%";
            w.append(" AND (id LIKE ? OR upper(coalesce(plate,'')) LIKE ? OR upper(coalesce(name,'')) LIKE ?"
                    + " OR EXISTS (SELECT 1 FROM realname rn JOIN gallery g ON g.id = rn.gallery_id WHERE rn.archive_id = archives.id"
                    + " AND rn.state <> 'REJECTED' AND (upper(coalesce(g.name,'')) LIKE ? OR upper(coalesce(g.id_number,'')) LIKE ?)))");
            params.add(f.text().trim() + "%");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (f.plate() != null && !f.plate().isBlank()) {
            w.append(" AND ").append(plateMatch(f.plate(), params));
        }
        if (f.area() != null) {
            w.append(" AND ").append(CAPTURED_AT).append("(SELECT ape_id FROM cameras WHERE longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?))");
            params.add(f.area().minLon());
            params.add(f.area().maxLon());
            params.add(f.area().minLat());
            params.add(f.area().maxLat());
        }
        if (f.realName() != null) {
            // the matched archives are few: a true filter starts from them; a false one is checked on the way down the list
            w.append(f.realName() ? " AND id IN (SELECT rn.archive_id FROM realname rn WHERE rn.state <> 'REJECTED')"
                    : " AND NOT EXISTS (SELECT 1 FROM realname rn WHERE rn.archive_id = archives.id AND rn.state <> 'REJECTED')");
        }
        if (f.deviceId() != null) {
            w.append(" AND ").append(CAPTURED_AT).append("(?))");
            params.add(f.deviceId());
        }
        if (f.from() != null) {
            w.append(" AND last_time >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            w.append(" AND first_time <= ?");
            params.add(f.to());
        }
        if (f.kinds() != null) {
            w.append(" AND kind IN ").append(placeholders(f.kinds().size()));
            f.kinds().forEach(k -> params.add(k.name()));
        }
        if (f.ids() != null) {
            w.append(" AND id IN ").append(placeholders(f.ids().size()));
            params.addAll(f.ids());
        }
        if (f.deviceIds() != null) {
            w.append(" AND ").append(CAPTURED_AT).append(placeholders(f.deviceIds().size())).append(")");
            params.addAll(f.deviceIds());
        }
        if (f.placeCode() != null && !f.placeCode().isBlank()) {
            w.append(" AND ").append(CAPTURED_AT).append("(SELECT ape_id FROM cameras WHERE substr(place_code, 1, ?) = ?))");
            params.add(f.placeCode().trim().length());
            params.add(f.placeCode().trim());
        }
        if (f.plates() != null) {
            List<String> any = new ArrayList<>();
            for (String p : f.plates()) if (p != null && !p.isBlank()) any.add(plateMatch(p, params));
            w.append(any.isEmpty() ? " AND 0" : " AND (" + String.join(" OR ", any) + ")");
        }
        if (f.names() != null) {
            w.append(" AND (name IN ").append(placeholders(f.names().size()))
                    .append(" OR EXISTS (SELECT 1 FROM realname rn JOIN gallery g ON g.id = rn.gallery_id WHERE rn.archive_id = archives.id"
                            + " AND rn.state <> 'REJECTED' AND g.name IN ").append(placeholders(f.names().size())).append("))");
            params.addAll(f.names());
            params.addAll(f.names());
        }
        if (f.idNumbers() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM realname rn JOIN gallery g ON g.id = rn.gallery_id WHERE rn.archive_id = archives.id"
                    + " AND rn.state <> 'REJECTED' AND upper(g.id_number) IN ").append(placeholders(f.idNumbers().size())).append(")");
            f.idNumbers().forEach(n -> params.add(n.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        if (f.attributes() != null) {
            for (Map.Entry<String, String> a : f.attributes().entrySet()) {
                if (!a.getKey().matches("[A-Za-z][A-Za-z0-9]*")) throw new IllegalArgumentException("Not an object field name: '" + a.getKey() + "'.");
                w.append(" AND EXISTS (SELECT 1 FROM records r WHERE r.archive_id = archives.id AND json_extract(r.raw, ?) = ?)");
                params.add("$." + a.getKey());
                params.add(a.getValue());
            }
        }
        return w.toString();
    }

    /**
     * The start of a condition on archives captured by some cameras, to be followed by a list of camera IDs and a
     * closing bracket. The archives are read from {@code archive_cameras}, once; the unary {@code +} keeps SQLite
     * walking the archives in list order and testing each against that set, which stops after a page instead of
     * fetching and sorting every archive a busy camera saw.
     */
    private static final String CAPTURED_AT = "+id IN (SELECT ac.archive_id FROM archive_cameras ac WHERE ac.camera_id IN ";

    /**
     * A plate matched exactly or through OCR confusions, with {@code *} and {@code ?} wildcards: a look-up of the
     * normalised plate key, over the range of keys that start with the part before the first wildcard. (A plate equal
     * to the query has the query's key, and keys are upper case, so this is the same as the plate or its key matching.)
     */
    private static String plateMatch(String plate, List<Object> params) {
        String key = PlateKey.of(plate.trim().toUpperCase(java.util.Locale.ROOT));
        int wild = indexOfAny(key, "*?%_");
        if (wild < 0) {
            params.add(key);
            return "plate_key = ?";
        }
        params.add(key.replace('*', '%').replace('?', '_'));
        if (wild == 0) return "plate_key LIKE ?";
        String prefix = key.substring(0, wild);
        int last = prefix.codePointBefore(prefix.length());
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        if (next > Character.MAX_CODE_POINT) return "plate_key LIKE ?";
        params.add(prefix);
        params.add(prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(next));
        return "(plate_key LIKE ? AND plate_key >= ? AND plate_key < ?)";
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** {@code (?,?,…)}; {@code (NULL)} for none, which matches nothing. */
    private static String placeholders(int n) {
        return n == 0 ? "(NULL)" : "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** Vehicle archives whose plate a clearly different vehicle also carries (suspected cloned plates, 套牌), by plate. */
    public List<Archive> suspectedClonedPlates() {
        return store.db().snapshot(c -> {
            List<Archive> out = new ArrayList<>();
            for (String id : Archives.clonedPlate(c)) Archives.byId(c, id).ifPresent(out::add);
            return out;
        });
    }

    /** An archive's captures in time order, with camera and place: where it went. */
    public List<TrajectoryPoint> trajectory(String archiveId) {
        return store.db().snapshot(c -> Queries.trajectory(c, archiveId));
    }

    /**
     * Archives seen with this one (同行): at the same camera within {@code windowSeconds} of its captures, ranked by how
     * many of its captures they accompany. A person's own linked captures (face and body) do not count.
     */
    public List<Companion> companions(String archiveId, long windowSeconds, int limit) {
        return store.db().snapshot(c -> Queries.companions(c, archiveId, windowSeconds, limit)).stream()
                .map(r -> new Companion(r.archiveId(), r.together(), r.first(), r.last())).toList();
    }

    /** Search by image (以图搜档) with a stored capture: the archives whose centre is closest to its feature. */
    public List<ArchiveMatch> searchByRecord(String recordId, double threshold, int limit) {
        ObjectRecord r = record(recordId).orElseThrow(() -> new IllegalArgumentException("No record " + recordId + " in this case."));
        if (r.spaceId() <= 0) throw new IllegalArgumentException("Record " + recordId + " has no feature to search with.");
        FeatureSpace space = store.spaces().stream().filter(x -> x.id() == r.spaceId()).findFirst().orElseThrow();
        // the capture's own archive is always compared: the index may not find the capture itself
        return centreSearch.search(space, store.vectors().file(space).map().get(r.ordinal()), threshold, limit,
                r.archiveId() == null ? java.util.Set.of() : java.util.Set.of(r.archiveId()));
    }

    /** Search by feature: a vector of one of the case's feature spaces (for example from an image analysed elsewhere). */
    public List<ArchiveMatch> searchByFeature(FeatureSpace space, float[] vector, double threshold, int limit) {
        return centreSearch.search(space, vector, threshold, limit);
    }

    /**
     * Search by image with several captures (those of a file, {@link #probesIn}): the archives like any of them, each
     * with its best similarity, best first, at most {@code limit} per capture.
     */
    public List<ArchiveMatch> searchByProbes(List<ProbeFile.Probe> probes, double threshold, int limit) {
        Map<String, ArchiveMatch> best = new HashMap<>();
        for (ProbeFile.Probe p : probes) {
            for (ArchiveMatch m : searchByFeature(p.space(), p.unit(), threshold, limit)) {
                best.merge(m.archive().id(), m, (a, b) -> b.similarity() > a.similarity() ? b : a);
            }
        }
        List<ArchiveMatch> out = new ArrayList<>(best.values());
        out.sort(java.util.Comparator.comparingDouble((ArchiveMatch m) -> -m.similarity()).thenComparing(m -> m.archive().id()));
        return out;
    }

    /** The case's feature spaces (object type, vendor, algorithm version, dimension). */
    public List<FeatureSpace> spaces() {
        return store.spaces();
    }

    /** The cameras of the case, by ID. */
    public List<Camera> cameras() {
        return store.db().snapshot(Cameras::all);
    }

    /** The file of a stored image (a record's {@code cropImage} or {@code sceneImage} key), if present. */
    public Optional<Path> imageFile(String key) {
        return store.images().file(key);
    }

    /** A record's message body as imported (JSON), images stripped to their {@code JudangImageKey}. */
    public Optional<String> rawObject(String recordId) {
        return store.db().snapshot(c -> Records.raw(c, recordId));
    }

    public Optional<Archive> archive(String id) {
        return store.db().snapshot(c -> Archives.byId(c, id));
    }

    /** An archive's records, by type then ID, each with its similarity to the archive's centre. */
    public List<ObjectRecord> members(String archiveId) {
        return store.db().snapshot(c -> MemberSimilarities.of(c, store, archiveId, Records.list(c, "WHERE archive_id=? ORDER BY object_type, id", List.of(archiveId))));
    }

    /**
     * The {@code n} members of an archive most similar to its centre, most similar first (then by ID), with their
     * similarity: what a glance at an archive shows (the merge-suggestion queue), without reading every member.
     */
    public List<ObjectRecord> closestMembers(String archiveId, int n) {
        return store.db().snapshot(c -> MemberSimilarities.closest(c, store, archiveId, n));
    }

    public Optional<ObjectRecord> record(String id) {
        return store.db().snapshot(c -> Records.byId(c, id));
    }

    /**
     * Exports the archives as GA/T 2350.5 message bodies (a folder, or a zip), images inline, as files or none: every
     * archive but the hidden ones, or with {@link ExportOptions#since()} only what changed since that named export.
     */
    public ExportSummary export(Path out, ExportOptions options, ProgressListener progress, CancellationToken cancel) {
        return new ArchiveExporter(store).export(out, options, progress, cancel);
    }

    /** The case's finished exports, newest first: a delta export can be made since any of them. */
    public List<NamedExport> exports() {
        return new ArchiveExporter(store).namedExports();
    }

    /**
     * Quality figures (GA/T 2350.5 7.1) of the case's archives against a truth file, optionally only for objects of
     * some types (an empty set means all labelled objects).
     */
    public QualityReport evaluate(Path truthFile, Set<ObjectType> types) {
        Map<String, String> truth = new HashMap<>(TruthFile.read(truthFile));
        if (!types.isEmpty()) {
            Map<String, ObjectType> typeOf = typesOf(truth.keySet());
            truth.keySet().removeIf(id -> !types.contains(typeOf.get(id)));
            if (truth.isEmpty()) throw new TruthFileException(FailurePhrase.TRUTH_NONE_OF_TYPES, types, truthFile);
        }
        return QualityMetrics.compute(truth, archiveAssignments(types));
    }

    /** Which archive each archived record is in, optionally only for some object types. */
    public Map<String, String> archiveAssignments(Set<ObjectType> types) {
        Map<String, String> out = new HashMap<>();
        store.db().snapshot(c -> {
            Records.forEach(c, "WHERE archive_id IS NOT NULL", List.of(), r -> {
                if (types.isEmpty() || types.contains(r.type())) out.put(r.id(), r.archiveId());
            });
            return null;
        });
        return out;
    }

    /** The object types of the given record IDs present in the case. */
    public Map<String, ObjectType> typesOf(Set<String> ids) {
        Map<String, ObjectType> out = new HashMap<>();
        store.db().snapshot(c -> {
            Records.forEach(c, "", List.of(), r -> {
                if (ids.contains(r.id())) out.put(r.id(), r.type());
            });
            return null;
        });
        return out;
    }

    /** The engine's store, for the engine's own packages and tests. Not part of the API the UI uses. */
    CaseStore store() { return store; }

    @Override
    public void close() {
        try {
            tasks.close();
        } finally {
            store.close();
        }
    }

    /** An archive's notes as a person wrote them; empty when there are none (or no such archive). */
    public Optional<String> archiveNotes(String archiveId) {
        return store.db().snapshot(c -> {
            String[] e = Archives.editable(c, archiveId);
            return e == null ? Optional.<String>empty() : Optional.ofNullable(e[0]);
        });
    }

    /** An archive's tags in the order they were set; empty when there are none (or no such archive). */
    public List<String> archiveTags(String archiveId) {
        return store.db().snapshot(c -> {
            String[] e = Archives.editable(c, archiveId);
            return e == null || e[1] == null || e[1].isBlank() ? List.<String>of() : List.of(e[1].split(","));
        });
    }
}
