package org.judang.ui.tasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskState;

import java.util.List;
import java.util.Optional;

/** The case's tasks, newest first, kept current from the task manager's updates; and the one running now. */
public final class TaskListViewModel {
    private final ObservableList<TaskInfo> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<TaskInfo> active = new SimpleObjectProperty<>();

    public void setAll(List<TaskInfo> recent) {
        tasks.setAll(recent);
        active.set(tasks.stream().filter(t -> t.state() == TaskState.RUNNING).findFirst()
                .or(() -> tasks.stream().filter(t -> t.state() == TaskState.WAITING).findFirst()).orElse(null));
    }

    /**
     * Takes an update; returns the task as it was before (empty for a new task), so that the caller can tell a task
     * that just ended.
     */
    public Optional<TaskInfo> apply(TaskInfo t) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() == t.id()) {
                TaskInfo before = tasks.get(i);
                tasks.set(i, t);
                updateActive(t);
                return Optional.of(before);
            }
        }
        int at = 0;
        while (at < tasks.size() && tasks.get(at).id() > t.id()) at++;
        tasks.add(at, t);
        updateActive(t);
        return Optional.empty();
    }

    private void updateActive(TaskInfo t) {
        if (!t.state().finished()) {
            if (active.get() == null || active.get().id() == t.id() || t.state() == TaskState.RUNNING) active.set(t);
        } else if (active.get() != null && active.get().id() == t.id()) {
            active.set(tasks.stream().filter(x -> !x.state().finished()).reduce((a, b) -> b).orElse(null));
        }
    }

    public long unfinished() {
        return tasks.stream().filter(t -> !t.state().finished()).count();
    }

    public ObservableList<TaskInfo> tasks() { return tasks; }

    /** The running task, else the next waiting one; null when idle. */
    public ObjectProperty<TaskInfo> activeProperty() { return active; }
}
