package org.judang.ui.workflow;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid as a person filters, searches and moves through it with the keyboard. */
class ArchiveGridTest extends WorkstationUiTest {

    @Test
    void filtersSearchAndKeyboard() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        ArchiveFilter base = ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE);
        long all = session().countArchives(base);
        assertEquals(all + " archives", text("#archive-count"));

        // kind: vehicles only
        ComboBox<ArchiveKind> kind = lookup("#filter-kind").queryComboBox();
        clickOn(kind);
        clickOn("Vehicle");
        long vehicles = session().countArchives(base.withKind(ArchiveKind.VEHICLE));
        assertTrue(vehicles > 0 && vehicles < all);
        until("the grid shows the vehicle archives", () -> ws.grid().model().countProperty().get() == vehicles && shell.idle());
        assertEquals(vehicles + " archives", text("#archive-count"));
        assertTrue(ws.grid().model().loaded(0).orElseThrow().archive().kind() == ArchiveKind.VEHICLE);

        // search by plate: what the engine finds for that text, the grid shows
        Archive withPlate = session().archives(base.withKind(ArchiveKind.VEHICLE), 0, 50).stream().filter(a -> a.plate() != null).findFirst().orElseThrow();
        clickOn("#archive-search").write(withPlate.plate());
        long matching = session().countArchives(base.withKind(ArchiveKind.VEHICLE).withText(withPlate.plate()));
        until("the search is applied", () -> ws.grid().model().countProperty().get() == matching && shell.idle());
        assertTrue(ws.grid().model().loaded(0).orElseThrow().archive().plate().contains(withPlate.plate()));

        // one-capture archives appear when the minimum size goes down to 1
        clickOn("#filter-reset");
        until("the filter is reset", () -> ws.grid().model().countProperty().get() == all && shell.idle());
        onFx(() -> {
            ws.grid().model().minSizeProperty().set(1);
            return null;
        });
        long withSingles = session().countArchives(ArchiveFilter.all().withMinSize(1));
        until("single-capture archives are listed", () -> ws.grid().model().countProperty().get() == withSingles && shell.idle());
        assertTrue(withSingles > all);

        // keyboard: right, down, and back home
        clickOn("#archive-grid-list");
        int cols = onFx(() -> ws.grid().model().columnsProperty().get());
        onFx(() -> {
            ws.grid().model().select(0);
            return null;
        });
        type(KeyCode.RIGHT);
        assertEquals(1, onFx(() -> ws.grid().model().selectedIndexProperty().get()));
        type(KeyCode.DOWN);
        assertEquals(1 + cols, onFx(() -> ws.grid().model().selectedIndexProperty().get()));
        type(KeyCode.END);
        assertEquals(withSingles - 1, (long) onFx(() -> ws.grid().model().selectedIndexProperty().get()));
        type(KeyCode.HOME);
        assertEquals(0, onFx(() -> ws.grid().model().selectedIndexProperty().get()));

        // Enter opens the selected archive
        String first = onFx(() -> ws.grid().model().loaded(0).orElseThrow().id());
        type(KeyCode.ENTER);
        until("the archive page shows it", () -> ws.pageOpen() && ws.page().model().archiveProperty().get() != null
                && ws.page().model().archiveProperty().get().id().equals(first) && shell.idle());
        assertEquals(session().members(first).size(), onFx(() -> ws.page().model().members().size()));
        type(KeyCode.ESCAPE);
        until("back on the grid with the selection kept", () -> !ws.pageOpen());
        assertEquals(0, onFx(() -> ws.grid().model().selectedIndexProperty().get()));
    }
}
