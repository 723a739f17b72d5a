package org.judang.ui.archivepage;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.Feedback;
import org.judang.ui.SyntheticCase;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.corrections.CorrectionsController;
import org.judang.ui.i18n.Language;
import org.judang.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive page's controller without a window: loading, related archives, edits and what the person is told. */
class ArchivePageControllerTest {
    private final CaseSession session = SyntheticCase.clusteredSession();
    private final List<String> told = new ArrayList<>();
    private final Feedback feedback = new Feedback() {
        @Override public void info(String title, String text) { told.add(text); }
        @Override public void success(String title, String text, String actionText, Runnable action) { told.add(text); }
        @Override public void error(String title, String text) { told.add("ERROR " + text); }
    };
    private final Messages m = new Messages(Language.ENGLISH);
    private final CorrectionsController corrections = new CorrectionsController(session, EngineCalls.direct(), m, feedback);
    private final ArchivePageController page = new ArchivePageController(session, EngineCalls.direct(), new ArchivePageViewModel(), corrections, m);

    @AfterEach
    void close() {
        session.close();
    }

    private Archive largestPerson() {
        return session.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON), 0, 1).get(0);
    }

    @Test
    void opensWithMembersNotesAndCameras() {
        Archive a = largestPerson();
        page.open(a.id());
        assertEquals(a.recordCount(), page.model().members().size());
        assertEquals(session.cameras().size(), page.model().cameras().size());
        assertTrue(page.model().focused().isPresent());
    }

    @Test
    void relatedArchivesSeenTogetherAndFoundByImage() {
        Archive a = largestPerson();
        page.open(a.id());
        page.loadCompanions();
        assertEquals(session.companions(a.id(), ArchivePageController.TOGETHER_SECONDS, 20).size(), page.model().companions().size());
        page.searchSimilar();
        assertFalse(page.model().similar().isEmpty(), "search by the focused capture finds other archives");
        assertTrue(page.model().similar().stream().noneMatch(r -> r.card().id().equals(a.id())), "the archive itself is left out");
        List<Double> sims = page.model().similar().stream().map(RelatedArchive::similarity).toList();
        assertEquals(sims.stream().sorted((x, y) -> Double.compare(y, x)).toList(), sims, "most similar first");
    }

    @Test
    void detailsAreSavedOneUndoableCorrectionEach() {
        Archive a = largestPerson();
        page.open(a.id());
        List<CorrectionResult> changes = new ArrayList<>();
        corrections.onChange(changes::add);
        corrections.onChange(r -> page.reload());
        page.saveDetails("Li Wei", "seen near the harbour", "suspect，witness");
        assertEquals(3, changes.size());
        assertEquals("Li Wei", session.archive(a.id()).orElseThrow().name());
        assertEquals(List.of("suspect", "witness"), session.archiveTags(a.id()));
        assertEquals("suspect, witness", page.model().tagsProperty().get());
        page.saveDetails("Li Wei", "seen near the harbour", "suspect, witness");
        assertEquals(3, changes.size(), "nothing changed, nothing saved");
        assertTrue(told.contains("Name saved."));
    }

    @Test
    void aRefusedCorrectionIsToldInWords() {
        Archive a = largestPerson();
        page.open(a.id());
        page.model().selectAll();
        Archive vehicle = session.archives(ArchiveFilter.all().withKind(ArchiveKind.VEHICLE), 0, 1).get(0);
        page.moveTo(vehicle.id());
        assertTrue(told.stream().anyMatch(t -> t.startsWith("ERROR ") && t.contains("vehicle archive")), told.toString());
    }
}
