package org.judang.ui.workflow;

import javafx.scene.control.Labeled;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.i18n.Language;
import org.judang.ui.settings.Theme;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What goes wrong is said in words: a failed task with its reason and Run again, a refused correction as a notice. */
class TasksAndProblemsTest extends WorkstationUiTest {

    @Test
    void failedImportCanBeRunAgain() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Path notABatch = SyntheticCase.temp("judang-empty");
        onFx(() -> {
            ws.calls().call(() -> session().startImport(notABatch), t -> { });
            return null;
        });
        until("the import failed", () -> ws.tasks().model().tasks().stream().anyMatch(t -> t.kind() == TaskKind.IMPORT && t.state() == TaskState.FAILED));
        TaskInfo failed = onFx(() -> ws.tasks().model().tasks().get(0));
        assertFalse(failed.message().isBlank());
        until("the failure is told", () -> shell.notifier().shownTexts().contains(failed.message()));

        clickOn("#nav-tasks");
        clickOn(".task-rerun");
        until("it ran again and failed again", () -> ws.tasks().model().tasks().stream()
                .filter(t -> t.kind() == TaskKind.IMPORT && t.state() == TaskState.FAILED).count() == 2 && shell.idle());
        assertEquals(2, session().tasks().recent(10).stream().filter(t -> t.kind() == TaskKind.IMPORT).count());
    }

    @Test
    void aTaskSpeaksChineseInTheChineseWindow() {
        openCase(SyntheticCase.clustered());
        onFx(() -> {
            shell.apply(Language.CHINESE, Theme.LIGHT);
            return null;
        });
        waitIdle();
        Path batch = SyntheticCase.batch().captures();
        onFx(() -> {
            shell.workspace().calls().call(() -> session().startImport(batch), t -> { });
            return null;
        });
        until("the import ended", () -> shell.workspace().tasks().model().tasks().stream()
                .anyMatch(t -> t.kind() == TaskKind.IMPORT && t.state().finished()) && shell.idle());
        String name = "导入 " + batch.getFileName();
        // every record is in the case already: all duplicates
        String outcome = onFx(() -> shell.messages().format("taskPhrase.IMPORTED", 0L, SyntheticCase.batch().records(), 0L));
        assertTrue(outcome.startsWith("导入 0 条，重复 "), outcome);
        until("the notice is in Chinese", () -> shell.notifier().shownTexts().contains(outcome));

        clickOn("#nav-tasks");
        until("the task list shows it", () -> !lookup(".task-name").queryAll().isEmpty());
        List<String> names = onFx(() -> lookup(".task-name").queryAll().stream().map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList());
        assertEquals(List.of(name), names);
        String detail = onFx(() -> lookup(".task-row .tile-meta").queryAll().stream().map(n -> ((Labeled) n).getText()).findFirst().orElse(""));
        assertTrue(detail.startsWith("开始于 ") && detail.endsWith(outcome), detail);
    }

    @Test
    void aFailureSpeaksChineseInTheChineseWindow() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        onFx(() -> {
            shell.apply(Language.CHINESE, Theme.LIGHT);
            return null;
        });
        waitIdle();
        Path empty = SyntheticCase.temp("judang-empty");
        onFx(() -> {
            shell.workspace().calls().call(() -> session().startImport(empty), t -> { });
            return null;
        });
        String reason = "文件夹 " + empty + " 是空的：批次应包含消息体（.json 或 .jsonl 文件）。请选择分析系统写出的文件夹。";
        until("the failed import is told in Chinese", () -> shell.notifier().shownTexts().contains(reason) && shell.idle());
        clickOn("#nav-tasks");
        until("the task list shows why", () -> lookup(".task-row .tile-meta").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText() != null && ((Labeled) n).getText().endsWith(reason)));

        // a failure outside a task (a case in a folder that is not empty) is a Chinese notice too
        Path full = SyntheticCase.batch().captures();
        onFx(() -> {
            shell.createCase(full, "重复");
            return null;
        });
        String refusal = "无法在 " + full + " 新建案件：该文件夹不是空的。请选择新的或空的文件夹。";
        until("the refusal is told in Chinese", () -> shell.notifier().shownTexts().contains(refusal) && shell.idle());
    }

    @Test
    void refusedCorrectionIsANoticeNotACrash() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        Archive person = session().archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(2), 0, 1).get(0);
        Archive vehicle = session().archives(ArchiveFilter.all().withKind(ArchiveKind.VEHICLE).withMinSize(2), 0, 1).get(0);
        onFx(() -> {
            ws.openArchive(person.id());
            return null;
        });
        until("the page is loaded", () -> ws.page().model().members().size() == person.recordCount() && shell.idle());
        onFx(() -> {
            ws.page().model().selectAll();
            ws.page().moveTo(vehicle.id());
            return null;
        });
        until("the refusal is told", () -> shell.notifier().shownTexts().stream().anyMatch(t -> t.contains("cannot go into a vehicle archive")) && shell.idle());
        List<String> texts = onFx(() -> shell.notifier().shownTexts());
        assertTrue(texts.stream().noneMatch(t -> t.contains("Exception") || t.contains("at org.")), "no stack trace: " + texts);
        assertEquals(person.recordCount(), session().archive(person.id()).orElseThrow().recordCount(), "nothing moved");
    }
}
