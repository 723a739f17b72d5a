package org.judang.ui.casehome;

import org.judang.engine.ingest.ImportIssue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Copied issues paste into a spreadsheet: one line each, tab-separated, empty cells for what is unknown. */
class IssueLinesTest {
    @Test
    void issuesAsTabSeparatedLines() {
        String text = IssueLines.of(List.of(
                new ImportIssue(ImportIssue.Severity.ERROR, "faces.json", 3L, "F1", "No feature vector"),
                new ImportIssue(ImportIssue.Severity.WARNING, null, null, null, "No manifest")));
        assertEquals("ERROR\tfaces.json\t3\tF1\tNo feature vector\nWARNING\t\t\t\tNo manifest\n", text);
    }
}
