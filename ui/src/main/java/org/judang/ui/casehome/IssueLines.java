package org.judang.ui.casehome;

import org.judang.engine.ingest.ImportIssue;

import java.util.List;

/** Import issues as text that pastes into a spreadsheet or a message: one issue a line, tab-separated. */
final class IssueLines {
    private IssueLines() {}

    static String of(List<ImportIssue> issues) {
        StringBuilder sb = new StringBuilder();
        for (ImportIssue i : issues) {
            sb.append(i.severity()).append('\t').append(i.file() == null ? "" : i.file()).append('\t')
                    .append(i.position() == null ? "" : i.position()).append('\t').append(i.recordId() == null ? "" : i.recordId()).append('\t')
                    .append(i.message()).append('\n');
        }
        return sb.toString();
    }
}
