package org.judang.ui.tasks;

import org.judang.engine.task.TaskInfo;
import org.judang.ui.i18n.Messages;

/** A task's name, stage and outcome in the person's language, for the task list, the header and the notices. */
final class TaskWords {
    private final Messages m;

    TaskWords(Messages m) {
        this.m = m;
    }

    /**
     * What the task does, e.g. "导入 batch-07". A name the engine gave as plain text (a task list of an older version)
     * follows the task's kind.
     */
    String name(TaskInfo t) {
        if (t.nameText().phrase() != null) return m.text(t.nameText());
        return m.name(t.kind()) + " · " + t.name();
    }

    /** What it is doing now; null before its first stage. */
    String stage(TaskInfo t) {
        return m.text(t.stageText());
    }

    /** How it ended (the result, or why it failed); null while it runs. */
    String outcome(TaskInfo t) {
        return m.text(t.messageText());
    }
}
