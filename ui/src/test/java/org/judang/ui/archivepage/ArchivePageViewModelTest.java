package org.judang.ui.archivepage;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive page's state: member order, likely intruders, and the selection a split or a move acts on. */
class ArchivePageViewModelTest {
    private static ObjectRecord rec(String id, double similarity, long time) {
        return new ObjectRecord(id, ObjectType.FACE, 1, 0, "cam" + (time % 3), time, null, 0.8, null, "crop-" + id, null, 1, "A", similarity, false);
    }

    private static final Archive ARCHIVE = new Archive("A", ArchiveKind.PERSON, ObjectType.FACE, "r1", 6, 100L, 600L, "cam1", "cam0", 0.8, 0.9,
            ArchiveStatus.AUTOMATIC, null, null, 0, 0);
    private static final List<ObjectRecord> MEMBERS = List.of(rec("r1", 0.91, 300), rec("r2", 0.88, 100), rec("r3", 0.35, 600),
            rec("r4", 0.90, 200), rec("r5", 0.87, 500), rec("r6", 0.89, 400));

    private static ArchivePageViewModel shown() {
        ArchivePageViewModel m = new ArchivePageViewModel();
        m.show(ARCHIVE, MEMBERS, "notes", "a, b", false);
        return m;
    }

    @Test
    void outliersComeFirstAndAreHighlighted() {
        ArchivePageViewModel m = shown();
        assertEquals("r3", m.members().get(0).id());
        assertTrue(m.thresholdProperty().get() > 0.35 && m.thresholdProperty().get() < 0.87, "the suggested threshold separates the outlier");
        assertEquals(1, m.intrudersBinding().get());
        m.thresholdProperty().set(0.895);
        assertEquals(4, m.intrudersBinding().get());
        m.selectIntruders();
        assertEquals(List.of("r3", "r5", "r2", "r6"), m.selectedIds());
    }

    @Test
    void timeOrderKeepsTheFocusedMember() {
        ArchivePageViewModel m = shown();
        m.pick(2, false, false);
        String focused = m.focused().orElseThrow().id();
        m.orderProperty().set(MemberOrder.TIME);
        assertEquals(List.of("r2", "r4", "r1", "r6", "r5", "r3"), m.members().stream().map(ObjectRecord::id).toList());
        assertEquals(focused, m.focused().orElseThrow().id());
    }

    @Test
    void clickToggleAndRangeSelect() {
        ArchivePageViewModel m = shown();
        m.pick(1, false, false);
        m.pick(3, false, true);
        assertEquals(3, m.selected().size());
        m.pick(5, true, false);
        assertEquals(4, m.selected().size());
        m.pick(5, true, false);
        assertEquals(3, m.selected().size());
        m.moveFocus(1, true);
        m.selectAll();
        assertEquals(6, m.selectedIds().size());
    }

    @Test
    void reloadingTheSameArchiveKeepsWhatIsStillThere() {
        ArchivePageViewModel m = shown();
        m.pick(0, false, false);
        m.pick(1, true, false);
        List<ObjectRecord> fewer = MEMBERS.stream().filter(r -> !r.id().equals("r3")).toList();
        m.show(ARCHIVE, fewer, "notes", "a, b", true);
        assertEquals(1, m.selected().size(), "the member that left is no longer selected");
        m.show(new Archive("B", ArchiveKind.PERSON, ObjectType.FACE, "r1", 1, 1L, 1L, null, null, 1, 1, ArchiveStatus.AUTOMATIC, null, null, 0, 0),
                List.of(rec("x", 1, 1)), null, null, true);
        assertTrue(m.selected().isEmpty(), "another archive starts without a selection");
        assertEquals(0, m.thresholdProperty().get(), "too few members to suggest a threshold");
    }

    @Test
    void timelineAndPath() {
        int[] bins = CaptureTimeline.histogram(MEMBERS, 100, 600);
        assertEquals(6, java.util.Arrays.stream(bins).sum());
        assertEquals(1, bins[0]);
        assertEquals(1, bins[CaptureTimeline.BINS - 1]);
        assertEquals(List.of("cam1", "cam2", "cam0", "cam1", "cam2", "cam0"), CameraPlan.path(MEMBERS));
        assertEquals(List.of("a", "b"), ArchivePageController.normaliseTags(" a，b ;; a "));
    }
}
