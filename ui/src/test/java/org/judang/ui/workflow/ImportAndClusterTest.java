package org.judang.ui.workflow;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.task.TaskState;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person creates a case, imports a batch, looks at the report, and clusters it, all from the window. */
class ImportAndClusterTest extends WorkstationUiTest {

    @Test
    void createImportAndCluster() {
        Path folder = SyntheticCase.temp("judang-new").resolve("my-case");
        files.answer(folder);
        clickOn("#welcome-create");
        lookup("#new-case-name").queryAs(TextField.class);
        doubleClickOn("#new-case-name").eraseText(20).write("Harbour case").type(KeyCode.ENTER);
        until("the new case is open", () -> shell.workspace() != null && shell.idle());
        assertTrue(java.nio.file.Files.isRegularFile(folder.resolve("case.db")));
        assertEquals("Harbour case", session().name());

        clickOn("#nav-home");
        clickOn("#home-import");
        clickOn("#import-path").write(SyntheticCase.batch().captures().toString());
        clickOn("#import-start");
        until("the import task is done", () -> shell.workspace().tasks().model().tasks().stream()
                .anyMatch(t -> t.state() == TaskState.SUCCEEDED) && shell.idle());

        // what the person sees: the batch with its counts, and the figures
        TableView<ImportReport> batches = lookup("#batch-table").queryTableView();
        until("the batch is listed", () -> batches.getItems().size() == 1);
        assertEquals(400, onFx(() -> batches.getItems().get(0).totalImported()));
        assertEquals("400", text("#figure-records"));
        // and what is in the case
        assertEquals(400, session().overview().records());
        assertEquals(400, session().overview().unarchived());

        // a second batch with two files cut off: the home selects its report and lists the two problems
        Path broken = SyntheticCase.temp("judang-broken").resolve("broken");
        writeBrokenBatch(broken);
        clickOn("#home-import");
        clickOn("#import-path").write(broken.toString());
        clickOn("#import-start");
        until("the second batch is listed", () -> batches.getItems().size() == 2 && shell.idle());
        TableView<org.judang.engine.ingest.ImportIssue> issues = lookup("#import-issues").queryTableView();
        until("its issues are shown", () -> issues.getItems().size() == 2);
        assertTrue(onFx(() -> issues.getItems().stream().allMatch(i -> i.message().contains("is cut off"))));
        onFx(() -> {
            batches.getSelectionModel().select(1);
            return null;
        });
        until("the first batch's report, which has none, is shown", () -> issues.getItems().isEmpty());

        clickOn("#home-cluster");
        until("the threshold preview is shown", () -> lookup("#cluster-dialog .table-view").tryQuery().isPresent());
        clickOn("#cluster-start");
        until("clustering is done", () -> shell.workspace().tasks().model().tasks().stream()
                .filter(t -> t.kind() == org.judang.engine.task.TaskKind.CLUSTER).anyMatch(t -> t.state() == TaskState.SUCCEEDED) && shell.idle());

        assertEquals(0, session().overview().unarchived());
        long expected = session().countArchives(ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE));
        assertTrue(expected > 10, "clustering made archives");
        clickOn("#nav-archives");
        until("the grid shows the archives", () -> shell.workspace().grid().model().countProperty().get() == expected);
        assertEquals(expected + " archives", text("#archive-count"));

        // the quality figures against the batch's truth file, as the engine computes them
        files.answer(SyntheticCase.batch().truth());
        clickOn("#nav-home");
        clickOn("#choose-truth");
        until("the case is scored", () -> lookup("#quality-grid").tryQuery().isPresent());
        double f = session().evaluate(SyntheticCase.batch().truth(), java.util.Set.of()).pairwiseF();
        assertTrue(lookup("#quality-grid .fact-value").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(String.format(java.util.Locale.ROOT, "%.1f%%", f * 100))), "pairwise F is shown");
        assertEquals(SyntheticCase.batch().truth().toAbsolutePath().normalize(), shell.settings().truthFile(session().folder()).orElseThrow(),
                "the truth file is remembered for the case");
    }

    private static void writeBrokenBatch(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve("faces.json"), "{\"FaceListObject\":{\"FaceObject\":[");
            java.nio.file.Files.writeString(folder.resolve("persons.json"), "{\"PersonListObject\":{\"PersonObject\":[");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
