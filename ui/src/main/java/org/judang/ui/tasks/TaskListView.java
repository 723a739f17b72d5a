package org.judang.ui.tasks;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskState;
import org.judang.ui.i18n.Messages;

import java.util.Locale;

/** Every task of the case with its state, stage, progress, time left and outcome; cancel and run-again buttons. */
public final class TaskListView extends BorderPane {

    public TaskListView(TaskListController controller, Messages m) {
        getStyleClass().add("task-list");
        ListView<TaskInfo> list = new ListView<>(controller.model().tasks());
        list.setId("task-list");
        list.setPlaceholder(new Label(m.get("tasks.none")));
        list.setCellFactory(v -> new TaskCell(controller, m));
        Label title = new Label(m.get("tasks.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(m.get("tasks.hint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(12, title, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("section-bar");
        setTop(bar);
        setCenter(list);
    }

    private static final class TaskCell extends ListCell<TaskInfo> {
        private final TaskListController controller;
        private final Messages m;
        private final TaskWords words;
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label detail = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Button cancel = new Button();
        private final Button rerun = new Button();
        private final VBox box;

        TaskCell(TaskListController controller, Messages m) {
            this.controller = controller;
            this.m = m;
            this.words = new TaskWords(m);
            name.getStyleClass().add("task-name");
            state.getStyleClass().add("status-chip");
            detail.getStyleClass().add("tile-meta");
            detail.setWrapText(true);
            progress.setPrefWidth(260);
            cancel.setText(m.get("tasks.cancel"));
            cancel.getStyleClass().add("task-cancel");
            rerun.setText(m.get("tasks.rerun"));
            rerun.getStyleClass().add("task-rerun");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(10, name, state, spacer, progress, cancel, rerun);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, top, detail);
            box.getStyleClass().add("task-row");
        }

        @Override
        protected void updateItem(TaskInfo t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                return;
            }
            name.setText(words.name(t));
            state.setText(m.name(t.state()));
            state.getStyleClass().removeIf(s -> s.startsWith("task-state-"));
            state.getStyleClass().add("task-state-" + t.state().name().toLowerCase(Locale.ROOT));
            boolean running = t.state() == TaskState.RUNNING;
            progress.setVisible(!t.state().finished());
            progress.setManaged(!t.state().finished());
            progress.setProgress(t.state() == TaskState.WAITING ? 0 : t.progress() <= 0 && running ? ProgressBar.INDETERMINATE_PROGRESS : t.progress());
            cancel.setVisible(!t.state().finished());
            cancel.setManaged(!t.state().finished());
            cancel.setOnAction(e -> controller.cancel(t.id()));
            boolean canRerun = t.state() == TaskState.FAILED || t.state() == TaskState.CANCELLED || t.state() == TaskState.INTERRUPTED;
            rerun.setVisible(canRerun);
            rerun.setManaged(canRerun);
            rerun.setOnAction(e -> controller.rerun(t.id()));
            StringBuilder d = new StringBuilder(m.format("tasks.created", m.timeSeconds(t.created())));
            if (running) {
                if (t.stageText() != null) d.append(" · ").append(words.stage(t));
                d.append(" · ").append(m.format("tasks.progress", Math.round(t.progress() * 100)));
                d.append(" · ").append(m.format("tasks.left", m.duration(t.secondsLeft())));
            } else if (t.messageText() != null) {
                d.append(" · ").append(words.outcome(t));
            }
            detail.setText(d.toString());
            setGraphic(box);
        }
    }
}
