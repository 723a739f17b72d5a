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
}
