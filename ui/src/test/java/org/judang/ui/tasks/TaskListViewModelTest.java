package org.judang.ui.tasks;

import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.engine.task.TaskText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task list follows the task manager's updates: newest first, the running task in the header. */
class TaskListViewModelTest {
    private static TaskInfo task(long id, TaskState s, double progress) {
        return new TaskInfo(id, TaskKind.IMPORT, TaskText.plain("Import " + id), "{}", s, progress, TaskText.plain("Reading"), null, 0, 0, -1);
    }

    @Test
    void updatesReplaceNewTasksGoFirst() {
        TaskListViewModel m = new TaskListViewModel();
        m.setAll(List.of(task(2, TaskState.SUCCEEDED, 1), task(1, TaskState.FAILED, 0.3)));
        assertNull(m.activeProperty().get());
        assertTrue(m.apply(task(3, TaskState.WAITING, 0)).isEmpty());
        assertEquals(3, m.tasks().get(0).id());
        assertEquals(3, m.activeProperty().get().id());
        TaskInfo before = m.apply(task(3, TaskState.RUNNING, 0.5)).orElseThrow();
        assertEquals(TaskState.WAITING, before.state());
        assertEquals(0.5, m.activeProperty().get().progress());
        assertEquals(3, m.tasks().size());
        m.apply(task(3, TaskState.SUCCEEDED, 1));
        assertNull(m.activeProperty().get());
        assertEquals(0, m.unfinished());
    }

    @Test
    void theRunningTaskWinsOverAWaitingOne() {
        TaskListViewModel m = new TaskListViewModel();
        m.apply(task(5, TaskState.WAITING, 0));
        m.apply(task(4, TaskState.RUNNING, 0.1));
        assertEquals(4, m.activeProperty().get().id());
        m.apply(task(4, TaskState.CANCELLED, 0.1));
        assertEquals(5, m.activeProperty().get().id(), "the waiting one is next");
        assertEquals(List.of(5L, 4L), m.tasks().stream().map(TaskInfo::id).toList());
    }
}
