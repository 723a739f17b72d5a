package org.judang.ui.tasks;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskState;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;

/** The running task in the window's header, always in sight while the person keeps working; a click opens the task list. */
public final class TaskIndicator extends HBox {

    public TaskIndicator(TaskListViewModel model, Messages m, Runnable openTasks, ModelListeners listeners) {
        super(8);
        getStyleClass().add("task-indicator");
        setId("task-indicator");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        getChildren().addAll(text, bar);
        setOnMouseClicked(e -> openTasks.run());
        TaskWords words = new TaskWords(m);
        Runnable update = () -> {
            TaskInfo t = model.activeProperty().get();
            setVisible(t != null);
            setManaged(t != null);
            if (t == null) return;
            bar.setProgress(t.state() == TaskState.RUNNING && t.progress() > 0 ? t.progress() : ProgressBar.INDETERMINATE_PROGRESS);
            String left = t.secondsLeft() >= 0 ? " · " + m.format("tasks.left", m.duration(t.secondsLeft())) : "";
            String stage = words.stage(t);
            text.setText(m.name(t.kind()) + (stage != null ? " · " + stage : "") + left);
        };
        listeners.on(model.activeProperty(), o -> update.run());
        update.run();
    }
}
