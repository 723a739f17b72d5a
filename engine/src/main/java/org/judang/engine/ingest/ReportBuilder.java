package org.judang.engine.ingest;

import org.judang.engine.model.ObjectType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gathers an import's counts and issues as it goes; keeps at most a limit of issues, counting the rest. */
final class ReportBuilder {
    private final String batch;
    private final int maxListedIssues;
    private final Map<ObjectType, long[]> counts = new EnumMap<>(ObjectType.class);
    private final List<ImportIssue> issues = new ArrayList<>();
    private long issuesNotListed;
    private String batchId;
    private String kind = Manifest.CAPTURES;
    private long camerasAdded, camerasUpdated, camerasUnchanged, camerasRejected;
    private long galleryImported;
    private long orphanCount;
    private List<String> orphanSample = List.of();

    private static final int IMPORTED = 0, DUPLICATES = 1, REJECTED = 2, WARNINGS = 3;

    ReportBuilder(String batch, int maxListedIssues) {
        this.batch = batch;
        this.maxListedIssues = maxListedIssues;
        for (ObjectType t : ObjectType.values()) counts.put(t, new long[4]);
    }

    void describe(String batchId, String kind) {
        this.batchId = batchId;
        this.kind = kind;
    }

    void imported(ObjectType type, List<ImportIssue> warnings) {
        counts.get(type)[IMPORTED]++;
        counts.get(type)[WARNINGS] += warnings.size();
        warnings.forEach(this::issue);
    }

    void duplicate(ObjectType type) {
        counts.get(type)[DUPLICATES]++;
    }

    /** A record not imported; {@code type} may be null when the broken line did not say which kind of object it held. */
    void rejected(ObjectType type, ImportIssue error) {
        if (type != null) counts.get(type)[REJECTED]++;
        issue(error);
    }

    /** A record not imported for a reason an issue about something larger (its archive) already gives. */
    void notImported(ObjectType type) {
        counts.get(type)[REJECTED]++;
    }

    void galleryImported() {
        galleryImported++;
    }

    void cameraRejected(ImportIssue error) {
        camerasRejected++;
        issue(error);
    }

    void cameraStored(boolean added, boolean changed) {
        if (!changed) camerasUnchanged++;
        else if (added) camerasAdded++;
        else camerasUpdated++;
    }

    void orphans(long count, List<String> sample) {
        orphanCount += count;
        if (orphanSample.isEmpty()) orphanSample = List.copyOf(sample);
    }

    /** An issue about a file, a feature file or the batch, outside any one record's counts. */
    void issue(ImportIssue issue) {
        if (issues.size() < maxListedIssues) issues.add(issue);
        else issuesNotListed++;
    }

    ImportReport build(Long batchSeq) {
        Map<ObjectType, ImportReport.TypeCounts> byType = new EnumMap<>(ObjectType.class);
        counts.forEach((t, c) -> byType.put(t, new ImportReport.TypeCounts(c[IMPORTED], c[DUPLICATES], c[REJECTED], c[WARNINGS])));
        return new ImportReport(batch, batchId, kind, batchSeq, byType,
                new ImportReport.CameraCounts(camerasAdded, camerasUpdated, camerasUnchanged, camerasRejected),
                galleryImported, orphanCount, orphanSample, issues, issuesNotListed);
    }
}
