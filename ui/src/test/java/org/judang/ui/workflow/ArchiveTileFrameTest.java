package org.judang.ui.workflow;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archive.ArchiveTile;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A tile's frame says whether it is selected or marked: 3 px in the state's colour, else 1 px. */
class ArchiveTileFrameTest extends WorkstationUiTest {

    @Test
    void selectedAndMarkedTilesHaveAThickFrame() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        String first = onFx(() -> ws.grid().model().loaded(0).orElseThrow().id());
        String second = onFx(() -> ws.grid().model().loaded(1).orElseThrow().id());
        String third = onFx(() -> ws.grid().model().loaded(2).orElseThrow().id());
        clickTile(first, false);
        type(KeyCode.SPACE); // marks the first
        type(KeyCode.RIGHT); // selects the second
        until("the second tile is selected", () -> ws.grid().model().selectedIndexProperty().get() == 1);

        Paint plainFace = onFx(() -> face(third).getBackground().getFills().get(0).getFill());
        assertEquals(1.0, frameWidth(third));
        assertEquals(3.0, frameWidth(first));
        assertEquals(3.0, frameWidth(second));
        assertNotEquals(plainFace, onFx(() -> face(first).getBackground().getFills().get(0).getFill()), "a marked tile is filled in the marked colour");
        assertEquals(plainFace, onFx(() -> face(second).getBackground().getFills().get(0).getFill()));
        assertNotEquals(onFx(() -> tile(third).getBackground().getFills().get(0).getFill()),
                onFx(() -> tile(second).getBackground().getFills().get(0).getFill()), "the selected tile's frame has the selection colour");
    }

    private double frameWidth(String archiveId) {
        return onFx(() -> face(archiveId).getBackground().getFills().get(0).getInsets().getTop());
    }

    private Region face(String archiveId) {
        return (Region) tile(archiveId).lookup(".tile-face");
    }

    private ArchiveTile tile(String archiveId) {
        return lookup(".archive-tile").match((ArchiveTile t) -> t.isVisible() && t.card() != null && t.card().id().equals(archiveId)).query();
    }
}
