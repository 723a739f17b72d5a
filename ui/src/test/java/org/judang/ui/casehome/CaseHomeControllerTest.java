package org.judang.ui.casehome;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.CaseOverview;
import org.judang.engine.ingest.ImportReport;
import org.judang.ui.SyntheticCase;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.i18n.Language;
import org.judang.ui.i18n.Messages;
import org.judang.ui.settings.UserSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.*;

/** The case home's controller without a window: what it reads again, and when. */
class CaseHomeControllerTest {
    private final CaseSession session = SyntheticCase.clusteredSession();
    private final Preferences prefs = Preferences.userRoot().node("org/judang/test/" + getClass().getSimpleName() + System.nanoTime());
    private final CaseHomeViewModel model = new CaseHomeViewModel();
    private final CaseHomeController home = new CaseHomeController(session, EngineCalls.direct(), model, new UserSettings(prefs), new Messages(Language.ENGLISH));

    @AfterEach
    void close() throws Exception {
        session.close();
        prefs.removeNode();
    }

    @Test
    void aCorrectionReadsTheFiguresAgainButNotTheImportReports() {
        home.refresh();
        assertFalse(model.history().isEmpty(), "the batch the case was made from");
        ImportReport report = model.history().get(0);
        CaseOverview before = model.overviewProperty().get();
        String archive = session.archives(ArchiveFilter.all(), 0, 1).get(0).id();
        session.corrections().confirm(archive);

        home.refreshFigures();
        assertNotSame(before, model.overviewProperty().get(), "the figures are read again");
        assertSame(report, model.history().get(0), "the reports, up to 10,000 issues each, are not parsed again");
        assertSame(report, model.selectedReportProperty().get());

        home.refresh();
        assertNotSame(report, model.history().get(0), "a full refresh (after an import) reads them again");
        assertEquals(report.batch(), model.history().get(0).batch());
    }

    @Test
    void theBatchesComeWithoutTheirIssuesWhichAreReadForTheReportShown() throws Exception {
        java.nio.file.Path batch = SyntheticCase.temp("judang-broken").resolve("broken");
        java.nio.file.Files.createDirectories(batch);
        java.nio.file.Files.writeString(batch.resolve("faces.json"), "{\"FaceListObject\":{\"FaceObject\":[");
        java.nio.file.Files.writeString(batch.resolve("persons.json"), "{\"PersonListObject\":{\"PersonObject\":[");
        ImportReport whole = session.importBatch(batch, org.judang.engine.task.ProgressListener.NONE, org.judang.engine.task.CancellationToken.none());
        assertEquals(2, whole.issues().size(), "two cut-off files");

        home.refresh();
        ImportReport shown = model.selectedReportProperty().get();
        assertEquals(whole.batchSeq(), shown.batchSeq(), "the newest batch is selected");
        assertEquals(java.util.List.of(), shown.issues(), "listed without its issues");
        assertEquals(2, shown.issues().size() + shown.issuesNotListed(), "but counting them");
        assertTrue(model.issues().isEmpty(), "nothing read before the home shows the report");

        home.showIssuesOf(shown);
        assertEquals(whole.issues(), model.issues());
        home.showIssuesOf(model.history().get(1));
        assertEquals(java.util.List.of(), model.issues(), "the clean batch the case was made from");
        home.showIssuesOf(shown);
        assertEquals(whole.issues(), model.issues());
    }
}
