package org.judang.engine.archive;

import java.util.Set;

/**
 * What a correction (or its undo or redo) did.
 *
 * @param auditSeq        its entry in the audit log
 * @param touchedArchives archives whose members or fields changed (some may no longer exist)
 * @param createdArchive  the archive it made, for a split; null otherwise
 */
public record CorrectionResult(long auditSeq, String action, String summary, Set<String> touchedArchives, String createdArchive) {}
