package org.judang.engine.ingest;

import org.judang.engine.model.ObjectType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ImportReportTest {

    private static ImportReport report(int errors) {
        List<ImportIssue> issues = new ArrayList<>();
        for (int i = 1; i <= errors; i++) issues.add(ImportIssue.error("faces.json", (long) i, "ID" + i, "problem " + i));
        issues.add(ImportIssue.warning("cameras.json", null, null, "a camera warning"));
        return new ImportReport("/batches/b1", "case42", "Captures", 7L,
                Map.of(ObjectType.FACE, new ImportReport.TypeCounts(120, 3, errors, 1)),
                new ImportReport.CameraCounts(2, 1, 0, 0), 0, 2, List.of("A", "B"), issues, 5);
    }

    @Test
    void jsonRoundTrips() {
        ImportReport r = report(3);
        assertEquals(r, ImportReport.fromJson(r.toJson()));
    }

    @Test
    void everyTypeHasCountsEvenWhenNoneWereSeen() {
        ImportReport r = report(0);
        assertEquals(ImportReport.TypeCounts.ZERO, r.counts(ObjectType.THING));
        assertEquals(120, r.totalImported());
        assertTrue(r.toJson().contains("\"NON_MOTOR_VEHICLE\""));
    }

    @Test
    void textShowsTheTableThenTheIssues() {
        String text = report(2).formatText();

        assertTrue(text.startsWith("Batch /batches/b1 (Captures, BatchID case42)"), text);
        assertTrue(text.matches("(?s).*Faces +120 +3 +2 +1\n.*"), text);
        assertTrue(text.contains("Cameras: 2 added, 1 updated"), text);
        assertTrue(text.contains("Sidecar IDs with no message body (not imported): 2 (e.g. A, B)"), text);
        assertTrue(text.contains("  ERROR   faces.json #2 [ID2]: problem 2\n"), text);
        assertTrue(text.contains("  WARNING cameras.json: a camera warning\n"), text);
        assertTrue(text.contains("… and 5 more"), "issues counted but not listed are mentioned");
    }

    @Test
    void textListsAtMostFiftyIssues() {
        String text = report(80).formatText();

        assertTrue(text.contains("problem 50\n"));
        assertFalse(text.contains("problem 51\n"));
        assertTrue(text.contains("… and 36 more"), text); // 81 listed + 5 not listed - 50 shown
        assertFalse(text.contains("Exception"));
    }

    @Test
    void aCleanImportSaysSo() {
        ImportReport clean = new ImportReport("/b", null, "Captures", 1L, Map.of(), null, 0, 0, null, null, 0);
        assertTrue(clean.formatText().endsWith("No issues.\n"));
    }
}
