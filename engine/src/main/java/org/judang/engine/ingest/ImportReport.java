package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.model.ObjectType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: counts per object type, cameras, gallery entries, orphan sidecar IDs and the issues found.
 * It is stored as JSON with the batch ({@link #toJson()}) and printed on the command line ({@link #formatText()}).
 *
 * @param batch          the batch as given (absolute path)
 * @param batchId        the manifest's {@code BatchID}, or null when the batch has no manifest or none there
 * @param kind           {@code Captures} or {@code Gallery}
 * @param batchSeq       the case's row for this batch, or null when the import stored nothing new (a batch seen before)
 * @param counts         per object type; in a gallery batch the FACE counts are the gallery entries
 * @param issues         ERRORs and WARNINGs in the order found; at most a limit are listed, {@code issuesNotListed} more were counted
 */
public record ImportReport(
        String batch, String batchId, String kind, Long batchSeq,
        Map<ObjectType, TypeCounts> counts,
        CameraCounts cameras,
        long galleryImported,
        long orphanCount, List<String> orphanSample,
        List<ImportIssue> issues, long issuesNotListed) {

    /** How many issues {@link #formatText()} prints before it says "… and N more". */
    public static final int PRINTED_ISSUES = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records of one object type: stored, skipped as already in the case, rejected, and warnings on those stored. */
    public record TypeCounts(long imported, long duplicates, long rejected, long warnings) {
        static final TypeCounts ZERO = new TypeCounts(0, 0, 0, 0);
    }

    /** Cameras ({@code APEObject}s): new, changed, already known exactly so, and rejected (no {@code ApeID}). */
    public record CameraCounts(long added, long updated, long unchanged, long rejected) {}

    public ImportReport {
        EnumMap<ObjectType, TypeCounts> all = new EnumMap<>(ObjectType.class);
        for (ObjectType t : ObjectType.values()) all.put(t, counts == null ? TypeCounts.ZERO : counts.getOrDefault(t, TypeCounts.ZERO));
        counts = Collections.unmodifiableMap(all);
        orphanSample = orphanSample == null ? List.of() : List.copyOf(orphanSample);
        issues = issues == null ? List.of() : List.copyOf(issues);
        cameras = cameras == null ? new CameraCounts(0, 0, 0, 0) : cameras;
    }

    public TypeCounts counts(ObjectType type) {
        return counts.get(type);
    }

    public long totalImported() {
        return counts.values().stream().mapToLong(TypeCounts::imported).sum();
    }

    public long totalDuplicates() {
        return counts.values().stream().mapToLong(TypeCounts::duplicates).sum();
    }

    public long totalRejected() {
        return counts.values().stream().mapToLong(TypeCounts::rejected).sum();
    }

    public long totalWarnings() {
        return counts.values().stream().mapToLong(TypeCounts::warnings).sum();
    }

    /**
     * The same report without its list of issues: the {@code listed} issues it had are counted among those not
     * listed, so that the total ({@code issues().size() + issuesNotListed()}) stays. What a table of batches needs.
     */
    public ImportReport withoutIssueList(long listed) {
        return new ImportReport(batch, batchId, kind, batchSeq, counts, cameras, galleryImported, orphanCount, orphanSample,
                List.of(), issuesNotListed + listed);
    }

    /** Issues of one severity among those listed. */
    public List<ImportIssue> issues(ImportIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import report cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a report stored by {@link #toJson()}. */
    public static ImportReport fromJson(String json) {
        try {
            return JSON.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an import report: " + e.getOriginalMessage(), e);
        }
    }

    /** A compact table of counts, then the first {@value #PRINTED_ISSUES} issues. */
    public String formatText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Batch ").append(batch);
        sb.append(" (").append(kind);
        if (batchId != null) sb.append(", BatchID ").append(batchId);
        sb.append(")\n");
        String row = "%-20s %10s %11s %9s %9s%n";
        sb.append(String.format(row, "", "imported", "duplicates", "rejected", "warnings"));
        for (ObjectType t : ObjectType.values()) {
            TypeCounts c = counts.get(t);
            sb.append(String.format(row, label(t), c.imported(), c.duplicates(), c.rejected(), c.warnings()));
        }
        sb.append(String.format(row, "Total", totalImported(), totalDuplicates(), totalRejected(), totalWarnings()));
        sb.append(String.format("Cameras: %d added, %d updated, %d unchanged, %d rejected%n",
                cameras.added(), cameras.updated(), cameras.unchanged(), cameras.rejected()));
        if ("Gallery".equals(kind)) sb.append("Gallery entries imported: ").append(galleryImported).append('\n');
        if (orphanCount > 0) {
            sb.append("Sidecar IDs with no message body (not imported): ").append(orphanCount)
                    .append(" (e.g. ").append(String.join(", ", orphanSample)).append(")\n");
        }
        long errors = issues(ImportIssue.Severity.ERROR).size();
        long warnings = issues.size() - errors;
        long total = issues.size() + issuesNotListed;
        if (total == 0) {
            sb.append("No issues.\n");
            return sb.toString();
        }
        sb.append("Issues: ").append(total);
        if (issuesNotListed == 0) sb.append(" (").append(errors).append(" errors, ").append(warnings).append(" warnings)");
        sb.append('\n');
        int shown = Math.min(PRINTED_ISSUES, issues.size());
        for (int i = 0; i < shown; i++) {
            ImportIssue issue = issues.get(i);
            sb.append(String.format("  %-7s %s: %s%n", issue.severity(), issue.where(), issue.message()));
        }
        if (total > shown) sb.append("  … and ").append(total - shown).append(" more\n");
        return sb.toString();
    }

    private static String label(ObjectType t) {
        return switch (t) {
            case FACE -> "Faces";
            case PERSON -> "Persons (bodies)";
            case MOTOR_VEHICLE -> "Motor vehicles";
            case NON_MOTOR_VEHICLE -> "Non-motor vehicles";
            case THING -> "Things";
        };
    }
}
