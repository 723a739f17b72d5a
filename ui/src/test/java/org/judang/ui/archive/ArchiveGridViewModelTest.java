package org.judang.ui.archive;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.TimeSpan;
import org.judang.ui.SyntheticCase;
import org.judang.ui.concurrent.EngineCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static final int PAGE = 20;

    private static ArchiveGridController started() {
        ArchiveGridController c = new ArchiveGridController(session, EngineCalls.direct(), new ArchiveGridViewModel(PAGE));
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
    void theFirstPageComesWithTheCountAndLaterPagesWhenAsked() {
        ArchiveGridController c = started();
        ArchiveCard first = c.model().loaded(0).orElseThrow(() -> new AssertionError("the grid is usable as soon as it is counted"));
        assertEquals(session.archives(c.model().filter(), 0, 1).get(0).id(), first.id());
        assertTrue(first.coverImage() != null, "the cover's crop is known");

        long n = c.model().countProperty().get();
        assertTrue(n > PAGE, "the case has more than a page: " + n);
        int onSecondPage = PAGE + 1;
        assertTrue(c.model().loaded(onSecondPage).isEmpty(), "the second page waits until the grid asks");
        c.cardAt(onSecondPage);
        assertEquals(session.archives(c.model().filter(), onSecondPage, 1).get(0).id(), c.model().loaded(onSecondPage).orElseThrow().id());
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
    void aSearchByImageShowsItsMatchesBestFirstUntilCleared() {
        ArchiveGridController c = started();
        long all = c.model().countProperty().get();
        // three archives of the grid, ranked as a search would rank them: the grid shows those, in that order
        List<String> ids = List.of(c.model().loaded(2).orElseThrow().id(), c.model().loaded(0).orElseThrow().id(), c.model().loaded(1).orElseThrow().id());
        c.model().imageSearchProperty().set(new ImageSearch("probe.json", List.of(), List.of(), 0.5, ids, Map.of(ids.get(0), 0.9, ids.get(1), 0.8, ids.get(2), 0.7), null));
        assertEquals(3, c.model().countProperty().get());
        for (int i = 0; i < 3; i++) {
            assertEquals(ids.get(i), c.model().loaded(i).orElseThrow().id());
        }
        assertEquals(0.9, c.model().loaded(0).orElseThrow().similarity());
        assertEquals(new java.util.HashSet<>(ids), c.model().filter().ids());
        c.clearImageSearch();
        assertEquals(all, c.model().countProperty().get());
        assertNull(c.model().filter().ids());
        assertNull(c.model().loaded(0).orElseThrow().similarity());
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
    void timePresetsCountBackFromTheLastCaptureNotFromTheClock() {
        ArchiveGridController c = started();
        ArchiveGridViewModel m = c.model();
        TimeSpan span = session.captureSpan().orElseThrow();
        assertEquals(span, m.captureSpanProperty().get());
        assertEquals(TimePreset.WHOLE_CASE, m.timePresetProperty().get());
        long whole = m.countProperty().get();
        ArchiveFilter base = ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE);

        m.applyPreset(TimePreset.LAST_DAY);
        long dayStart = Math.floorDiv(span.last(), 86_400L) * 86_400L;
        assertEquals(new TimeSpan(dayStart, dayStart + 86_399), m.timeRange());
        long lastDay = session.countArchives(base.withTimeRange(dayStart, dayStart + 86_399));
        assertEquals(lastDay, m.countProperty().get());
        assertTrue(lastDay > 0 && lastDay < whole, "the footage spans several days: " + lastDay + " of " + whole);
        LocalDate day = LocalDateTime.ofEpochSecond(span.last(), 0, ZoneOffset.UTC).toLocalDate();
        assertEquals(day, m.fromProperty().get(), "the date fields show the day");
        assertEquals(day, m.toProperty().get());

        m.applyPreset(TimePreset.LAST_24_HOURS);
        assertEquals(session.countArchives(base.withTimeRange(span.last() - 86_400, span.last())), m.countProperty().get());
        assertEquals(TimePreset.LAST_24_HOURS, m.timePresetProperty().get());

        m.fromProperty().set(day.minusDays(2));
        assertNull(m.timePresetProperty().get(), "a date of the person's own replaces the preset");
        assertEquals(session.countArchives(base.withTimeRange(day.minusDays(2).atStartOfDay().toEpochSecond(ZoneOffset.UTC),
                day.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1)), m.countProperty().get());

        m.applyPreset(TimePreset.WHOLE_CASE);
        assertNull(m.fromProperty().get());
        assertNull(m.timeRange());
        assertEquals(whole, m.countProperty().get());
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
