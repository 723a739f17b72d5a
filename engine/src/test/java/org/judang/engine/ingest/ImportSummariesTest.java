package org.judang.engine.ingest;

import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.model.ObjectType;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

/** A table of batches reads the reports without their issues; one report is read whole when asked for. */
class ImportSummariesTest {
    @TempDir Path tmp;

    @Test
    void summariesCountTheIssuesTheyLeaveOut() {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "summaries")) {
            TestBatch clean = TestBatch.in(tmp.resolve("clean")).json("faces.json", ObjectType.FACE, face(1), face(2));
            String whole = facesBody(face(3), face(4), face(5));
            TestBatch broken = TestBatch.in(tmp.resolve("broken")).text("faces.json", whole.substring(0, whole.indexOf(face(5).toString()) + 20))
                    .text("persons.json", "{\"PersonListObject\":{\"PersonObject\":[").json("motors.json", ObjectType.MOTOR_VEHICLE, object(ObjectType.MOTOR_VEHICLE, 1));
            s.importBatch(clean.root(), ProgressListener.NONE, CancellationToken.none());
            ImportReport full = s.importBatch(broken.root(), ProgressListener.NONE, CancellationToken.none());
            assertTrue(full.issues().size() >= 2, "two cut-off files: " + full.issues());

            List<ImportReport> summaries = s.importSummaries();
            List<ImportReport> history = s.importHistory();
            assertEquals(2, summaries.size());
            for (int i = 0; i < 2; i++) {
                ImportReport whole2 = history.get(i), summary = summaries.get(i);
                assertEquals(List.of(), summary.issues());
                assertEquals(whole2.issues().size() + whole2.issuesNotListed(), summary.issuesNotListed(), "the total stays");
                assertEquals(whole2.withoutIssueList(whole2.issues().size()), summary, "everything else as stored");
                assertEquals(whole2, s.importReport(summary.batchSeq()).orElseThrow(), "the whole report, issues and all");
            }
            assertEquals(full, history.get(1));
            assertEquals(0, summaries.get(0).issuesNotListed());
            assertEquals(2, summaries.get(1).counts(ObjectType.FACE).imported());
            assertTrue(s.importReport(9_999).isEmpty());
        }
    }
}
