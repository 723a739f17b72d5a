package org.judang.ui.workflow;

import javafx.scene.input.KeyCode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging two archives into an explicitly chosen survivor, seeing it in the log, and undoing it with Ctrl+Z. */
class MergeAndUndoTest extends WorkstationUiTest {

    @Test
    void mergeIntoChosenSurvivorThenUndo() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        ArchiveFilter filter = ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE);
        long before = session().countArchives(filter);
        List<Archive> persons = session().archives(filter.withKind(ArchiveKind.PERSON), 0, 2);
        Archive big = persons.get(0);
        Archive small = persons.get(1);

        // mark both with Space (the grid lists largest first, so both are on the first row)
        clickTile(big.id(), false);
        type(KeyCode.SPACE);
        clickTile(small.id(), true); // Ctrl+click marks too
        assertEquals(small.id(), onFx(() -> ws.grid().model().selected().orElseThrow().id()));
        assertEquals("2 marked", text("#marked-count"));

        // M opens the merge dialog; the person chooses the smaller one as survivor, sees the preview, confirms
        type(KeyCode.M);
        until("the merge dialog previews", () -> lookup("#merge-preview").tryQuery().isPresent());
        clickOn("#survivor-" + small.id());
        until("the preview names the chosen survivor", () -> text("#merge-preview").contains(String.valueOf(big.recordCount() + small.recordCount()))
                && !lookup("#merge-confirm").query().isDisabled());
        clickOn("#merge-confirm");
        until("the merge is done", () -> ws.grid().model().countProperty().get() == before - 1 && shell.idle());

        assertTrue(session().archive(big.id()).isEmpty(), "the absorbed archive is gone");
        assertEquals(big.recordCount() + small.recordCount(), session().archive(small.id()).orElseThrow().recordCount());
        assertTrue(ws.grid().model().marked().isEmpty());

        // the log shows it
        clickOn("#nav-log");
        until("the log lists the merge", () -> lookup("#audit-table").queryTableView().getItems().stream()
                .anyMatch(e -> ((org.judang.engine.archive.AuditEntry) e).action().equals("MERGE")));

        // Ctrl+Z undoes it: both archives are back as they were
        clickOn("#nav-archives");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the merge is undone", () -> ws.grid().model().countProperty().get() == before && shell.idle());
        assertEquals(big.recordCount(), session().archive(big.id()).orElseThrow().recordCount());
        assertEquals(small.recordCount(), session().archive(small.id()).orElseThrow().recordCount());

        // and Ctrl+Shift+Z does it again
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until("the merge is redone", () -> ws.grid().model().countProperty().get() == before - 1 && shell.idle());
        assertFalse(session().archive(big.id()).isPresent());
    }
}
