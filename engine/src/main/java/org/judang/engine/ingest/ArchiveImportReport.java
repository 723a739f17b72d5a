package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.model.ArchiveKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an archive import did: archives filed, found already in the case exactly so, and not imported, per kind; and,
 * in {@link #records()}, the members' own import report, whose issues also hold every archive-level problem (the
 * archive's ID in place of a record's).
 *
 * @param source         the export package as given
 * @param libraryId      the {@code ArchiveLibraryID} the package names, or null when it has no {@code ArchiveLibrary.json}
 * @param archives       per kind
 */
public record ArchiveImportReport(String source, String libraryId, Map<ArchiveKind, ArchiveCounts> archives, ImportReport records) {

    /**
     * Archives of one kind.
     *
     * @param imported  filed with their members
     * @param unchanged already in the case with exactly these members (an import run again): left as they are
     * @param rejected  not imported: a conflict with the case, no body, no details, or no member that could be imported
     */
    public record ArchiveCounts(long imported, long unchanged, long rejected) {
        static final ArchiveCounts ZERO = new ArchiveCounts(0, 0, 0);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArchiveImportReport {
        EnumMap<ArchiveKind, ArchiveCounts> all = new EnumMap<>(ArchiveKind.class);
        for (ArchiveKind k : ArchiveKind.values()) all.put(k, archives == null ? ArchiveCounts.ZERO : archives.getOrDefault(k, ArchiveCounts.ZERO));
        archives = Collections.unmodifiableMap(all);
    }

    public long totalImported() {
        return archives.values().stream().mapToLong(ArchiveCounts::imported).sum();
    }

    public long totalUnchanged() {
        return archives.values().stream().mapToLong(ArchiveCounts::unchanged).sum();
    }

    public long totalRejected() {
        return archives.values().stream().mapToLong(ArchiveCounts::rejected).sum();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An archive import report cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The archive counts, then the members' report (counts per type and the issues). */
    public String formatText() {
        StringBuilder sb = new StringBuilder("Archives from ").append(source);
        if (libraryId != null) sb.append(" (library ").append(libraryId).append(')');
        sb.append('\n');
        String row = "%-20s %10s %10s %9s%n";
        sb.append(String.format(row, "", "imported", "unchanged", "rejected"));
        for (ArchiveKind k : ArchiveKind.values()) {
            ArchiveCounts c = archives.get(k);
            sb.append(String.format(row, label(k), c.imported(), c.unchanged(), c.rejected()));
        }
        sb.append(String.format(row, "Total", totalImported(), totalUnchanged(), totalRejected()));
        // the members' report without its batch line, and without cameras, which an export does not carry
        sb.append("Members:\n").append(records.formatText().replaceFirst("^Batch [^\\n]*\\n", "").replaceFirst("(?m)^Cameras: [^\\n]*\\n", ""));
        return sb.toString();
    }

    private static String label(ArchiveKind k) {
        return switch (k) {
            case PERSON -> "Person archives";
            case VEHICLE -> "Vehicle archives";
            case OBJECT -> "Object archives";
        };
    }
}
