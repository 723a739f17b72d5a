package org.judang.ui.tasks;

import org.judang.engine.CaseSession;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskState;
import org.judang.ui.Feedback;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.i18n.Messages;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the task list current: the task manager calls its listener on the task thread, and each update is handed to
 * the JavaFX thread. Tells the person when a task ends and lets other views react (an import or a clustering run
 * changes the figures and the archives).
 */
public final class TaskListController implements AutoCloseable {
    public static final int SHOWN = 200;

    private final CaseSession session;
    private final EngineCalls calls;
    private final TaskListViewModel model;
    private final Messages m;
    private final Feedback feedback;
    private final Consumer<TaskInfo> listener;
    private final List<Consumer<TaskInfo>> finished = new CopyOnWriteArrayList<>();

    public TaskListController(CaseSession session, EngineCalls calls, TaskListViewModel model, Messages m, Feedback feedback) {
        this.session = session;
        this.calls = calls;
        this.model = model;
        this.m = m;
        this.feedback = feedback;
        this.listener = t -> calls.onUi(() -> update(t));
    }

    public TaskListViewModel model() {
        return model;
    }

    public void start() {
        session.tasks().addListener(listener);
        calls.call(() -> session.tasks().recent(SHOWN), model::setAll);
    }

    /** Called on the JavaFX thread when a task ends, however it ended. */
    public void onFinished(Consumer<TaskInfo> l) {
        finished.add(l);
    }

    private void update(TaskInfo t) {
        TaskInfo before = model.apply(t).orElse(null);
        boolean justEnded = t.state().finished() && (before == null || !before.state().finished());
        if (!justEnded) return;
        TaskWords words = new TaskWords(m);
        String title = m.format("tasks.endedTitle", words.name(t), m.name(t.state()));
        String text = t.messageText() == null ? words.name(t) : words.outcome(t);
        if (t.state() == TaskState.SUCCEEDED) feedback.success(title, text, null, null);
        else if (t.state() == TaskState.CANCELLED) feedback.info(title, text);
        else feedback.error(title, text);
        for (Consumer<TaskInfo> l : finished) l.accept(t);
    }

    public void cancel(long id) {
        calls.call(() -> {
            session.tasks().cancel(id);
            return null;
        }, x -> { });
    }

    public void rerun(long id) {
        calls.call(() -> session.rerun(id), t -> { }, e -> feedback.error(m.get("tasks.rerunFailed"), ProblemText.describe(e, m)));
    }

    @Override
    public void close() {
        session.tasks().removeListener(listener);
    }
}
