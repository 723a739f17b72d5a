package org.judang.ui.workflow;

import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exporting the archives as one zip without images, with its progress in the task list. */
class ExportTest extends WorkstationUiTest {

    @Test
    void exportToZip() throws Exception {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Path out = SyntheticCase.temp("judang-export").resolve("archives.zip");
        clickOn("#nav-home");
        clickOn("#home-export");
        clickOn("#export-as-zip");
        clickOn("#export-images-none");
        clickOn("#export-path").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        write(out.toString());
        clickOn("#export-start");
        until("the export task is done", () -> ws.tasks().model().tasks().stream()
                .anyMatch(t -> t.kind() == TaskKind.EXPORT && t.state() == TaskState.SUCCEEDED) && shell.idle());

        assertTrue(Files.isRegularFile(out));
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("Archives.json") != null, "the zip holds the archives");
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("images/")), "no images were asked for");
        }
        clickOn("#nav-tasks");
        assertTrue(lookup("#task-list").queryListView().getItems().size() >= 1);
    }
}
