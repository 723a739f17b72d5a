package org.judang.ui.workflow;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.TimeSpan;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        // time presets count back from the case's last capture
        clickOn("#filter-reset");
        until("the filter is reset", () -> ws.grid().model().countProperty().get() == all && shell.idle());
        TimeSpan span = session().captureSpan().orElseThrow();
        long dayStart = Math.floorDiv(span.last(), 86_400L) * 86_400L;
        long lastDay = session().countArchives(base.withTimeRange(dayStart, dayStart + 86_399));
        assertTrue(lastDay > 0 && lastDay < all, lastDay + " of " + all);
        clickOn("#filter-time");
        clickOn("Last day");
        until("the grid shows the last day", () -> ws.grid().model().countProperty().get() == lastDay && shell.idle());
        assertEquals(lastDay + " archives", text("#archive-count"));
        LocalDate day = LocalDateTime.ofEpochSecond(span.last(), 0, ZoneOffset.UTC).toLocalDate();
        assertEquals(day, onFx(() -> lookup("#filter-from").queryAs(DatePicker.class).getValue()), "the dates show the day");
        long week = session().countArchives(base.withTimeRange(span.last() - 7 * 86_400L, span.last()));
        clickOn("#filter-time");
        clickOn("Last 7 days");
        until("the grid shows the last week", () -> ws.grid().model().countProperty().get() == week && shell.idle());
        assertTrue(week > lastDay);

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

        // the tile under the pointer shows its hover border; the selected tile keeps its own
        moveTo(tileAt(1));
        until("the tile under the pointer is framed", () -> hoverFrame(1).isVisible());
        moveTo(tileAt(0));
        until("the frame follows the pointer", () -> !hoverFrame(1).isVisible());
        assertFalse(onFx(() -> hoverFrame(0).isVisible()), "the selected tile shows no hover border");

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

    @Test
    void searchByImageWithACaptureFromAFile() throws Exception {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        long all = session().countArchives(ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE));
        // a face of the batch as another system hands it over: the object, its feature, its crop inline
        com.fasterxml.jackson.databind.node.ObjectNode face = firstFace(SyntheticCase.batch().captures());
        String faceId = face.get("FaceID").asText();
        java.nio.file.Path folder = SyntheticCase.temp("probe");
        java.nio.file.Path probe = folder.resolve("probe.json");
        java.nio.file.Files.writeString(probe, "{\"FaceObject\":" + face + "}");

        files.answer(probe);
        clickOn("#search-by-image");
        until("the grid shows the archives like the capture", () -> ws.grid().model().imageSearchProperty().get() != null && shell.idle());
        var probes = session().probesIn(probe).probes();
        java.util.List<String> expected = session().searchByFeature(probes.get(0).space(), probes.get(0).unit(), 0.5, 1000).stream()
                .map(x -> x.archive().id()).filter(id -> session().archive(id).orElseThrow().recordCount() >= ArchiveGridViewModel.DEFAULT_MIN_SIZE).toList();
        assertFalse(expected.isEmpty());
        until("as many as the engine finds", () -> ws.grid().model().countProperty().get() == expected.size() && shell.idle());
        String own = session().record(faceId).orElseThrow().archiveId();
        assertEquals(own, onFx(() -> ws.grid().model().loaded(0).orElseThrow().id()), "the capture's own archive first");
        assertEquals(expected.size() + " archives", text("#archive-count"));
        double best = onFx(() -> ws.grid().model().loaded(0).orElseThrow().similarity());
        assertTrue(best >= 0.5, "each tile knows its similarity: " + best);
        until("the tile shows it", () -> lookup(".tile-meta").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.isVisible() && t.getText().contains(String.format(java.util.Locale.ROOT, "similarity %.2f", best))));
        assertTrue(text("#image-search-text").contains("probe.json"), text("#image-search-text"));
        assertTrue(onFx(() -> lookup("#image-search").query().isVisible()));

        // a lower bar finds more; the other filters still apply
        onFx(() -> {
            lookup("#image-search-threshold").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(0.05);
            return null;
        });
        until("the lower bar is applied", () -> ws.grid().model().imageSearchProperty().get().threshold() == 0.05 && shell.idle());
        assertTrue(ws.grid().model().countProperty().get() > expected.size());
        ComboBox<ArchiveKind> kind = lookup("#filter-kind").queryComboBox();
        clickOn(kind);
        clickOn("Vehicle");
        until("no vehicle is like a face", () -> ws.grid().model().countProperty().get() == 0 && shell.idle());

        // cleared: the whole grid again
        clickOn("#image-search-clear");
        clickOn("#filter-reset");
        until("the grid shows every archive", () -> ws.grid().model().countProperty().get() == all && shell.idle());
        assertFalse(onFx(() -> lookup("#image-search").query().isVisible()));

        // a file that cannot be searched with is told, naming it, and the grid stays as it was
        java.nio.file.Path broken = folder.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"FaceObject\":{\"FaceID\":");
        files.answer(broken);
        clickOn("#archive-grid-list");
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL); // the menu's shortcut
        until("the problem is told", () -> shell.notifier().shownTexts().stream().anyMatch(t -> t.contains("broken.json is not valid JSON")) && shell.idle());
        assertEquals(all, ws.grid().model().countProperty().get());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode firstFace(java.nio.file.Path batch) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var walk = java.nio.file.Files.walk(batch)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) walk.filter(x -> x.toString().endsWith(".json"))::iterator) {
                var list = json.readTree(f.toFile()).path("FaceListObject").path("FaceObject");
                if (!list.isArray() || list.size() == 0) continue;
                var face = (com.fasterxml.jackson.databind.node.ObjectNode) list.get(0);
                // the crop inline, as it travels without its batch
                for (var sub : face.path("SubImageList").path("SubImageInfoObject")) {
                    var o = (com.fasterxml.jackson.databind.node.ObjectNode) sub;
                    if (o.has("StoragePath")) {
                        o.put("Data", java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(batch.resolve(o.get("StoragePath").asText()))));
                        o.remove("StoragePath");
                    }
                }
                return face;
            }
        }
        throw new AssertionError("no face in the batch");
    }

    private javafx.scene.Node tileAt(int index) {
        return lookup(".archive-tile").match((javafx.scene.Node t) -> t.isVisible() && Integer.valueOf(index).equals(t.getUserData())).query();
    }

    private javafx.scene.Node hoverFrame(int index) {
        return from(tileAt(index)).lookup(".tile-hover").query();
    }
}
