package org.judang.ui.workflow;

import javafx.scene.input.KeyCode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archivepage.MemberOrder;
import org.judang.ui.archivepage.MemberTile;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reviewing one archive: its members in order, a multi-selection split off, undone, a name saved, confirm and go on. */
class ArchivePageTest extends WorkstationUiTest {

    @Test
    void splitSelectionUndoNameAndConfirm() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Archive archive = session().archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(4), 0, 1).get(0);
        clickTile(archive.id(), false);
        type(KeyCode.ENTER);
        until("the page shows the archive", () -> ws.pageOpen() && ws.page().model().members().size() == archive.recordCount() && shell.idle());
        assertEquals(archive.recordCount() + " captures", text("#page-subtitle").split(" · ")[2]);
        clickOn("#copy-id");
        assertEquals(archive.id(), onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()), "the ID is ready to paste into a report");

        // outliers first: ascending similarity to the centre
        List<ObjectRecord> shown = onFx(() -> List.copyOf(ws.page().model().members()));
        assertEquals(shown.stream().sorted(Comparator.comparingDouble(ObjectRecord::similarity).thenComparing(ObjectRecord::id)).toList(), shown);
        clickOn("#order-time");
        assertEquals(MemberOrder.TIME, onFx(() -> ws.page().model().orderProperty().get()));
        clickOn("#order-similarity");

        // select the first two tiles: click, then Ctrl+click
        List<MemberTile> tiles = lookup(".member-tile").match((MemberTile t) -> t.isVisible() && t.getUserData() instanceof Integer i && i < 2)
                .queryAllAs(MemberTile.class).stream().sorted(Comparator.comparingInt(t -> (Integer) t.getUserData())).toList();
        clickOn(tiles.get(0));
        press(KeyCode.CONTROL).clickOn(tiles.get(1)).release(KeyCode.CONTROL);
        assertEquals("2 of " + archive.recordCount() + " selected", text("#selection-count"));
        List<String> chosen = onFx(() -> ws.page().model().selectedIds());

        // X splits them off into a new archive
        type(KeyCode.X);
        until("the split is done", () -> ws.page().model().members().size() == archive.recordCount() - 2 && shell.idle());
        String newArchive = session().record(chosen.get(0)).orElseThrow().archiveId();
        assertNotEquals(archive.id(), newArchive);
        assertEquals(newArchive, session().record(chosen.get(1)).orElseThrow().archiveId());
        assertEquals(2, session().archive(newArchive).orElseThrow().recordCount());

        // undo puts them back
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the split is undone", () -> ws.page().model().members().size() == archive.recordCount() && shell.idle());
        assertEquals(archive.id(), session().record(chosen.get(0)).orElseThrow().archiveId());
        assertTrue(session().archive(newArchive).isEmpty());

        // a name in the details tab (after closing the notices that cover that corner, as a person would)
        dismissNotices();
        clickOn("#details-tab");
        clickOn("#archive-name").write("Man in green");
        clickOn("#save-details");
        until("the name is saved", () -> "Man in green".equals(ws.page().model().archiveProperty().get().name()) && shell.idle());
        assertEquals("Man in green", session().archive(archive.id()).orElseThrow().name());
        assertEquals("Man in green", text("#page-title"));

        // C confirms and goes on to the next archive of the grid
        clickOn("#member-grid");
        type(KeyCode.C);
        until("the next archive is shown", () -> !ws.page().model().archiveProperty().get().id().equals(archive.id()) && shell.idle());
        assertEquals(ArchiveStatus.CONFIRMED, session().archive(archive.id()).orElseThrow().status());
    }

    @Test
    void moveTheFocusedMemberToAnArchiveChosenInThePicker() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        List<Archive> persons = session().archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(3), 0, 2);
        Archive from = persons.get(1);
        Archive to = persons.get(0);
        onFx(() -> {
            ws.openArchive(from.id());
            return null;
        });
        until("the page is loaded", () -> ws.page().model().members().size() == from.recordCount() && shell.idle());
        MemberTile first = lookup(".member-tile").match((MemberTile t) -> t.isVisible() && Integer.valueOf(0).equals(t.getUserData())).queryAs(MemberTile.class);
        clickOn(first);
        String moved = onFx(() -> ws.page().model().selectedIds().get(0));
        assertEquals(1, onFx(() -> ws.page().model().selectedIds().size()));

        type(KeyCode.V);
        until("the picker lists the other archives", () -> !lookup("#picker-list").queryListView().getItems().isEmpty());
        clickOn("#picker-search").write(to.id());
        until("the search finds the target", () -> lookup("#picker-list").queryListView().getItems().size() == 1);
        clickOn("#picker-pick");
        until("the member moved", () -> ws.page().model().members().size() == from.recordCount() - 1 && shell.idle());

        assertEquals(to.id(), session().record(moved).orElseThrow().archiveId());
        assertTrue(session().record(moved).orElseThrow().locked(), "a person placed it: the machine will not move it back");
        assertEquals(to.recordCount() + 1, session().archive(to.id()).orElseThrow().recordCount());
    }
}
