package org.judang.ui.workflow;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import org.judang.engine.CaseSession;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.export.NamedExport;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exporting the archives: as one zip without images, with its progress in the task list; or a delta since an earlier export. */
class ExportTest extends WorkstationUiTest {

    @Test
    void exportToZip() throws Exception {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Path out = SyntheticCase.temp("judang-export").resolve("archives.zip");
        clickOn("#nav-home");
        clickOn("#home-export");
        // the dialog opens once the case's earlier exports are read (on the engine's thread)
        until("the export dialog opens", () -> lookup("#export-full").tryQuery().isPresent());
        assertTrue(lookup("#export-full").queryAs(RadioButton.class).isSelected(), "a full export unless asked otherwise");
        assertTrue(lookup("#export-delta").query().isDisabled(), "no earlier export to make a delta since");
        assertTrue(lookup("#export-delta-none").query().isVisible());
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

    /** With earlier exports, the home's Export offers a delta since one of them, and the task writes it under the name typed. */
    @Test
    void deltaSinceAnEarlierExport() throws Exception {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Path dir = SyntheticCase.temp("judang-export");
        CaseSession s = session();
        s.export(dir.resolve("E0"), new ExportOptions(ImageMode.NONE, false, "E0", null), ProgressListener.NONE, CancellationToken.none());
        s.export(dir.resolve("E1"), new ExportOptions(ImageMode.NONE, false, "E1", null), ProgressListener.NONE, CancellationToken.none());
        List<NamedExport> earlier = s.exports();
        clickOn("#nav-home");
        clickOn("#home-export");
        until("the export dialog is shown", () -> lookup("#export-dialog").tryQuery().isPresent());

        assertFalse(lookup("#export-delta-none").query().isVisible());
        assertTrue(lookup("#export-since").query().isDisabled(), "the baseline is chosen only for a delta");
        clickOn("#export-delta");
        ComboBox<NamedExport> since = lookup("#export-since").queryComboBox();
        assertFalse(since.isDisabled());
        assertEquals("E1", since.getValue().name(), "the newest export first");
        assertTrue(onFx(() -> since.getConverter().toString(since.getValue())).startsWith("E1 ("));
        clickOn("#export-since");
        clickOn(onFx(() -> since.getConverter().toString(earlier.get(1))));
        clickOn("#export-images-none");
        clickOn("#export-path").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        write(dir.resolve("D1").toString());
        clickOn("#export-name");
        write("D1");
        clickOn("#export-start");

        until("the delta export task is done", () -> ws.tasks().model().tasks().stream()
                .anyMatch(t -> t.kind() == TaskKind.EXPORT && t.state() == TaskState.SUCCEEDED) && shell.idle());
        assertTrue(Files.isRegularFile(dir.resolve("D1").resolve("Notifications.json")), "a delta is a notification list");
        NamedExport d1 = s.exports().get(0);
        assertEquals("D1", d1.name());
        assertEquals("E0", d1.since());
    }
}
