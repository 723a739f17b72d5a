package org.judang.ui.archive;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.SyntheticCase;
import org.judang.ui.concurrent.EngineCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid's state driven without a window: counts, pages loaded on demand, filters, selection and marks. */
class ArchiveGridViewModelTest {
    static CaseSession session;

    @BeforeAll
    static void open() {
        session = SyntheticCase.clusteredSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static ArchiveGridController started() {
        ArchiveGridController c = new ArchiveGridController(session, EngineCalls.direct(), new ArchiveGridViewModel());
        c.start();
        return c;
    }

    @Test
    void countsWhatTheEngineCountsAndHidesOneOffsByDefault() {
        ArchiveGridController c = started();
        long shown = c.model().countProperty().get();
        assertEquals(session.countArchives(ArchiveFilter.all().withMinSize(2)), shown);
        assertTrue(shown < session.countArchives(ArchiveFilter.all().withMinSize(1)), "one-capture archives are hidden");
        assertEquals(0, c.model().selectedIndexProperty().get());
        assertFalse(c.model().cameras().isEmpty());
    }

    @Test
    void pagesLoadWhenAskedAndMatchTheEnginesOrder() {
        ArchiveGridController c = started();
        assertTrue(c.model().loaded(0).isEmpty(), "nothing is loaded before the grid asks");
        ArchiveCard first = c.cardAt(0).orElseGet(() -> c.model().loaded(0).orElseThrow());
        assertEquals(session.archives(c.model().filter(), 0, 1).get(0).id(), first.id());
        assertTrue(c.model().loaded(ArchiveGridViewModel.PAGE_SIZE - 1).isPresent() || c.model().countProperty().get() < ArchiveGridViewModel.PAGE_SIZE);
        assertTrue(first.coverImage() != null, "the cover's crop is known");
    }

    @Test
    void aNewFilterCountsAgainAndStartsAtTheTop() {
        ArchiveGridController c = started();
        c.model().select(5);
        c.model().kindProperty().set(ArchiveKind.VEHICLE);
        assertEquals(session.countArchives(ArchiveFilter.all().withMinSize(2).withKind(ArchiveKind.VEHICLE)), c.model().countProperty().get());
        assertEquals(0, c.model().selectedIndexProperty().get());
        c.model().fromProperty().set(LocalDate.of(2100, 1, 1));
        assertEquals(0, c.model().countProperty().get());
        assertEquals(-1, c.model().selectedIndexProperty().get());
    }

    @Test
    void theFilterSaysWhatThePersonSet() {
        ArchiveGridViewModel m = new ArchiveGridViewModel();
        m.searchProperty().set("  浙B ");
        m.fromProperty().set(LocalDate.of(2025, 11, 3));
        m.toProperty().set(LocalDate.of(2025, 11, 3));
        m.realNameProperty().set(true);
        ArchiveFilter f = m.filter();
        assertEquals("浙B", f.text());
        assertEquals(LocalDate.of(2025, 11, 3).atStartOfDay().toEpochSecond(ZoneOffset.UTC), f.from());
        assertEquals(f.from() + 86_399, f.to());
        assertEquals(Boolean.TRUE, f.realName());
        assertEquals(2, f.minSize());
    }

    @Test
    void selectionStaysInTheGridAndMarksToggle() {
        ArchiveGridController c = started();
        long n = c.model().countProperty().get();
        c.model().moveSelection(-10);
        assertEquals(0, c.model().selectedIndexProperty().get());
        c.model().moveSelection((int) n + 50);
        assertEquals(n - 1, c.model().selectedIndexProperty().get());
        ArchiveCard card = c.cardAt(0).orElseGet(() -> c.model().loaded(0).orElseThrow());
        c.model().toggleMark(card);
        assertTrue(c.model().marked().containsKey(card.id()));
        c.model().toggleMark(card);
        assertTrue(c.model().marked().isEmpty());
    }

    @Test
    void reloadAfterACorrectionKeepsThePosition() {
        ArchiveGridController c = started();
        c.model().select(4);
        c.reload(true);
        assertEquals(4, c.model().selectedIndexProperty().get());
    }
}
