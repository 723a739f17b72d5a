package org.judang.engine.ingest;

/**
 * One thing the importer found wrong in a batch.
 *
 * @param file     path of the file inside the batch ({@code /}-separated, relative to the batch root), or null when
 *                 the issue concerns the whole batch
 * @param position 1-based record number in a {@code .json} file, line number in a {@code .jsonl} file, or null when
 *                 the issue concerns the whole file
 * @param recordId the object's ID when it is known
 * @param message  what is wrong and, where it helps, what to do, in plain words
 */
public record ImportIssue(Severity severity, String file, Long position, String recordId, String message) {

    /** ERROR: something was not imported (a record, a file, a feature file). WARNING: imported, but with a flaw. */
    public enum Severity { ERROR, WARNING }

    static ImportIssue error(String file, Long position, String recordId, String message) {
        return new ImportIssue(Severity.ERROR, file, position, recordId, message);
    }

    static ImportIssue warning(String file, Long position, String recordId, String message) {
        return new ImportIssue(Severity.WARNING, file, position, recordId, message);
    }

    /** Where the issue is, e.g. {@code faces.json #3 [3302…]}, for the command line. */
    public String where() {
        StringBuilder sb = new StringBuilder(file == null ? "(batch)" : file);
        if (position != null) sb.append(" #").append(position);
        if (recordId != null) sb.append(" [").append(recordId).append(']');
        return sb.toString();
    }
}
